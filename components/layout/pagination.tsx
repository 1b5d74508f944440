import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

type Props = {
  pathname: '/projects' | '/resource-centres';
  // The query string of a page number, keeping every filter of the current view.
  queryFor: (page: number) => Record<string, string | string[]>;
  page: number;
  pageCount: number;
};

/** Previous/next links of a public list that keep every filter of the current view. */
export async function Pagination({ pathname, queryFor, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('pagination');
  const href = (p: number) => ({ pathname, query: queryFor(p) });
  return (
    <nav aria-label={t('label')} className="no-print mt-4 flex items-center gap-4">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className="text-iom-blue underline">
          {t('previous')}
        </Link>
      )}
      <span>{t('pageOf', { page, pages: pageCount })}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} rel="next" className="text-iom-blue underline">
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
