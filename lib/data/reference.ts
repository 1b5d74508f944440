import 'server-only';
import { getDb } from '@/lib/db';

export type RegionOption = { slug: string; nameEn: string; nameFr: string };

/** All regions in display order, for filters and labels. */
export async function listRegions(): Promise<RegionOption[]> {
  return getDb().region.findMany({
    select: { slug: true, nameEn: true, nameFr: true },
    orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
  });
}
