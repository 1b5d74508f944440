import 'server-only';
import { getDb } from '@/lib/db';

const PUBLISHED = { publicationState: 'published' } as const;

/** Figures for the home page: published projects, their total budget, published centres. */
export async function getPortalStats(): Promise<{ projectCount: number; totalBudgetUsd: string; centreCount: number }> {
  const db = getDb();
  const [projects, centreCount] = await Promise.all([
    db.project.aggregate({ where: PUBLISHED, _count: { _all: true }, _sum: { budgetUsd: true } }),
    db.resourceCentre.count({ where: PUBLISHED }),
  ]);
  return {
    projectCount: projects._count._all,
    totalBudgetUsd: (projects._sum.budgetUsd ?? 0).toFixed(2),
    centreCount,
  };
}
