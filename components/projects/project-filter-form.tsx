import { getTranslations } from 'next-intl/server';
import { FilterCheckboxGroup } from '@/components/projects/filter-checkbox-group';
import { FilterMultiSelect } from '@/components/projects/filter-multi-select';
import type { ProjectFacets } from '@/lib/data/projects';
import type { ProjectFilterOptions } from '@/lib/data/projects-options';
import { COVERAGES, PROJECT_STATUSES } from '@/lib/domain/project';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';
import type { ProjectFilters } from '@/lib/validation/project-filters';

type Props = { locale: AppLocale; filters: ProjectFilters; options: ProjectFilterOptions; facets: ProjectFacets };

const input = 'mt-1 w-full rounded border border-slate-500 p-1';

/** A plain GET form: its state is the query string, so it works without JavaScript and can be shared. */
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
  return (
    <form
      method="get"
      action={getPathname({ href: '/projects', locale })}
      aria-labelledby="filters"
      className="no-print space-y-5"
      data-testid="filter-form"
    >
      <h2 id="filters" className="text-lg font-semibold">
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
      <FilterMultiSelect
        name="country"
        label={t('country')}
        hint={t('multiSelectHint')}
        selected={filters.country}
        options={options.countries
          .map((o) => ({ value: o.slug, label: name(o) }))
          .sort((a, b) => a.label.localeCompare(b.label, locale))}
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
        <button type="submit" className="rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark">
          {t('apply')}
        </button>
        <Link href="/projects" className="text-iom-blue underline">
          {t('clearAll')}
        </Link>
      </div>
    </form>
  );
}
