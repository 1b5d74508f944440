import { getTranslations } from 'next-intl/server';
import { PROJECT_STATUSES, PUBLICATION_STATES } from '@/lib/domain/project';
import { PROJECT_REVIEW_REASONS } from '@/lib/domain/review';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { ADMIN_PROJECT_SORTS, type AdminProjectQuery } from '@/lib/validation/admin-list';

type Props = { q: AdminProjectQuery; regions: { slug: string; nameEn: string; nameFr: string }[]; locale: AppLocale };

/** Search, filters and sort of the staff project list (a GET form: the state lives in the URL). */
export async function ProjectListFilters({ q, regions, locale }: Props) {
  const t = await getTranslations('adminProjects');
  const st = await getTranslations('adminForm.state');
  const ps = await getTranslations('status');
  const box = (name: string, value: string, label: string, checked: boolean) => (
    <label key={value} className="mr-4 inline-flex items-center gap-1">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} /> {label}
    </label>
  );
  return (
    <form method="get" className="rounded border border-slate-300 p-4" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="text-lg font-semibold">{t('filtersHeading')}</h2>
      <label htmlFor="q" className="mt-2 block font-semibold">{t('search')}</label>
      <input id="q" name="q" type="search" defaultValue={q.q} className="mt-1 w-full max-w-md rounded border border-slate-500 p-2" />
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <fieldset><legend className="font-semibold">{t('state')}</legend>{PUBLICATION_STATES.map((s) => box('state', s, st(s), q.state.includes(s)))}</fieldset>
        <fieldset><legend className="font-semibold">{t('status')}</legend>{PROJECT_STATUSES.map((s) => box('status', s, ps(s), q.status.includes(s)))}</fieldset>
        <fieldset><legend className="font-semibold">{t('review')}</legend>{PROJECT_REVIEW_REASONS.map((r) => box('review', r, t(`reviewReasons.${r}`), q.review.includes(r)))}</fieldset>
        <div>
          <label htmlFor="region" className="block font-semibold">{t('region')}</label>
          <select id="region" name="region" defaultValue={q.region[0] ?? ''} className="mt-1 rounded border border-slate-500 p-2">
            <option value="">—</option>
            {regions.map((r) => <option key={r.slug} value={r.slug}>{locale === 'fr' ? r.nameFr : r.nameEn}</option>)}
          </select>
          <label htmlFor="sort" className="mt-2 block font-semibold">{t('sort')}</label>
          <select id="sort" name="sort" defaultValue={q.sort} className="mt-1 rounded border border-slate-500 p-2">
            {ADMIN_PROJECT_SORTS.map((s) => <option key={s} value={s}>{t(`sorts.${s}`)}</option>)}
          </select>
        </div>
      </div>
      <div className="mt-3 flex gap-4">
        <button type="submit" className="rounded bg-iom-blue px-4 py-2 font-semibold text-white">{t('apply')}</button>
        <Link href="/admin/projects" className="self-center text-iom-blue underline">{t('clear')}</Link>
      </div>
    </form>
  );
}
