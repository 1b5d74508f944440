import 'server-only';
import { getReadDb } from '@/lib/db';
import { NAME_SELECT, type LocalisedNames } from '@/lib/i18n/routing';
import type { FilterIssue, ProjectFilters } from '@/lib/validation/project-filters';

/** A filter choice: its value (slug, or a country's code) and its names in every language. */
export type FilterOption = { slug: string } & LocalisedNames;
export type ProjectFilterOptions = { regions: FilterOption[]; types: FilterOption[]; countries: FilterOption[] };

const countryOption = ({ code, ...names }: { code: string } & LocalisedNames): FilterOption => ({
  slug: code,
  ...names,
});

async function loadFilterOptions(): Promise<ProjectFilterOptions> {
  const db = getReadDb();
  const named = { slug: true, ...NAME_SELECT } as const;
  const order = [{ sortOrder: 'asc' as const }, { slug: 'asc' as const }];
  const [regions, types, countries] = await Promise.all([
    db.region.findMany({ select: named, orderBy: order }),
    db.projectType.findMany({ select: named, orderBy: order }),
    // Country by country, stopping at the first published project (migration 20261205100000): a join would read
    // every project and link at each render.
    db.$queryRaw<{ code: string }[]>`SELECT code FROM public.countries_with_published_projects() AS code`.then((rows) =>
      db.country.findMany({
        where: { code: { in: rows.map((r) => r.code) } },
        select: { code: true, ...NAME_SELECT },
        // The form sorts them by their name in the page's language.
        orderBy: { code: 'asc' },
      }),
    ),
  ]);
  return { regions, types, countries: countries.map(countryOption) };
}

/** The choices of the filter panel: all regions and types, and the countries that have published projects. */
export async function listProjectFilterOptions(): Promise<ProjectFilterOptions> {
  // Read on every render, never kept in the process: rendered pages are what is cached (lib/page-cache), keyed by the
  // content version, and an older copy of these lists would end up in pages cached under a newer version.
  return loadFilterOptions();
}

/**
 * Drops well-formed but unknown regions, types and countries from `filters` (they would silently match nothing),
 * reporting each in `issues`.
 */
export async function dropUnknownFilterValues(filters: ProjectFilters, issues: FilterIssue[]): Promise<void> {
  const db = getReadDb();
  const [regions, types, countries] = await Promise.all([
    filters.region.length
      ? db.region.findMany({ where: { slug: { in: filters.region } }, select: { slug: true } })
      : [],
    filters.type.length
      ? db.projectType.findMany({ where: { slug: { in: filters.type } }, select: { slug: true } })
      : [],
    filters.country.length
      ? db.country.findMany({ where: { code: { in: filters.country } }, select: { code: true } })
      : [],
  ]);
  const keep = (key: 'region' | 'type' | 'country', known: Set<string>) => {
    for (const value of filters[key]) if (!known.has(value)) issues.push({ param: key, value, reason: 'unknown' });
    filters[key] = filters[key].filter((v) => known.has(v));
  };
  keep('region', new Set(regions.map((r) => r.slug)));
  keep('type', new Set(types.map((t) => t.slug)));
  keep('country', new Set(countries.map((c) => c.code)));
}

/** Names of the given countries (for chips of countries that have no published project). */
export async function countryNames(codes: string[]): Promise<FilterOption[]> {
  if (codes.length === 0) return [];
  const rows = await getReadDb().country.findMany({
    where: { code: { in: codes } },
    select: { code: true, ...NAME_SELECT },
  });
  return rows.map(countryOption);
}
