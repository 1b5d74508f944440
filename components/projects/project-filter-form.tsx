import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { activeProjectFilterCount } from '@/components/projects/active-filter-chips';
import { FilterCheckboxGroup } from '@/components/projects/filter-checkbox-group';
import type { ProjectFacets } from '@/lib/data/projects';
import type { ProjectFilterOptions } from '@/lib/data/projects-options';
import { COVERAGES, PROJECT_STATUSES } from '@/lib/domain/project';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';
import type { ProjectFilters } from '@/lib/validation/project-filters';

type Props = { locale: AppLocale; filters: ProjectFilters; options: ProjectFilterOptions; facets: ProjectFacets };

const input = 'mt-1 min-h-11 w-full rounded border border-slate-500 p-2';

/** The id of the filter panel, the target of the results' "filters" link. */
const PANEL_ID = 'filter-panel';
// From lg up, where the browser has `::details-content`, the panel's content is always shown and its summary hidden
// (class names written out in full: Tailwind finds them in the source).
const panel = [
  'no-print group rounded border border-slate-300',
  'lg:details-content:[content-visibility:visible] lg:supports-[selector(::details-content)]:border-0',
].join(' ');
const summaryClass = [
  'flex min-h-11 cursor-pointer list-none items-center gap-2 px-3 py-2 font-semibold text-iom-blue-dark',
  '[&::-webkit-details-marker]:hidden lg:supports-[selector(::details-content)]:hidden',
].join(' ');
const panelBody = 'px-3 pb-4 lg:supports-[selector(::details-content)]:p-0';
const panelLink = [
  'inline-flex min-h-11 items-center gap-2 rounded border border-iom-blue px-3 font-semibold text-iom-blue-dark',
  'hover:bg-slate-100 lg:sr-only lg:focus:not-sr-only',
].join(' ');

/**
 * The filters of a public list, below the results: on phones a disclosure (closed, its summary naming how many filters
 * are active), on large screens always shown, summary hidden. No JavaScript: the content of the closed `<details>` is
 * made visible from `lg` up through its `::details-content` box; where that is not supported, the summary stays and
 * the panel opens on a tap as on phones.
 */
export function FilterDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details id={PANEL_ID} className={panel} data-testid="filter-panel">
      <summary className={summaryClass}>
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        {summary}
      </summary>
      <div className={panelBody}>{children}</div>
    </details>
  );
}

/** The results' link to the filter panel below them: a button-like link on phones, a skip link on large screens. */
export function FilterPanelLink({ label }: { label: string }) {
  return (
    <p className="no-print mt-3 lg:mt-0">
      <a href={`#${PANEL_ID}`} className={panelLink} data-testid="filter-panel-link">
        {label} <span aria-hidden="true">↓</span>
      </a>
    </p>
  );
}

/**
 * A plain GET form in a {@link FilterDisclosure}: its state is the query string, so it works without JavaScript and can
 * be shared; its action ends with `#results`, so the new page opens on the results.
 */
