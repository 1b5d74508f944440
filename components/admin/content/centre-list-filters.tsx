import { getTranslations } from 'next-intl/server';
import { RecordListFilters } from '@/components/admin/content/record-list-filters';
import { PUBLICATION_STATES } from '@/lib/domain/project';
import { CENTRE_REVIEW_REASONS } from '@/lib/domain/review';
import { ADMIN_CENTRE_SORTS, type AdminCentreQuery } from '@/lib/validation/admin-list';
import { CENTRE_STATUSES } from '@/lib/content/centre';

/** Search, filters and sort of the staff centre list. */
export async function CentreListFilters({ q }: { q: AdminCentreQuery }) {
  const t = await getTranslations('adminCentres');
  const st = await getTranslations('adminForm.state');
  return (
    <RecordListFilters
      labels={{
        heading: t('filtersHeading'),
        search: t('search'),
        sort: t('sort'),
        apply: t('apply'),
        clear: t('clear'),
      }}
      search={q.q}
      checkboxes={[
        {
          name: 'state',
          legend: t('state'),
          selected: q.state,
          options: PUBLICATION_STATES.map((s) => ({ value: s, label: st(s) })),
        },
        {
          name: 'status',
          legend: t('status'),
          selected: q.status,
          options: CENTRE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
        },
        {
          name: 'review',
          legend: t('review'),
          selected: q.review,
          options: CENTRE_REVIEW_REASONS.map((r) => ({ value: r, label: t(`reviewReasons.${r}`) })),
        },
      ]}
      extra={
        <>
          <label htmlFor="country" className="block font-semibold">
            {t('country')}
          </label>
          <input
            id="country"
            name="country"
            defaultValue={q.country[0] ?? ''}
            maxLength={2}
            className="mt-1 w-20 rounded border border-slate-500 p-2 uppercase"
          />
        </>
      }
      sort={{ value: q.sort, options: ADMIN_CENTRE_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) })) }}
      clearHref="/admin/centres"
    />
  );
}
