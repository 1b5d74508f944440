import { getTranslations } from 'next-intl/server';
import { RecordListFilters } from '@/components/admin/content/record-list-filters';
import { PROJECT_STATUSES } from '@/lib/domain/project';
import { PROJECT_REVIEW_REASONS } from '@/lib/domain/review';
import type { AppLocale } from '@/lib/i18n/routing';
import { ADMIN_PROJECT_SORTS, type AdminProjectQuery } from '@/lib/validation/admin-list';

type Props = { q: AdminProjectQuery; regions: { slug: string; nameEn: string; nameFr: string }[]; locale: AppLocale };

/** Search, filters and sort of the staff project list (its own filter: the region). */
export async function ProjectListFilters({ q, regions, locale }: Props) {
  const t = await getTranslations('adminProjects');
  const ps = await getTranslations('status');
  return (
    <RecordListFilters
      kind="project"
      q={q}
      statuses={PROJECT_STATUSES.map((s) => ({ value: s, label: ps(s) }))}
      reviewReasons={PROJECT_REVIEW_REASONS}
      sorts={ADMIN_PROJECT_SORTS}
      extra={
        <>
          <label htmlFor="region" className="block font-semibold">
            {t('region')}
          </label>
          <select
            id="region"
            name="region"
            defaultValue={q.region[0] ?? ''}
            className="mt-1 rounded border border-slate-500 p-2"
          >
            <option value="">—</option>
            {regions.map((r) => (
              <option key={r.slug} value={r.slug}>
                {locale === 'fr' ? r.nameFr : r.nameEn}
              </option>
            ))}
          </select>
        </>
      }
    />
  );
}
