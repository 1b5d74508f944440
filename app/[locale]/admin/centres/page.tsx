import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminPagination } from '@/components/admin/content/admin-pagination';
import { BulkBar } from '@/components/admin/content/bulk-bar';
import { CentreListFilters } from '@/components/admin/content/centre-list-filters';
import { CentreListTable } from '@/components/admin/content/centre-list-table';
import { ListNotice } from '@/components/admin/content/list-notice';
import { requirePageRole } from '@/lib/auth/session';
import { listAdminCentres } from '@/lib/data/admin-centres';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { adminQueryToSearch, parseAdminCentreQuery } from '@/lib/validation/admin-list';
import { pageSearchParams, type SearchParams } from '@/lib/validation/query-params';
import { bulkRecordsAction } from '@/lib/actions/records';

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
  const [t, result] = await Promise.all([
    getTranslations({ locale, namespace: 'adminCentres' }),
    listAdminCentres(q, locale),
  ]);
  const query = adminQueryToSearch(q);
  const { page: _p, ...returnQuery } = query;
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
        <Link href="/admin/centres/new" className="rounded bg-iom-blue px-4 py-2 font-semibold text-white">
          {t('new')}
        </Link>
      </div>
      <p className="mt-1">{t('intro')}</p>
      <ListNotice sp={sp} />
      <div className="mt-4">
        <CentreListFilters q={q} />
      </div>
      <p className="mt-4 font-semibold" role="status">
        {t('count', { count: result.total })}
      </p>
      <form id="bulk-form" action={bulkRecordsAction.bind(null, 'centre')}>
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
      <CentreListTable items={result.items} locale={locale} formId="bulk-form" />
      <AdminPagination pathname="/admin/centres" query={query} page={result.page} pageCount={result.pageCount} />
    </>
  );
}
