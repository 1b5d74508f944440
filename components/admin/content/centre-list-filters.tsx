import { getTranslations } from 'next-intl/server';
import { RecordListFilters } from '@/components/admin/content/record-list-filters';
import { CENTRE_STATUSES } from '@/lib/content/centre';
import { CENTRE_REVIEW_REASONS } from '@/lib/domain/review';
import { ADMIN_CENTRE_SORTS, type AdminCentreQuery } from '@/lib/validation/admin-list';

/** Search, filters and sort of the staff centre list (its own filter: the country). */
export async function CentreListFilters({ q }: { q: AdminCentreQuery }) {
  const t = await getTranslations('adminCentres');
  return (
    <RecordListFilters
      kind="centre"
      q={q}
      statuses={CENTRE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      reviewReasons={CENTRE_REVIEW_REASONS}
      sorts={ADMIN_CENTRE_SORTS}
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
    />
  );
}
