import 'server-only';
import { API_LOCALES } from '@/lib/api/schemas';
import { getReadDb } from '@/lib/db';
import { listRegionSummaries } from '@/lib/data/regions';
import { NAME_SELECT, nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';

/** A name in every language of the locale list, as the API writes it (`{ en, es, fr }`). */
type Names = Record<AppLocale, string>;
export type ApiRegion = { slug: string; name: Names; projectCount: number; totalBudgetUsd: string };
export type SlugRef = { slug: string; name: Names };
export type CountryRef = { code: string; name: Names };

const ORDER = [{ sortOrder: 'asc' as const }, { slug: 'asc' as const }];
const NAMED = { slug: true, ...NAME_SELECT } as const;

/** A reference row's names as the API writes them: one per language. */
export function namesJson(row: LocalisedNames): Names {
  return Object.fromEntries(API_LOCALES.map((l) => [l, nameIn(row, l)])) as Names;
}

/** Every region with names in every language, its published project count and their total budget. */
export async function listApiRegions(): Promise<ApiRegion[]> {
  const regions = await listRegionSummaries();
  return regions.map((r) => ({
    slug: r.slug,
    name: namesJson(r),
    projectCount: r.projectCount,
    totalBudgetUsd: r.totalBudgetUsd,
  }));
}

/** Every project type in display order, names in every language. */
export async function listApiProjectTypes(): Promise<SlugRef[]> {
  const rows = await getReadDb().projectType.findMany({ select: NAMED, orderBy: ORDER });
  return rows.map((r) => ({ slug: r.slug, name: namesJson(r) }));
}

/** Every centre service in display order, names in every language. */
export async function listApiServices(): Promise<SlugRef[]> {
  const rows = await getReadDb().service.findMany({ select: NAMED, orderBy: ORDER });
  return rows.map((r) => ({ slug: r.slug, name: namesJson(r) }));
}

/** Every country by ISO code, names in every language. */
export async function listApiCountries(): Promise<CountryRef[]> {
  const rows = await getReadDb().country.findMany({ select: { code: true, ...NAME_SELECT }, orderBy: { code: 'asc' } });
  return rows.map((r) => ({ code: r.code, name: namesJson(r) }));
}

/**
 * When anything public last changed (content_version, moved by database triggers with every change, deletions and
 * unpublishing included): the Last-Modified of lists, which must never go back while their content changes. Read
 * where the lists are read (the replica, if any): from the primary, a lagging replica's body would go out with a newer
 * date, and a client revalidating with it would keep that old body as current.
 */
export async function contentLastModified(): Promise<Date | null> {
  const row = await getReadDb().contentVersion.findUnique({ where: { id: 1 }, select: { changedAt: true } });
  return row?.changedAt ?? null;
}
