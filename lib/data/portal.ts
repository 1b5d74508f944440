import 'server-only';
import { getReadDb } from '@/lib/db';
import { localisedOf, type Localised } from '@/lib/format';
import { NAME_SELECT, type LocalisedNames } from '@/lib/i18n/routing';

const PUBLISHED = { publicationState: 'published' } as const;

export type PortalStats = { projectCount: number; totalBudgetUsd: string; centreCount: number; countryCount: number };

/** A recently updated published project as the home page lists it. */
export type LatestProject = {
  code: string;
  title: Localised;
  region: LocalisedNames & { slug: string };
  /** ISO 8601. */
  updatedAt: string;
};

/**
 * Figures for the home page: published projects, their total budget, published centres, and the beneficiary
 * countries of at least one published project.
 */
export async function getPortalStats(): Promise<PortalStats> {
  const db = getReadDb();
  const [projects, centreCount, countryCount] = await Promise.all([
    db.project.aggregate({ where: PUBLISHED, _count: { _all: true }, _sum: { budgetUsd: true } }),
    db.resourceCentre.count({ where: PUBLISHED }),
    db.country.count({ where: { projects: { some: { project: PUBLISHED } } } }),
  ]);
  return {
    projectCount: projects._count._all,
    totalBudgetUsd: (projects._sum.budgetUsd ?? 0).toFixed(2),
    centreCount,
    countryCount,
  };
}

/** The `limit` most recently updated published projects, newest first (code breaks ties). */
export async function listLatestProjects(limit = 5): Promise<LatestProject[]> {
  const rows = await getReadDb().project.findMany({
    where: PUBLISHED,
    select: { code: true, title: true, updatedAt: true, region: { select: { slug: true, ...NAME_SELECT } } },
    orderBy: [{ updatedAt: 'desc' }, { code: 'asc' }],
    take: Math.max(0, Math.floor(limit)),
  });
  return rows.map((r) => ({
    code: r.code,
    title: localisedOf(r.title),
    region: r.region,
    updatedAt: r.updatedAt.toISOString(),
  }));
}
