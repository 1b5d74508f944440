import { getTranslations } from 'next-intl/server';
import type { CentreFacets } from '@/lib/data/centres-facets';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';
import { CENTRE_KINDS, CENTRE_STATUSES } from '@/lib/content/centre';
import { CENTRE_QUERY_MAX, type CentreFilters } from '@/lib/validation/centre-filters';

type Props = { locale: AppLocale; filters: CentreFilters; facets: CentreFacets };
type Option = { value: string; label: string };

function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  checked,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: Option[];
  checked: readonly string[];
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset aria-describedby={hintId}>
      <legend className="font-semibold">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {options.map((o) => (
        <label key={o.value} className="mt-1 flex items-start gap-2">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            defaultChecked={checked.includes(o.value)}
            className="mt-1"
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** A plain GET form: its state is the query string, so it works without JavaScript and can be shared. */
export async function CentreFilterForm({ locale, filters, facets }: Props) {
  const t = await getTranslations('centres');
  const tk = await getTranslations('centreKinds');
  const ts = await getTranslations('centreStatuses');
  const name = (n: LocalisedNames) => nameIn(n, locale);
  const byName = (a: Option, b: Option) => a.label.localeCompare(b.label, locale);
  return (
    <form
      method="get"
      action={getPathname({ href: '/resource-centres', locale })}
      aria-labelledby="filters"
      className="no-print space-y-5"
      role="search"
    >
      <h2 id="filters" className="text-lg font-semibold">
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
          className="mt-1 w-full rounded border border-slate-500 p-1"
        />
      </div>
      <CheckboxGroup
        name="country"
        legend={t('country')}
        options={facets.countries.map((c) => ({ value: c.code, label: name(c) })).sort(byName)}
        checked={filters.country}
      />
      <CheckboxGroup
        name="service"
        legend={t('service')}
        hint={t('serviceHint')}
        options={facets.services.map((s) => ({ value: s.slug, label: name(s) }))}
        checked={filters.service}
      />
      <CheckboxGroup
        name="kind"
        legend={t('kind')}
        options={CENTRE_KINDS.map((k) => ({ value: k, label: tk(k) }))}
        checked={filters.kind}
      />
      <CheckboxGroup
        name="status"
        legend={t('status')}
        options={CENTRE_STATUSES.map((s) => ({ value: s, label: ts(s) }))}
        checked={filters.status}
      />
      <CheckboxGroup
        name="language"
        legend={t('language')}
        options={facets.languages.map((l) => ({ value: l.code, label: name(l) })).sort(byName)}
        checked={filters.language}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark">
          {t('apply')}
        </button>
        <Link href="/resource-centres" className="text-iom-blue underline">
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
