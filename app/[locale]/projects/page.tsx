import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActiveFilterChips, activeProjectFilterCount } from '@/components/projects/active-filter-chips';
import { ExportLinks } from '@/components/projects/export-links';
import { FilterIssues } from '@/components/projects/filter-issues';
import { Pagination } from '@/components/layout/pagination';
import { ProjectCards } from '@/components/projects/project-cards';
import { FilterPanelLink, ProjectFilterForm } from '@/components/projects/project-filter-form';
import { ProjectTable } from '@/components/projects/project-table';
import { ProjectViewTools } from '@/components/projects/view-tools';
import { FollowLink, projectFeedAlternate } from '@/components/projects/follow-link';
import { projectFeedHref } from '@/lib/api/feed-links';
import { countProjectsWithFacets, queryProjectRecords } from '@/lib/data/projects';
import { countryNames, dropUnknownFilterValues, listProjectFilterOptions } from '@/lib/data/projects-options';
import { formatUsd } from '@/lib/format';
import { Link, redirect } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/seo';
import {
  hasEmptyValues,
  parseProjectFilters,
  projectFiltersToQuery,
  PROJECTS_PAGE_SIZE,
  type SearchParams,
} from '@/lib/validation/project-filters';
import { pageSearchParams } from '@/lib/validation/query-params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'projects' });
  const tl = await getTranslations({ locale, namespace: 'projectList' });
  return {
    title: t('title'),
    description: tl('intro'),
    alternates: { ...alternatesFor('/projects', locale), types: await projectFeedAlternate(searchParams, locale) },
  };
}

export default async function ProjectsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('projects');
  const tl = await getTranslations('projectList');
  const tf = await getTranslations('projectFilters');
  const sp = pageSearchParams(await searchParams);
  const { filters, issues } = parseProjectFilters(sp);
  // A submitted GET form also sends its empty fields (`q=&budgetMin=`): send the visitor to the same view's clean URL.
  if (issues.length === 0 && hasEmptyValues(sp)) {
    redirect({ href: { pathname: '/projects', query: projectFiltersToQuery(filters) }, locale });
  }
  await dropUnknownFilterValues(filters, issues);
  const [options, items, { total, totalBudgetUsd, facets }] = await Promise.all([
    listProjectFilterOptions(),
    queryProjectRecords(filters, locale, PROJECTS_PAGE_SIZE),
    countProjectsWithFacets(filters),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PROJECTS_PAGE_SIZE));
  const missing = filters.country.filter((c) => !options.countries.some((o) => o.slug === c));
  options.countries.push(...(await countryNames(missing)));

  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{tl('intro')}</p>
      <FilterIssues issues={issues} />
      {/* Results first (on phones the filters follow them); from lg the filters are the left column. */}
      <div className="mt-6 grid grid-cols-1 gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <section aria-labelledby="results" className="min-w-0 lg:col-start-2 lg:row-start-1">
          <h2
            id="results"
            className="scroll-mt-4 text-lg font-semibold"
            aria-live="polite"
            data-testid="result-summary"
          >
            {t('resultCount', { count: total })}
            {total > 0 && (
              <span className="font-normal"> · {t('resultBudget', { budget: formatUsd(totalBudgetUsd, locale) })}</span>
            )}
          </h2>
          <ActiveFilterChips locale={locale} filters={filters} options={options} />
          {total > 0 && (
            <p className="no-print mt-1">
              <Link
                href={{ pathname: '/projects/dashboard', query: projectFiltersToQuery({ ...filters, page: 1 }) }}
                className="inline-flex min-h-11 items-center font-semibold text-iom-blue underline"
                data-testid="dashboard-link"
              >
                {tl('dashboardLink')}
              </Link>
            </p>
          )}
          <FollowLink href={projectFeedHref(filters, locale)} locale={locale} />
          <FilterPanelLink label={tf('toggle', { count: activeProjectFilterCount(filters) })} />
          {items.length === 0 && total > 0 ? (
            <p className="mt-4 rounded border border-dashed border-slate-300 p-6" data-testid="page-beyond">
              {tl('pageBeyond', { page: filters.page, pages: pageCount })}{' '}
              <Link
                href={{ pathname: '/projects', query: projectFiltersToQuery({ ...filters, page: 1 }) }}
                className="inline-flex min-h-11 items-center text-iom-blue underline"
              >
                {tl('firstPage')}
              </Link>
            </p>
          ) : items.length === 0 ? (
            <div className="mt-4 rounded border border-dashed border-slate-300 p-6">
              <p className="font-semibold">{t('emptyTitle')}</p>
              <p className="mt-1">{t('emptyHint')}</p>
              <p className="mt-3">
                <Link href="/projects" className="inline-flex min-h-11 items-center text-iom-blue underline">
                  {t('emptyAction')}
                </Link>
              </p>
            </div>
          ) : (
            <>
              <ProjectCards items={items} locale={locale} />
              <ProjectTable items={items} locale={locale} />
              <Pagination
                pathname="/projects"
                queryFor={(p) => projectFiltersToQuery({ ...filters, page: p })}
                page={filters.page}
                pageCount={pageCount}
              />
            </>
          )}
          <ExportLinks filters={filters} locale={locale} total={total} />
          <ProjectViewTools filters={filters} locale={locale} pathname="/projects" />
        </section>
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <ProjectFilterForm locale={locale} filters={filters} options={options} facets={facets} />
        </div>
      </div>
    </>
  );
}
