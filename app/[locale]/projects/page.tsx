import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FilterIssues } from '@/components/projects/filter-issues';
import { Pagination } from '@/components/projects/pagination';
import { ProjectFilterForm } from '@/components/projects/project-filter-form';
import { ProjectTable } from '@/components/projects/project-table';
import { listPublishedProjects } from '@/lib/data/projects';
import { listRegions } from '@/lib/data/reference';
import { formatUsd } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/seo';
import { parseProjectFilters, type SearchParams } from '@/lib/validation/project-filters';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'projects' });
  return { title: t('title'), description: t('intro'), alternates: alternatesFor('/projects', locale) };
}

export default async function ProjectsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('projects');
  const { filters, issues } = parseProjectFilters(await searchParams);
  const regions = await listRegions();
  // A well-formed but unknown region is reported like a malformed one rather than silently matching nothing.
  const known = new Set(regions.map((r) => r.slug));
  for (const slug of filters.region) if (!known.has(slug)) issues.push({ param: 'region', value: slug });
  filters.region = filters.region.filter((slug) => known.has(slug));
  const result = await listPublishedProjects(filters, locale);

  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <FilterIssues issues={issues} />
      <div className="mt-6 grid gap-8 lg:grid-cols-[18rem_1fr]">
        <ProjectFilterForm locale={locale} filters={filters} regions={regions} />
        <section aria-labelledby="results">
          <h2 id="results" className="text-lg font-semibold" aria-live="polite">
            {t('resultCount', { count: result.total })}
            {result.total > 0 && <span className="font-normal"> · {t('resultBudget', { budget: formatUsd(result.totalBudgetUsd, locale) })}</span>}
          </h2>
          {result.items.length === 0 ? (
            <div className="mt-4 rounded border border-dashed border-slate-300 p-6">
              <p className="font-semibold">{t('emptyTitle')}</p>
              <p className="mt-1">{t('emptyHint')}</p>
              <p className="mt-3">
                <Link href="/projects" className="text-iom-blue underline">{t('emptyAction')}</Link>
              </p>
            </div>
          ) : (
            <>
              <ProjectTable items={result.items} locale={locale} />
              <Pagination filters={filters} page={result.page} pageCount={result.pageCount} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
