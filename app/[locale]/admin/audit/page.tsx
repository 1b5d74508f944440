import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditTable } from '@/components/admin/audit-table';
import { requirePageRole } from '@/lib/auth/session';
import { listAuditLog } from '@/lib/data/audit';
import { getPathname, Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { AUDIT_ACTIONS, parseAuditFilters } from '@/lib/validation/audit-filters';
import { pageSearchParams, type SearchParams } from '@/lib/validation/query-params';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'adminAudit' });
  return { title: t('title') };
}

export default async function AdminAuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  await requirePageRole('admin', locale);
  const t = await getTranslations({ locale, namespace: 'adminAudit' });
  const filters = parseAuditFilters(pageSearchParams(await searchParams));
  const { items, page, pageCount } = await listAuditLog(filters);
  const href = (p: number) => ({
    pathname: '/admin/audit' as const,
    query: { page: String(p), ...(filters.action ? { action: filters.action } : {}) },
  });
  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <form
        method="get"
        action={getPathname({ href: '/admin/audit', locale })}
        className="mt-4 flex flex-wrap items-end gap-2"
      >
        <div>
          <label htmlFor="audit-action" className="block font-semibold">
            {t('filterAction')}
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={filters.action ?? ''}
            className="mt-1 rounded border border-slate-500 p-1"
          >
            <option value="">{t('allActions')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`actions.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-iom-blue px-3 py-1 font-semibold text-white hover:bg-iom-blue-dark">
          {t('filter')}
        </button>
      </form>
      <AuditTable items={items} locale={locale} />
      {pageCount > 1 && (
        <nav aria-label={t('pagination')} className="mt-4 flex items-center gap-4">
          {page > 1 && (
            <Link href={href(page - 1)} rel="prev" className="text-iom-blue underline">
              {t('previous')}
            </Link>
          )}
          <span>{t('page', { page })}</span>
          {page < pageCount && (
            <Link href={href(page + 1)} rel="next" className="text-iom-blue underline">
              {t('next')}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
