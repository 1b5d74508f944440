import { getTranslations } from 'next-intl/server';
import { bilingualColumn, RecordTable } from '@/components/admin/content/record-table';
import type { AdminCentreRow } from '@/lib/data/admin-centres';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

/** The staff centre table with a checkbox per row (the checkboxes belong to the bulk form `formId`). */
export async function CentreListTable({
  items,
  locale,
  formId,
}: {
  items: AdminCentreRow[];
  locale: AppLocale;
  formId: string;
}) {
  const t = await getTranslations('adminCentres');
  const st = await getTranslations('adminForm.state');
  if (items.length === 0) return <p className="my-4">{t('empty')}</p>;
  return (
    <RecordTable
      caption={t('tableCaption')}
      formId={formId}
      rows={items}
      rowKey={(c) => c.slug}
      selectHeader={t('colSelect')}
      selectLabel={(c) => t('selectRow', { slug: c.slug })}
      keyHeader={t('colSlug')}
      keyCell={(c) => (
        <Link
          href={{ pathname: '/admin/centres/[slug]', params: { slug: c.slug } }}
          className="text-iom-blue underline"
        >
          {c.slug}
        </Link>
      )}
      columns={[
        bilingualColumn<AdminCentreRow>(t('colName'), locale, (c) => ({ en: c.nameEn, fr: c.nameFr }), t('untitled')),
        { header: t('colPlace'), cell: (c) => [c.locality, c.countryCode].filter(Boolean).join(', ') },
        { header: t('colState'), cell: (c) => st(c.publicationState) },
        { header: t('colStatus'), cell: (c) => t(`statuses.${c.status}`) },
        { header: t('colReview'), cell: (c) => c.review.map((r) => t(`reviewReasons.${r}`)).join('; ') },
        { header: t('colUpdated'), cell: (c) => c.updatedAt.slice(0, 16).replace('T', ' ') },
      ]}
    />
  );
}
