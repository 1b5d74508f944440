import 'server-only';
import { getDb } from '@/lib/db';
import { listRegionSummaries } from '@/lib/data/regions';

type Names = { en: string; fr: string };
export type ApiRegion = { slug: string; name: Names; projectCount: number; totalBudgetUsd: string };
export type SlugRef = { slug: string; name: Names };
export type CountryRef = { code: string; name: Names };

const names = (r: { nameEn: string; nameFr: string }): Names => ({ en: r.nameEn, fr: r.nameFr });
const ORDER = [{ sortOrder: 'asc' as const }, { slug: 'asc' as const }];
const NAMED = { slug: true, nameEn: true, nameFr: true } as const;

/** Every region with names in both languages, its published project count and their total budget. */
export async function listApiRegions(): Promise<ApiRegion[]> {
  const regions = await listRegionSummaries();
  return regions.map((r) => ({
    slug: r.slug,
    name: names(r),
    projectCount: r.projectCount,
    totalBudgetUsd: r.totalBudgetUsd,
  }));
}

/** Every project type in display order, names in both languages. */
export async function listApiProjectTypes(): Promise<SlugRef[]> {
  const rows = await getDb().projectType.findMany({ select: NAMED, orderBy: ORDER });
  return rows.map((r) => ({ slug: r.slug, name: names(r) }));
}

/** Every centre service in display order, names in both languages. */
export async function listApiServices(): Promise<SlugRef[]> {
  const rows = await getDb().service.findMany({ select: NAMED, orderBy: ORDER });
  return rows.map((r) => ({ slug: r.slug, name: names(r) }));
}

/** Every country by ISO code, names in both languages. */
export async function listApiCountries(): Promise<CountryRef[]> {
  const rows = await getDb().country.findMany({
    select: { code: true, nameEn: true, nameFr: true },
    orderBy: { code: 'asc' },
  });
  return rows.map((r) => ({ code: r.code, name: names(r) }));
}

/**
 * When anything public last changed (content_version, moved by database triggers with every change, deletions and
 * unpublishing included): the Last-Modified of lists, which must never go back while their content changes.
 */
export async function contentLastModified(): Promise<Date | null> {
  const row = await getDb().contentVersion.findUnique({ where: { id: 1 }, select: { changedAt: true } });
  return row?.changedAt ?? null;
}
