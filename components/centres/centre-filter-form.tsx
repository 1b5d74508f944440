import { getTranslations } from 'next-intl/server';
import { activeCentreFilterCount } from '@/components/centres/centre-filter-chips';
import { FilterCheckboxGroup } from '@/components/projects/filter-checkbox-group';
import { FilterDisclosure } from '@/components/projects/project-filter-form';
import type { CentreFacets } from '@/lib/data/centres-facets';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';
import { CENTRE_KINDS, CENTRE_STATUSES } from '@/lib/content/centre';
import { CENTRE_QUERY_MAX, type CentreFilters } from '@/lib/validation/centre-filters';

type Props = { locale: AppLocale; filters: CentreFilters; facets: CentreFacets };
type Option = { value: string; label: string };

// A list longer than this scrolls in its own box.
const LONG_LIST = 8;

/**
 * A plain GET form in the list's filter disclosure: its state is the query string, so it works without JavaScript and
 * can be shared; its action ends with `#results`, so the new page opens on the results.
 */
export async function CentreFilterForm({ locale, filters, facets }: Props) {
  const t = await getTranslations('centres');
  const tk = await getTranslations('centreKinds');
  const ts = await getTranslations('centreStatuses');
  const name = (n: LocalisedNames) => nameIn(n, locale);
  const byName = (a: Option, b: Option) => a.label.localeCompare(b.label, locale);
  // Ticked choices first, so a long scrolling list shows what is chosen.
  const checkedFirst = (checked: readonly string[]) => (a: Option, b: Option) =>
    Number(checked.includes(b.value)) - Number(checked.includes(a.value)) || byName(a, b);
  const countries = facets.countries.map((c) => ({ value: c.code, label: name(c) }));
  const languages = facets.languages.map((l) => ({ value: l.code, label: name(l) }));
  return (
    <FilterDisclosure summary={t('filtersToggle', { count: activeCentreFilterCount(filters) })}>
      <form
        method="get"
        action={`${getPathname({ href: '/resource-centres', locale })}#results`}
        aria-labelledby="filters"
        className="no-print space-y-5"
        role="search"
        data-testid="centre-filter-form"
      >
        <h2 id="filters" className="sr-only text-lg font-semibold lg:not-sr-only">
          {t('filtersHeading')}
        </h2>
        <div>
          <label htmlFor="centre-q" className="block font-semibold">
            {t('search')}
          </label>
          <p id="centre-q-hint" className="text-sm text-slate-700">
            {t('searchHint')}
          </p>
          <input
            id="centre-q"
            type="search"
            name="q"
            defaultValue={filters.q ?? ''}
            maxLength={CENTRE_QUERY_MAX}
            aria-describedby="centre-q-hint"
            className="mt-1 min-h-11 w-full rounded border border-slate-500 p-2"
          />
        </div>
        <FilterCheckboxGroup
          name="country"
          legend={t('country')}
          options={countries.sort(checkedFirst(filters.country))}
          selected={filters.country}
          scroll={countries.length > LONG_LIST}
        />
        <FilterCheckboxGroup
          name="service"
          legend={t('service')}
          hint={t('serviceHint')}
          options={facets.services.map((s) => ({ value: s.slug, label: name(s) }))}
          selected={filters.service}
        />
        <FilterCheckboxGroup
          name="kind"
          legend={t('kind')}
          options={CENTRE_KINDS.map((k) => ({ value: k, label: tk(k) }))}
          selected={filters.kind}
        />
        <FilterCheckboxGroup
          name="status"
          legend={t('status')}
          options={CENTRE_STATUSES.map((s) => ({ value: s, label: ts(s) }))}
          selected={filters.status}
        />
        <FilterCheckboxGroup
          name="language"
          legend={t('language')}
          options={languages.sort(checkedFirst(filters.language))}
          selected={filters.language}
          scroll={languages.length > LONG_LIST}
        />
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className="min-h-11 rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark"
          >
            {t('apply')}
          </button>
          <Link href="/resource-centres" className="inline-flex min-h-11 items-center px-1 text-iom-blue underline">
            {t('clear')}
          </Link>
        </div>
      </form>
    </FilterDisclosure>
  );
}
