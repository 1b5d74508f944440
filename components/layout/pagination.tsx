import { getLocale, getTranslations } from 'next-intl/server';
import { PlainLink } from '@/components/plain-link';

type Props = {
  pathname: '/projects' | '/resource-centres';
  // The query string of a page number, keeping every filter of the current view.
  queryFor: (page: number) => Record<string, string | string[]>;
  page: number;
  pageCount: number;
};

// A tap target of at least 44 px on phones.
const link = 'inline-flex min-h-11 min-w-11 items-center px-2 text-iom-blue underline';

/** Previous/next links of a public list that keep every filter of the current view. */
export async function Pagination({ pathname, queryFor, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const [t, locale] = await Promise.all([getTranslations('pagination'), getLocale()]);
  const href = (p: number) => ({ pathname, query: queryFor(p) });
  return (
    <nav aria-label={t('label')} className="no-print mt-4 flex flex-wrap items-center gap-x-4 gap-y-1">
      {page > 1 && (
        <PlainLink locale={locale} href={href(page - 1)} rel="prev" className={link}>
          {t('previous')}
        </PlainLink>
      )}
      <span>{t('pageOf', { page, pages: pageCount })}</span>
      {page < pageCount && (
        <PlainLink locale={locale} href={href(page + 1)} rel="next" className={link}>
          {t('next')}
        </PlainLink>
      )}
    </nav>
  );
}
