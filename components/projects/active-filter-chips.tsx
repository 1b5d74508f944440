import { getLocale, getTranslations } from 'next-intl/server';
import { PlainLink } from '@/components/plain-link';
import type { FilterOption, ProjectFilterOptions } from '@/lib/data/projects-options';
import { formatUsd } from '@/lib/format';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';
import { MULTI_FILTERS, projectFiltersToQuery, type ProjectFilters } from '@/lib/validation/project-filters';

/** The pages whose filters the chips remove: the list, or the dashboard of the same view. */
type ProjectViewPath = '/projects' | '/projects/dashboard';
type Props = { locale: AppLocale; filters: ProjectFilters; options: ProjectFilterOptions; pathname?: ProjectViewPath };
type Chip = { key: string; label: string; without: ProjectFilters };

/** How many filters are active: one per chip (each value of a repeated filter counts; the sort is not a filter). */
export function activeProjectFilterCount(filters: ProjectFilters): number {
  const single = [filters.q, filters.budgetMin, filters.budgetMax, filters.yearFrom, filters.yearTo].filter(Boolean);
  return MULTI_FILTERS.reduce((n, key) => n + filters[key].length, single.length);
}

/** Every active filter as a link that removes it (page reset to 1), plus "clear all". */
export async function ActiveFilterChips({ locale, filters, options, pathname = '/projects' }: Props) {
  const t = await getTranslations('projectFilters');
  const ts = await getTranslations('status');
  const tc = await getTranslations('coverage');
  const base = { ...filters, page: 1 };
  const lookup = (list: FilterOption[], v: string) => {
    const o = list.find((x) => x.slug === v);
    return o ? nameIn(o, locale) : v;
  };
  const labelOf: Record<(typeof MULTI_FILTERS)[number], (v: string) => string> = {
    region: (v) => lookup(options.regions, v),
    status: (v) => ts(v as ProjectFilters['status'][number]),
    type: (v) => lookup(options.types, v),
    coverage: (v) => tc(v as ProjectFilters['coverage'][number]),
    country: (v) => lookup(options.countries, v),
  };
  const chips: Chip[] = [];
  if (filters.q) chips.push({ key: 'q', label: t('chipSearch', { q: filters.q }), without: { ...base, q: null } });
  for (const key of MULTI_FILTERS) {
    for (const v of filters[key] as string[]) {
      const rest = (filters[key] as string[]).filter((x) => x !== v);
      chips.push({ key: `${key}-${v}`, label: `${t(key)}: ${labelOf[key](v)}`, without: { ...base, [key]: rest } });
    }
  }
  if (filters.budgetMin)
    chips.push({
      key: 'budgetMin',
      label: t('chipBudgetMin', { amount: formatUsd(filters.budgetMin, locale) }),
      without: { ...base, budgetMin: null },
    });
  if (filters.budgetMax)
    chips.push({
      key: 'budgetMax',
      label: t('chipBudgetMax', { amount: formatUsd(filters.budgetMax, locale) }),
      without: { ...base, budgetMax: null },
    });
  if (filters.yearFrom)
    chips.push({
      key: 'yearFrom',
      label: t('chipYearFrom', { year: filters.yearFrom }),
      without: { ...base, yearFrom: null },
    });
  if (filters.yearTo)
    chips.push({ key: 'yearTo', label: t('chipYearTo', { year: filters.yearTo }), without: { ...base, yearTo: null } });
  return (
    <FilterChipList
      pathname={pathname}
      chips={chips.map((c) => ({ key: c.key, label: c.label, query: projectFiltersToQuery(c.without) }))}
    />
  );
}

// A chip: a tap target of at least 44 px on phones.
const chipClass = [
  'inline-flex min-h-11 items-center gap-1 rounded-full border border-iom-blue px-3 py-1 text-sm text-iom-blue-dark',
  'hover:bg-slate-100 lg:min-h-8',
].join(' ');

/** One removable filter: its label and the list's query string without it. */
export type FilterChip = { key: string; label: string; query: Record<string, string | string[]> };

/** Active filters of a list page as links that remove them, plus "clear all"; nothing when there is none. */
export async function FilterChipList({
  pathname,
  chips,
}: {
  pathname: ProjectViewPath | '/resource-centres';
  chips: FilterChip[];
}) {
  if (chips.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations('projectFilters'), getLocale()]);
  return (
    <nav aria-labelledby="active-filters" className="no-print mt-3" data-testid="filter-chips">
      <h3 id="active-filters" className="sr-only">
        {t('chipsHeading')}
      </h3>
      <ul className="flex flex-wrap items-center gap-2">
        {chips.map((c) => (
          <li key={c.key}>
            <PlainLink
              locale={locale}
              href={{ pathname, query: c.query }}
              aria-label={t('removeFilter', { label: c.label })}
              className={chipClass}
            >
              {c.label} <span aria-hidden="true">×</span>
            </PlainLink>
          </li>
        ))}
        <li>
          <PlainLink
            locale={locale}
            href={pathname}
            className="inline-flex min-h-11 items-center px-1 text-sm text-iom-blue underline lg:min-h-8"
          >
            {t('clearAll')}
          </PlainLink>
        </li>
      </ul>
    </nav>
  );
}
