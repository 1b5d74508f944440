import { getTranslations } from 'next-intl/server';
import { bilingualColumn, RecordTable } from '@/components/admin/content/record-table';
import type { AdminProjectRow } from '@/lib/data/admin-projects';
import { formatUsd } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

/** The staff project table with a checkbox per row (the checkboxes belong to the bulk form `formId`). */
export async function ProjectListTable({
  items,
  locale,
  formId,
}: {
  items: AdminProjectRow[];
  locale: AppLocale;
  formId: string;
}) {
  const t = await getTranslations('adminProjects');
  const st = await getTranslations('adminForm.state');
  const ps = await getTranslations('status');
  if (items.length === 0) return <p className="my-4">{t('empty')}</p>;
  return (
    <RecordTable
      caption={t('tableCaption')}
      formId={formId}
      rows={items}
      rowKey={(p) => p.code}
      selectHeader={t('colSelect')}
      selectLabel={(p) => t('selectRow', { code: p.code })}
      keyHeader={t('colCode')}
      keyCell={(p) => (
        <Link
          href={{ pathname: '/admin/projects/[code]', params: { code: p.code } }}
          className="text-iom-blue underline"
        >
          {p.code}
        </Link>
      )}
      columns={[
        bilingualColumn<AdminProjectRow>(
          t('colTitle'),
          locale,
          (p) => ({ en: p.titleEn, fr: p.titleFr }),
          t('untitled'),
        ),
        { header: t('colState'), cell: (p) => st(p.publicationState) },
        { header: t('colStatus'), cell: (p) => ps(p.status) },
        { header: t('colBudget'), cell: (p) => (p.budgetUsd ? formatUsd(p.budgetUsd, locale) : '—'), numeric: true },
        { header: t('colYears'), cell: (p) => [p.startYear, p.endYear].map((y) => y ?? '…').join('–') },
        { header: t('colReview'), cell: (p) => p.review.map((r) => t(`reviewReasons.${r}`)).join('; ') },
        { header: t('colUpdated'), cell: (p) => p.updatedAt.slice(0, 16).replace('T', ' ') },
      ]}
    />
  );
}
