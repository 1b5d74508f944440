import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EmbedProjects } from '@/components/embed/embed-projects';
import { countProjectsWithFacets, queryProjectRecords } from '@/lib/data/projects';
import { dropUnknownFilterValues } from '@/lib/data/projects-options';
import type { AppLocale } from '@/lib/i18n/routing';
import { absoluteUrl } from '@/lib/seo';
import { parseProjectFilters, projectFiltersToQuery, type SearchParams } from '@/lib/validation/project-filters';
import { pageSearchParams } from '@/lib/validation/query-params';

// The filtered list for an <iframe> on a donor's or a country office's site: the list's filters, compact, no site
// header (app/[locale]/layout.tsx), framable by any site (proxy.ts), no cookie, no script.
export const dynamic = 'force-dynamic';

/** How many projects the embedded list shows; the link under it leads to all of them on the portal. */
const EMBED_SIZE = 10;

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'embed' });
  return { title: t('metaTitle'), robots: { index: false, follow: true } };
}

export default async function EmbedProjectsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { filters, issues } = parseProjectFilters(pageSearchParams(await searchParams));
  await dropUnknownFilterValues(filters, issues);
  const [items, { total, totalBudgetUsd }] = await Promise.all([
    queryProjectRecords({ ...filters, page: 1 }, locale, EMBED_SIZE),
    countProjectsWithFacets(filters),
  ]);
  const query = projectFiltersToQuery({ ...filters, page: 1 });
  return (
    <EmbedProjects
      items={items}
      total={total}
      totalBudgetUsd={totalBudgetUsd}
      locale={locale}
      viewUrl={absoluteUrl({ pathname: '/projects', query }, locale)}
      projectUrl={(code) => absoluteUrl({ pathname: '/projects/[code]', params: { code } }, locale)}
    />
  );
}
