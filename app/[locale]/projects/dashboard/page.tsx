import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DashboardChart } from '@/components/dashboard/dashboard-chart';
import { ActiveFilterChips, activeProjectFilterCount } from '@/components/projects/active-filter-chips';
import { FilterIssues } from '@/components/projects/filter-issues';
import { FollowLink, projectFeedAlternate as feedAlternate } from '@/components/projects/follow-link';
import { ProjectViewTools } from '@/components/projects/view-tools';
import { projectFeedHref } from '@/lib/api/feed-links';
import { getProjectDashboard } from '@/lib/data/dashboard';
import { countryNames, dropUnknownFilterValues, listProjectFilterOptions } from '@/lib/data/projects-options';
import { formatUsd } from '@/lib/format';
import { Link, redirect } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/seo';
import { DASHBOARD_CHARTS, type DashboardChart as Chart } from '@/lib/validation/dashboard-params';
import {
  hasEmptyValues,
  parseProjectFilters,
  projectFiltersToQuery,
  projectFiltersToSearchParams,
  type ProjectFilters,
  type SearchParams,
} from '@/lib/validation/project-filters';
import { pageSearchParams } from '@/lib/validation/query-params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<SearchParams> };

const link = 'inline-flex min-h-11 items-center text-iom-blue underline';

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  return {
    title: t('title'),
    description: t('intro'),
    alternates: { ...alternatesFor('/projects/dashboard', locale), types: await feedAlternate(searchParams, locale) },
  };
}

// The CSV of one chart for the same filters (sort and page say nothing about the figures).
function csvHref(chart: Chart, filters: ProjectFilters, locale: AppLocale): string {
  const params = new URLSearchParams({ chart, lang: locale });
  for (const [key, value] of projectFiltersToSearchParams({ ...filters, sort: null, page: 1 }))
    params.append(key, value);
  return `/api/v1/projects/dashboard.csv?${params}`;
}

export default async function ProjectDashboardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('dashboard');
  const tp = await getTranslations('projects');
  const sp = pageSearchParams(await searchParams);
  const { filters, issues } = parseProjectFilters(sp);
  // The same clean address as the list's for a query with empty values (`q=&budgetMin=`).
  if (issues.length === 0 && hasEmptyValues(sp)) {
    redirect({ href: { pathname: '/projects/dashboard', query: projectFiltersToQuery(filters) }, locale });
  }
  await dropUnknownFilterValues(filters, issues);
  const [options, figures] = await Promise.all([listProjectFilterOptions(), getProjectDashboard(filters)]);
  const missing = filters.country.filter((c) => !options.countries.some((o) => o.slug === c));
  options.countries.push(...(await countryNames(missing)));
  const { total, totalBudgetUsd } = figures;

  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <FilterIssues issues={issues} />
      <section aria-labelledby="dashboard-summary" className="mt-6">
        {/* Worded as the list's result summary, so both show the same figures the same way. */}
        <h2 id="dashboard-summary" className="text-lg font-semibold" data-testid="dashboard-summary">
          {tp('resultCount', { count: total })}
          {total > 0 && (
            <span className="font-normal"> · {tp('resultBudget', { budget: formatUsd(totalBudgetUsd, locale) })}</span>
          )}
        </h2>
        {activeProjectFilterCount(filters) === 0 ? (
          <p className="mt-1">{t('filtersNone')}</p>
        ) : (
          <ActiveFilterChips locale={locale} filters={filters} options={options} pathname="/projects/dashboard" />
        )}
        {figures.withoutBudget > 0 && (
          <p className="mt-2 text-sm text-slate-700">{t('withoutBudget', { count: figures.withoutBudget })}</p>
        )}
        <p className="no-print mt-2">
          <Link href={{ pathname: '/projects', query: projectFiltersToQuery(filters) }} className={link}>
            {t('backToList')}
          </Link>
        </p>
        <FollowLink href={projectFeedHref(filters, locale)} locale={locale} />
      </section>
      {total === 0 ? (
        <div className="mt-6 rounded border border-dashed border-slate-300 p-6">
          <p className="font-semibold">{t('emptyTitle')}</p>
          <p className="mt-1">{t('emptyHint')}</p>
          <p className="mt-3">
            <Link href="/projects/dashboard" className={link}>
              {t('emptyAction')}
            </Link>
          </p>
        </div>
      ) : (
        <section aria-labelledby="dashboard-charts" className="mt-8">
          <h2 id="dashboard-charts" className="sr-only">
            {t('chartsHeading')}
          </h2>
          <div className="grid grid-cols-1 gap-10 lg:grid-cols-2">
            {DASHBOARD_CHARTS.map((chart) => (
              <DashboardChart
                key={chart}
                chart={chart}
                bars={figures.charts[chart]}
                totalBudgetUsd={totalBudgetUsd}
                countryCount={figures.countryCount}
                csvHref={csvHref(chart, filters, locale)}
                locale={locale}
              />
            ))}
          </div>
        </section>
      )}
      <ProjectViewTools filters={filters} locale={locale} pathname="/projects/dashboard" />
    </>
  );
}
