import { getTranslations } from 'next-intl/server';
import { PUBLICATION_STATES } from '@/lib/domain/project';
import { CENTRE_REVIEW_REASONS } from '@/lib/domain/review';
import { Link } from '@/lib/i18n/navigation';
import { ADMIN_CENTRE_SORTS, type AdminCentreQuery } from '@/lib/validation/admin-list';
import { CENTRE_STATUSES } from '@/lib/validation/centre';

/** Search, filters and sort of the staff centre list (a GET form: the state lives in the URL). */
export async function CentreListFilters({ q }: { q: AdminCentreQuery }) {
  const t = await getTranslations('adminCentres');
  const st = await getTranslations('adminForm.state');
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
        <fieldset><legend className="font-semibold">{t('status')}</legend>{CENTRE_STATUSES.map((s) => box('status', s, t(`statuses.${s}`), q.status.includes(s)))}</fieldset>
        <fieldset><legend className="font-semibold">{t('review')}</legend>{CENTRE_REVIEW_REASONS.map((r) => box('review', r, t(`reviewReasons.${r}`), q.review.includes(r)))}</fieldset>
        <div>
          <label htmlFor="country" className="block font-semibold">{t('country')}</label>
          <input id="country" name="country" defaultValue={q.country[0] ?? ''} maxLength={2} className="mt-1 w-20 rounded border border-slate-500 p-2 uppercase" />
          <label htmlFor="sort" className="mt-2 block font-semibold">{t('sort')}</label>
          <select id="sort" name="sort" defaultValue={q.sort} className="mt-1 rounded border border-slate-500 p-2">
            {ADMIN_CENTRE_SORTS.map((s) => <option key={s} value={s}>{t(`sorts.${s}`)}</option>)}
          </select>
        </div>
      </div>
      <div className="mt-3 flex gap-4">
        <button type="submit" className="rounded bg-iom-blue px-4 py-2 font-semibold text-white">{t('apply')}</button>
        <Link href="/admin/centres" className="self-center text-iom-blue underline">{t('clear')}</Link>
      </div>
    </form>
  );
}
