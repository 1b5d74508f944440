import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { translatedColumn } from '@/components/admin/content/record-table';
import { RecordListFilters } from '@/components/admin/content/record-list-filters';
import { RecordListPage } from '@/components/admin/content/record-list-page';
import { requirePageRole } from '@/lib/auth/session';
import { listAdminProjects, type AdminProjectRow } from '@/lib/data/admin-projects';
import { formatUsd } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';
import { adminQueryToSearch, parseAdminProjectQuery } from '@/lib/validation/admin-list';
import { pageSearchParams, type SearchParams } from '@/lib/validation/query-params';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'adminProjects' }))('title') };
}

export default async function AdminProjectsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  await requirePageRole('editor', locale);
  const sp = pageSearchParams(await searchParams);
  const q = parseAdminProjectQuery(sp);
  const [t, ps, result] = await Promise.all([
    getTranslations({ locale, namespace: 'adminProjects' }),
    getTranslations({ locale, namespace: 'status' }),
    listAdminProjects(q, locale),
  ]);
  return (
    <RecordListPage<AdminProjectRow>
      kind="project"
      locale={locale}
      sp={sp}
      query={adminQueryToSearch(q)}
      result={result}
      rowKey={(p) => p.code}
      filters={<RecordListFilters kind="project" q={q} locale={locale} />}
      columns={[
        translatedColumn(t('colTitle'), locale, (p) => p.title, t('untitled')),
        { header: t('colStatus'), cell: (p) => ps(p.status) },
        { header: t('colBudget'), cell: (p) => (p.budgetUsd ? formatUsd(p.budgetUsd, locale) : '—'), numeric: true },
        { header: t('colYears'), cell: (p) => [p.startYear, p.endYear].map((y) => y ?? '…').join('–') },
      ]}
    />
  );
}
