import 'server-only';
import { getDb } from '@/lib/db';
import { NAME_SELECT, type LocalisedNames } from '@/lib/i18n/routing';

export type RegionOption = { slug: string } & LocalisedNames;

/** All regions in display order, for filters and labels. */
export async function listRegions(): Promise<RegionOption[]> {
  return getDb().region.findMany({
    select: { slug: true, ...NAME_SELECT },
    orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
  });
}
