import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { projectFiltersToQuery, type ProjectFilters } from '@/lib/validation/project-filters';

type Props = { filters: ProjectFilters; page: number; pageCount: number };

/** Previous/next links that keep every filter of the current view. */
export async function Pagination({ filters, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('projects');
  const href = (p: number) => ({ pathname: '/projects' as const, query: projectFiltersToQuery({ ...filters, page: p }) });
  return (
    <nav aria-label={t('pagination')} className="no-print mt-4 flex items-center gap-4">
      {page > 1 && <Link href={href(page - 1)} rel="prev" className="text-iom-blue underline">{t('previous')}</Link>}
      <span>{t('pageOf', { page, pages: pageCount })}</span>
      {page < pageCount && <Link href={href(page + 1)} rel="next" className="text-iom-blue underline">{t('next')}</Link>}
    </nav>
  );
}
