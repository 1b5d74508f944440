import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminPagination } from '@/components/admin/content/admin-pagination';
import { BulkBar } from '@/components/admin/content/bulk-bar';
import { ListNotice } from '@/components/admin/content/list-notice';
import { ProjectListFilters } from '@/components/admin/content/project-list-filters';
import { ProjectListTable } from '@/components/admin/content/project-list-table';
import { requirePageRole } from '@/lib/auth/session';
import { listAdminProjects } from '@/lib/data/admin-projects';
import { listRegions } from '@/lib/data/reference';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { adminQueryToSearch, parseAdminProjectQuery } from '@/lib/validation/admin-list';
import { pageSearchParams, type SearchParams } from '@/lib/validation/query-params';
import { bulkRecordsAction } from '@/lib/actions/records';

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
  const [t, result, regions] = await Promise.all([
    getTranslations({ locale, namespace: 'adminProjects' }),
    listAdminProjects(q, locale),
    listRegions(),
  ]);
  const query = adminQueryToSearch(q);
  const { page: _p, ...returnQuery } = query;
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
        <Link href="/admin/projects/new" className="rounded bg-iom-blue px-4 py-2 font-semibold text-white">
          {t('new')}
        </Link>
      </div>
      <p className="mt-1">{t('intro')}</p>
      <ListNotice sp={sp} />
      <div className="mt-4">
        <ProjectListFilters q={q} regions={regions} locale={locale} />
      </div>
      <p className="mt-4 font-semibold" role="status">
        {t('count', { count: result.total })}
      </p>
      <form id="bulk-form" action={bulkRecordsAction.bind(null, 'project')}>
        <input type="hidden" name="locale" value={locale} />
        <input
          type="hidden"
          name="returnQuery"
          value={new URLSearchParams(
            Object.entries(returnQuery).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x])),
          ).toString()}
        />
      </form>
      {result.items.length > 0 && <BulkBar legend={t('bulkLegend')} formId="bulk-form" />}
      <ProjectListTable items={result.items} locale={locale} formId="bulk-form" />
      <AdminPagination pathname="/admin/projects" query={query} page={result.page} pageCount={result.pageCount} />
    </>
  );
}
