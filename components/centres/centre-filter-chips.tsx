import { getTranslations } from 'next-intl/server';
import { FilterChipList, type FilterChip } from '@/components/projects/active-filter-chips';
import type { CentreFacets } from '@/lib/data/centres-facets';
import { nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';
import { centreFiltersToQuery, type CentreFilters } from '@/lib/validation/centre-filters';

type Props = { locale: AppLocale; filters: CentreFilters; facets: CentreFacets };

// The repeatable filters, in the order of the form.
const CHIP_FILTERS = ['country', 'service', 'kind', 'status', 'language'] as const;
type ChipFilter = (typeof CHIP_FILTERS)[number];

/** How many centre filters are active: one per chip (each value of a repeated filter counts). */
export function activeCentreFilterCount(filters: CentreFilters): number {
  return CHIP_FILTERS.reduce((n, key) => n + filters[key].length, filters.q ? 1 : 0);
}

/** The chips of the active centre filters: each removes its one value (back to page 1). */
export function centreFilterChips(
  filters: CentreFilters,
  labelOf: { search: (q: string) => string; filter: (key: ChipFilter, value: string) => string },
): FilterChip[] {
  const base = { ...filters, page: 1 };
  const chips: FilterChip[] = [];
  if (filters.q)
    chips.push({ key: 'q', label: labelOf.search(filters.q), query: centreFiltersToQuery({ ...base, q: null }) });
  for (const key of CHIP_FILTERS) {
    const values: readonly string[] = filters[key];
    for (const v of values) {
      const rest = values.filter((x) => x !== v);
      chips.push({
        key: `${key}-${v}`,
        label: labelOf.filter(key, v),
        query: centreFiltersToQuery({ ...base, [key]: rest }),
      });
    }
  }
  return chips;
}

/** The active filters of the centre list as removable chips, plus "clear all" (as on the project list). */
export async function CentreFilterChips({ locale, filters, facets }: Props) {
  const t = await getTranslations('centres');
  const tp = await getTranslations('projectFilters');
  const tk = await getTranslations('centreKinds');
  const ts = await getTranslations('centreStatuses');
  const lookup = (list: (LocalisedNames & { code?: string; slug?: string })[], v: string) => {
    const o = list.find((x) => (x.code ?? x.slug) === v);
    return o ? nameIn(o, locale) : v;
  };
  const valueOf: Record<ChipFilter, (v: string) => string> = {
    country: (v) => lookup(facets.countries, v),
    service: (v) => lookup(facets.services, v),
    kind: (v) => tk(v as CentreFilters['kind'][number]),
    status: (v) => ts(v as CentreFilters['status'][number]),
    language: (v) => lookup(facets.languages, v),
  };
  const chips = centreFilterChips(filters, {
    search: (q) => tp('chipSearch', { q }),
    filter: (key, v) => t('chip', { filter: t(key), value: valueOf[key](v) }),
  });
  // Called, not nested: one server-rendered element, whatever renders it.
  return FilterChipList({ pathname: '/resource-centres', chips });
}
