import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { activeCentreFilterCount, CentreFilterChips } from '@/components/centres/centre-filter-chips';
import { CentreFilterForm } from '@/components/centres/centre-filter-form';
import { CentreFilterIssues } from '@/components/centres/centre-filter-issues';
import { CentreList } from '@/components/centres/centre-list';
import { centreFeedAlternate, FollowLink } from '@/components/projects/follow-link';
import { centreFeedHref } from '@/lib/api/feed-links';
import { CentresMap } from '@/components/centres/centre-map';
import { Pagination } from '@/components/layout/pagination';
import { FilterPanelLink } from '@/components/projects/project-filter-form';
import { listCentreMarkers, listPublishedCentres } from '@/lib/data/centres';
import { dropUnknownCentreFilters, getCentreFacets } from '@/lib/data/centres-facets';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/seo';
import { socialMetadata } from '@/lib/social';
import {
  CENTRES_MAX_PAGE_SIZE,
  centreFiltersToQuery,
  parseCentreFilters,
  type CentreSearchParams,
} from '@/lib/validation/centre-filters';
import { pageSearchParams } from '@/lib/validation/query-params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<CentreSearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'centres' });
  const alternates = {
    ...alternatesFor('/resource-centres', locale),
    types: await centreFeedAlternate(searchParams, locale),
  };
  const social = await socialMetadata({
    title: t('title'),
    description: t('intro'),
    url: alternates.canonical,
    locale,
  });
  return { title: t('title'), description: t('intro'), alternates, ...social };
}

export default async function ResourceCentresPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('centres');
  const parsed = parseCentreFilters(pageSearchParams(await searchParams));
  const known = await dropUnknownCentreFilters(parsed.filters);
  const filters = known.filters;
  const issues = [...parsed.issues, ...known.issues];
  const [facets, result, markers] = await Promise.all([
    getCentreFacets(),
    listPublishedCentres(filters, locale),
    listCentreMarkers(filters),
  ]);
  const apiQuery = new URLSearchParams();
  for (const [key, value] of Object.entries(centreFiltersToQuery(filters)))
    for (const v of [value].flat()) apiQuery.append(key, v);

  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <CentreFilterIssues issues={issues} />
      {/* Results first (on phones the filters follow them); from lg the filters are the left column. */}
      <div className="mt-6 grid grid-cols-1 gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <section aria-labelledby="results" className="min-w-0 lg:col-start-2 lg:row-start-1">
          <h2 id="results" className="scroll-mt-4 text-lg font-semibold" aria-live="polite" data-testid="result-count">
            {t('resultCount', { count: result.total })}
          </h2>
          <CentreFilterChips locale={locale} filters={filters} facets={facets} />
          <FollowLink href={centreFeedHref(filters, locale)} locale={locale} />
          <FilterPanelLink label={t('filtersToggle', { count: activeCentreFilterCount(filters) })} />
          {result.total > 0 && (
            <p className="no-print mt-2 text-sm">
              {/* No script: one page of up to 100 centres, whose entries print with their practical details. */}
              <Link
                href={{
                  pathname: '/resource-centres',
                  query: centreFiltersToQuery({ ...filters, page: 1, pageSize: CENTRES_MAX_PAGE_SIZE }),
                }}
                className="inline-flex min-h-11 items-center text-iom-blue underline"
                data-testid="print-list"
              >
                {t('printList')}
              </Link>{' '}
              {t('printHint')}
            </p>
          )}
          {result.items.length === 0 ? (
            <div className="mt-4 rounded border border-dashed border-slate-300 p-6">
              <p className="font-semibold">{t('emptyTitle')}</p>
              <p className="mt-1">{t('emptyHint')}</p>
              <p className="mt-3">
                <Link href="/resource-centres" className="inline-flex min-h-11 items-center text-iom-blue underline">
                  {t('emptyAction')}
                </Link>
              </p>
            </div>
          ) : (
            <>
              <CentreList items={result.items} locale={locale} now={new Date()} />
              <Pagination
                pathname="/resource-centres"
                queryFor={(p) => centreFiltersToQuery({ ...filters, page: p })}
                page={result.page}
                pageCount={result.pageCount}
              />
              <CentresMap centres={markers} locale={locale} />
            </>
          )}
          <p className="no-print mt-6 text-sm">
            <span className="font-semibold">{t('apiLinks')}: </span>
            <a
              href={`/api/v1/resource-centres${apiQuery.size ? `?${apiQuery}` : ''}`}
              className="inline-flex min-h-11 items-center text-iom-blue underline"
            >
              {t('jsonLink')}
            </a>
            {' · '}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON document of the API, not a page */}
            <a
              href="/api/v1/resource-centres?format=hsds"
              className="inline-flex min-h-11 items-center text-iom-blue underline"
            >
              {t('hsdsLink')}
            </a>
          </p>
        </section>
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <CentreFilterForm locale={locale} filters={filters} facets={facets} />
        </div>
      </div>
    </>
  );
}
