import { getTranslations } from 'next-intl/server';
import { RecordListFilters } from '@/components/admin/content/record-list-filters';
import { PROJECT_STATUSES, PUBLICATION_STATES } from '@/lib/domain/project';
import { PROJECT_REVIEW_REASONS } from '@/lib/domain/review';
import type { AppLocale } from '@/lib/i18n/routing';
import { ADMIN_PROJECT_SORTS, type AdminProjectQuery } from '@/lib/validation/admin-list';

type Props = { q: AdminProjectQuery; regions: { slug: string; nameEn: string; nameFr: string }[]; locale: AppLocale };

/** Search, filters and sort of the staff project list. */
export async function ProjectListFilters({ q, regions, locale }: Props) {
  const t = await getTranslations('adminProjects');
  const st = await getTranslations('adminForm.state');
  const ps = await getTranslations('status');
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
          options: PROJECT_STATUSES.map((s) => ({ value: s, label: ps(s) })),
        },
        {
          name: 'review',
          legend: t('review'),
          selected: q.review,
          options: PROJECT_REVIEW_REASONS.map((r) => ({ value: r, label: t(`reviewReasons.${r}`) })),
        },
      ]}
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
      sort={{ value: q.sort, options: ADMIN_PROJECT_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) })) }}
      clearHref="/admin/projects"
    />
  );
}
