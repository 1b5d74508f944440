import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

type Props = {
  pathname: '/admin/projects' | '/admin/centres';
  query: Record<string, string | string[]>;
  page: number;
  pageCount: number;
};

/** Previous/next links of a staff list, keeping its filters. */
export async function AdminPagination({ pathname, query, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('adminProjects');
  const href = (p: number) => ({ pathname, query: { ...query, page: String(p) } });
  return (
    <nav aria-label={t('pagination')} className="mt-4 flex items-center gap-4">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className="text-iom-blue underline">
          {t('previous')}
        </Link>
      )}
      <span>{t('pageOf', { page, count: pageCount })}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} rel="next" className="text-iom-blue underline">
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
