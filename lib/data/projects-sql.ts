// Pure SQL builders (no database access, so scripts such as the benchmark can reuse them for EXPLAIN).
import { Prisma } from '@/lib/generated/prisma/client';
import type { AppLocale } from '@/lib/i18n/routing';
import type { MultiFilter, ProjectFilters } from '@/lib/validation/project-filters';

// SQL fragments of the one project query (list page, JSON API and CSV export). Every value is a bound parameter of a
// Prisma.sql tagged template; only fixed fragments chosen from the code below are ever concatenated.

// Ranking reads code, PRIMA ID and titles only: the full document is too costly to compute for every match.
const RANK_DOCUMENT = Prisma.sql`public.project_rank_document(p.code, p.prima_id, p.title_en, p.title_fr)`;

const searchQuery = (q: string) => Prisma.sql`public.project_search_query(${q}::text)`;

/** The region filter alone (TRUE when unset). */
export const regionSql = (f: ProjectFilters) =>
  f.region.length
    ? Prisma.sql`p.region_id IN (SELECT id FROM region WHERE slug IN (${Prisma.join(f.region)}))`
    : Prisma.sql`TRUE`;

/** The status filter alone (TRUE when unset). */
export const statusSql = (f: ProjectFilters) =>
  f.status.length
    ? Prisma.sql`p.status IN (${Prisma.join(f.status.map((s) => Prisma.sql`${s}::"ProjectStatus"`))})`
    : Prisma.sql`TRUE`;

/**
 * The WHERE clause of the published projects matching `filters`, optionally ignoring some multi-valued filters
 * (facets).
 */
export function whereSql(filters: ProjectFilters, without: MultiFilter[] = []): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`p.publication_state = 'published'`];
  const active = (key: MultiFilter) => !without.includes(key) && filters[key].length > 0;
  if (filters.q)
    parts.push(Prisma.sql`p.id IN (SELECT s.id FROM public.project_search_ids(${filters.q}::text) AS s(id))`);
  if (active('region')) parts.push(regionSql(filters));
  if (active('type'))
    parts.push(Prisma.sql`p.type_id IN (SELECT id FROM project_type WHERE slug IN (${Prisma.join(filters.type)}))`);
  if (active('status')) parts.push(statusSql(filters));
  if (active('coverage')) {
    parts.push(Prisma.sql`p.coverage IN (${Prisma.join(filters.coverage.map((c) => Prisma.sql`${c}::"Coverage"`))})`);
  }
  if (active('country')) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM project_country pc WHERE pc.project_id = p.id AND pc.country_code IN (${Prisma.join(filters.country)}))`,
    );
  }
  if (filters.budgetMin) parts.push(Prisma.sql`p.budget_usd >= ${filters.budgetMin}::numeric`);
  if (filters.budgetMax) parts.push(Prisma.sql`p.budget_usd <= ${filters.budgetMax}::numeric`);
  // Years overlap the range; a project with only one of its years known is taken to last that single year.
  if (filters.yearFrom !== null) parts.push(Prisma.sql`coalesce(p.end_year, p.start_year) >= ${filters.yearFrom}::int`);
  if (filters.yearTo !== null) parts.push(Prisma.sql`coalesce(p.start_year, p.end_year) <= ${filters.yearTo}::int`);
  if (filters.modifiedAfter) parts.push(Prisma.sql`p.updated_at > ${filters.modifiedAfter.toISOString()}::timestamptz`);
  return Prisma.join(parts, ' AND ');
}

/** ORDER BY for the sort, in the page language for titles; relevance first when searching without an explicit sort. */
export function orderSql(filters: ProjectFilters, locale: AppLocale): Prisma.Sql {
  const title =
    locale === 'fr' ? Prisma.sql`coalesce(p.title_fr, p.title_en)` : Prisma.sql`coalesce(p.title_en, p.title_fr)`;
  const titleKey = Prisma.sql`lower(public.project_search_unaccent(${title}))`;
  switch (filters.sort) {
    case 'budget':
      return Prisma.sql`p.budget_usd ASC NULLS LAST, p.code ASC`;
    case '-budget':
      return Prisma.sql`p.budget_usd DESC NULLS LAST, p.code ASC`;
    case 'title':
      return Prisma.sql`${titleKey} ASC NULLS LAST, p.code ASC`;
    case '-title':
      return Prisma.sql`${titleKey} DESC NULLS LAST, p.code ASC`;
    case 'start':
      return Prisma.sql`p.start_year ASC NULLS LAST, p.code ASC`;
    case '-start':
      return Prisma.sql`p.start_year DESC NULLS LAST, p.code ASC`;
    case 'end':
      return Prisma.sql`p.end_year ASC NULLS LAST, p.code ASC`;
    case '-end':
      return Prisma.sql`p.end_year DESC NULLS LAST, p.code ASC`;
    default:
      return filters.q
        ? Prisma.sql`ts_rank_cd(${RANK_DOCUMENT}, ${searchQuery(filters.q)}) DESC, p.code ASC`
        : Prisma.sql`p.end_year DESC NULLS LAST, p.code ASC`;
  }
}

/** The columns of a project row, with region, type and beneficiary country codes (in their recorded order). */
export const RECORD_COLUMNS = Prisma.sql`
  p.code, p.prima_id AS "primaId", p.title_en AS "titleEn", p.title_fr AS "titleFr",
  p.summary_en AS "summaryEn", p.summary_fr AS "summaryFr", p.status::text AS status, p.coverage::text AS coverage,
  p.budget_usd::text AS "budgetUsd", p.start_year AS "startYear", p.end_year AS "endYear", p.funding_year AS "fundingYear",
  p.updated_at AS "updatedAt",
  r.slug AS "regionSlug", r.name_en AS "regionEn", r.name_fr AS "regionFr",
  t.slug AS "typeSlug", t.name_en AS "typeEn", t.name_fr AS "typeFr",
  array(SELECT pc.country_code::text FROM project_country pc WHERE pc.project_id = p.id ORDER BY pc.position, pc.country_code) AS "countryCodes"`;

/** FROM clause matching RECORD_COLUMNS. */
export const RECORD_FROM = Prisma.sql`project p JOIN region r ON r.id = p.region_id JOIN project_type t ON t.id = p.type_id`;

/** A row as RECORD_COLUMNS returns it. */
export type RecordRow = {
  code: string;
  primaId: string | null;
  titleEn: string | null;
  titleFr: string | null;
  summaryEn: string | null;
  summaryFr: string | null;
  status: string;
  coverage: string;
  budgetUsd: string | null;
  startYear: number | null;
  endYear: number | null;
  fundingYear: number | null;
  updatedAt: Date | string;
  regionSlug: string;
  regionEn: string;
  regionFr: string;
  typeSlug: string;
  typeEn: string;
  typeFr: string;
  countryCodes: string[];
};
