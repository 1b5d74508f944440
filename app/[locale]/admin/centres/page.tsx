import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { translatedColumn } from '@/components/admin/content/record-table';
import { RecordListFilters } from '@/components/admin/content/record-list-filters';
import { RecordListPage } from '@/components/admin/content/record-list-page';
import { requirePageRole } from '@/lib/auth/session';
import { listAdminCentres, type AdminCentreRow } from '@/lib/data/admin-centres';
import type { AppLocale } from '@/lib/i18n/routing';
import { adminQueryToSearch, parseAdminCentreQuery } from '@/lib/validation/admin-list';
import { pageSearchParams, type SearchParams } from '@/lib/validation/query-params';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'adminCentres' }))('title') };
}

export default async function AdminCentresPage({ params, searchParams }: Props) {
  const { locale } = await params;
  await requirePageRole('editor', locale);
  const sp = pageSearchParams(await searchParams);
  const q = parseAdminCentreQuery(sp);
  const [t, cs, result] = await Promise.all([
    getTranslations({ locale, namespace: 'adminCentres' }),
    getTranslations({ locale, namespace: 'centreStatuses' }),
    listAdminCentres(q, locale),
  ]);
  return (
    <RecordListPage<AdminCentreRow>
      kind="centre"
      locale={locale}
      sp={sp}
      query={adminQueryToSearch(q)}
      result={result}
      rowKey={(c) => c.slug}
      filters={<RecordListFilters kind="centre" q={q} locale={locale} />}
      columns={[
        translatedColumn(t('colName'), locale, (c) => c.name, t('untitled')),
        { header: t('colPlace'), cell: (c) => [c.locality, c.countryCode].filter(Boolean).join(', ') },
        { header: t('colStatus'), cell: (c) => cs(c.status) },
      ]}
    />
  );
}