export async function ProjectFilterForm({ locale, filters, options, facets }: Props) {
  const t = await getTranslations('projectFilters');
  const ts = await getTranslations('status');
  const tc = await getTranslations('coverage');
  const name = (o: LocalisedNames) => nameIn(o, locale);
  const count = (n: number) => t('count', { count: n });
  const sorts = [
    { value: '', label: filters.q ? t('sortRelevance') : t('sortDefault') },
    { value: '-budget', label: t('sortBudgetDesc') },
    { value: 'budget', label: t('sortBudgetAsc') },
    { value: 'title', label: t('sortTitle') },
    { value: '-title', label: t('sortTitleDesc') },
    { value: '-start', label: t('sortStartDesc') },
    { value: 'start', label: t('sortStartAsc') },
    { value: '-end', label: t('sortEndDesc') },
    { value: 'end', label: t('sortEndAsc') },
  ];
  const selectedFirst = (a: { value: string; label: string }, b: { value: string; label: string }) =>
    Number(filters.country.includes(b.value)) - Number(filters.country.includes(a.value)) ||
    a.label.localeCompare(b.label, locale);
  return (
    <FilterDisclosure summary={t('toggle', { count: activeProjectFilterCount(filters) })}>
      <form
        method="get"
        action={`${getPathname({ href: '/projects', locale })}#results`}
        aria-labelledby="filters"
        className="no-print space-y-5"
        data-testid="filter-form"
      >
        <h2 id="filters" className="sr-only text-lg font-semibold lg:not-sr-only">
          {t('heading')}
        </h2>
        <div>
          <label htmlFor="q" className="block font-semibold">
            {t('search')}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            maxLength={200}
            defaultValue={filters.q ?? ''}
            aria-describedby="q-hint"
            className={input}
          />
          <p id="q-hint" className="mt-1 text-sm text-slate-700">
            {t('searchHint')}
          </p>
        </div>
        <FilterCheckboxGroup
          name="region"
          legend={t('region')}
          selected={filters.region}
          countLabel={count}
          options={options.regions.map((r) => ({ value: r.slug, label: name(r), count: facets.region[r.slug] ?? 0 }))}
        />
        <FilterCheckboxGroup
          name="status"
          legend={t('status')}
          selected={filters.status}
          countLabel={count}
          options={PROJECT_STATUSES.map((s) => ({ value: s, label: ts(s), count: facets.status[s] ?? 0 }))}
        />
        <FilterCheckboxGroup
          name="type"
          legend={t('type')}
          selected={filters.type}
          scroll
          options={options.types.map((o) => ({ value: o.slug, label: name(o) }))}
        />
        <FilterCheckboxGroup
          name="coverage"
          legend={t('coverage')}
          selected={filters.coverage}
          options={COVERAGES.map((c) => ({ value: c, label: tc(c) }))}
        />
        <FilterCheckboxGroup
          name="country"
          legend={t('country')}
          selected={filters.country}
          scroll
          options={options.countries.map((o) => ({ value: o.slug, label: name(o) })).sort(selectedFirst)}
        />
        <fieldset>
          <legend className="font-semibold">{t('budget')}</legend>
          <label htmlFor="budgetMin" className="mt-1 block">
            {t('budgetMin')}
          </label>
          <input
            id="budgetMin"
            name="budgetMin"
            type="number"
            min={0}
            step="0.01"
            inputMode="decimal"
            defaultValue={filters.budgetMin?.replace(/\.00$/, '') ?? ''}
            className={input}
          />
          <label htmlFor="budgetMax" className="mt-2 block">
            {t('budgetMax')}
          </label>
          <input
            id="budgetMax"
            name="budgetMax"
            type="number"
            min={0}
            step="0.01"
            inputMode="decimal"
            defaultValue={filters.budgetMax?.replace(/\.00$/, '') ?? ''}
            className={input}
          />
        </fieldset>
        <fieldset>
          <legend className="font-semibold">{t('years')}</legend>
          <label htmlFor="yearFrom" className="mt-1 block">
            {t('yearFrom')}
          </label>
          <input
            id="yearFrom"
            name="yearFrom"
            type="number"
            min={1900}
            max={2100}
            step={1}
            defaultValue={filters.yearFrom ?? ''}
            className={input}
          />
          <label htmlFor="yearTo" className="mt-2 block">
            {t('yearTo')}
          </label>
          <input
            id="yearTo"
            name="yearTo"
            type="number"
            min={1900}
            max={2100}
            step={1}
            defaultValue={filters.yearTo ?? ''}
            className={input}
          />
        </fieldset>
        <div>
          <label htmlFor="sort" className="block font-semibold">
            {t('sort')}
          </label>
          <select id="sort" name="sort" defaultValue={filters.sort ?? ''} className={input}>
            {sorts.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className="min-h-11 rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark"
          >
            {t('apply')}
          </button>
          <Link href="/projects" className="inline-flex min-h-11 items-center px-1 text-iom-blue underline">
            {t('clearAll')}
          </Link>
        </div>
      </form>
    </FilterDisclosure>
  );
}
