import 'server-only';
import { getReadDb } from '@/lib/db';
import { NAME_SELECT, type LocalisedNames } from '@/lib/i18n/routing';

const PUBLISHED = { publicationState: 'published' } as const;

export type RegionSummary = LocalisedNames & { slug: string; projectCount: number; totalBudgetUsd: string };
export type CountryProjectCount = LocalisedNames & { code: string; projectCount: number };

/** Every region in display order with its number of published projects and their total budget (zero when none). */
export async function listRegionSummaries(): Promise<RegionSummary[]> {
  const db = getReadDb();
  const [regions, stats] = await Promise.all([
    db.region.findMany({
      select: { id: true, slug: true, ...NAME_SELECT },
      orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
    }),
    db.project.groupBy({ by: ['regionId'], where: PUBLISHED, _count: { _all: true }, _sum: { budgetUsd: true } }),
  ]);
  const byRegion = new Map(stats.map((s) => [s.regionId, s]));
  return regions.map(({ id, ...r }) => {
    const s = byRegion.get(id);
    return { ...r, projectCount: s?._count._all ?? 0, totalBudgetUsd: (s?._sum.budgetUsd ?? 0).toFixed(2) };
  });
}

/** Number of published projects per beneficiary country, only countries with at least one, with their names. */
export async function countPublishedProjectsByCountry(): Promise<CountryProjectCount[]> {
  const db = getReadDb();
  const counts = await db.projectCountry.groupBy({
    by: ['countryCode'],
    where: { project: PUBLISHED },
    _count: { _all: true },
  });
  if (counts.length === 0) return [];
  const names = await db.country.findMany({
    where: { code: { in: counts.map((c) => c.countryCode) } },
    select: { code: true, ...NAME_SELECT },
  });
  const byCode = new Map(counts.map((c) => [c.countryCode, c._count._all]));
  return names
    .map((n) => ({ ...n, projectCount: byCode.get(n.code) ?? 0 }))
    .sort((a, b) => b.projectCount - a.projectCount || a.code.localeCompare(b.code));
}
