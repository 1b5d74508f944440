import { getTranslations } from 'next-intl/server';
import type { RegionOption } from '@/lib/data/reference';
import { PROJECT_STATUSES } from '@/lib/domain/project';
import { getPathname, Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import type { ProjectFilters } from '@/lib/validation/project-filters';

type Props = { locale: AppLocale; filters: ProjectFilters; regions: RegionOption[] };

/** A plain GET form: its state is the query string, so it works without JavaScript and can be shared. */
export async function ProjectFilterForm({ locale, filters, regions }: Props) {
  const t = await getTranslations('projects');
  const ts = await getTranslations('status');
  const sorts = [
    { value: '', label: t('sortDefault') },
    { value: '-budget', label: t('sortBudgetDesc') },
    { value: 'budget', label: t('sortBudgetAsc') },
    { value: 'title', label: t('sortTitle') },
  ];
  return (
    <form method="get" action={getPathname({ href: '/projects', locale })} aria-labelledby="filters" className="no-print space-y-5">
      <h2 id="filters" className="text-lg font-semibold">{t('filtersHeading')}</h2>
      <fieldset>
        <legend className="font-semibold">{t('region')}</legend>
        {regions.map((r) => (
          <label key={r.slug} className="mt-1 flex items-center gap-2">
            <input type="checkbox" name="region" value={r.slug} defaultChecked={filters.region.includes(r.slug)} />
            {locale === 'fr' ? r.nameFr : r.nameEn}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend className="font-semibold">{t('status')}</legend>
        {PROJECT_STATUSES.map((s) => (
          <label key={s} className="mt-1 flex items-center gap-2">
            <input type="checkbox" name="status" value={s} defaultChecked={filters.status.includes(s)} />
            {ts(s)}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor="sort" className="block font-semibold">{t('sort')}</label>
        <select id="sort" name="sort" defaultValue={filters.sort ?? ''} className="mt-1 w-full rounded border border-slate-400 p-1">
          {sorts.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark">{t('apply')}</button>
        <Link href="/projects" className="text-iom-blue underline">{t('clear')}</Link>
      </div>
    </form>
  );
}
