import { z } from 'zod';
import { COVERAGES, PROJECT_STATUSES, type Coverage, type ProjectStatus } from '@/lib/domain/project';
import type { AppLocale } from '@/lib/i18n/routing';
import {
  API_DEFAULT_LANG,
  langParam,
  modifiedAfterParam,
  param,
  parseQuery,
  queryValues,
  type QueryIssue,
  type SearchParams as QuerySearchParams,
} from '@/lib/validation/query-params';

export { searchParamsToObject } from '@/lib/validation/query-params';

const PROJECT_SORTS = ['budget', '-budget', 'title', '-title', 'start', '-start', 'end', '-end'] as const;
type ProjectSort = (typeof PROJECT_SORTS)[number];

export const PROJECTS_PAGE_SIZE = 20;
const API_MAX_PAGE_SIZE = 100;
const MAX_PAGE = 100_000;

const slug = z.string().regex(/^[a-z0-9-]{1,64}$/);
const country = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .transform((v) => v.toUpperCase());
// numeric(14,2): up to 12 digits before the point, 2 after; no float ever.
const usd = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,2})?$/)
  .transform((v) => (v.includes('.') ? v : `${v}.00`).replace(/^0+(?=\d)/, ''));
const year = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(1900).max(2100));
const page = z
  .string()
  .regex(/^\d{1,6}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_PAGE));
// Control characters (NUL would make PostgreSQL fail) are read as spaces; nothing left means no search.
const searchText = z
  .string()
  .max(200)
  .transform((v) => v.replace(/\p{Cc}/gu, ' ').trim() || null);
const pageSize = z
  .string()
  .regex(/^\d{1,3}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(API_MAX_PAGE_SIZE));

/** The list filters (page and API): the one declaration both the parser and the OpenAPI document read. */
export const PROJECT_FILTER_PARAMS = {
  q: param(searchText, false, 'Full-text search in code, PRIMA ID, titles and summaries (accents and case ignored).'),
  region: param(slug, true, 'Region slug (see `/api/v1/regions`); repeat for several (any of them).'),
  status: param(z.enum(PROJECT_STATUSES), true, 'Project status; repeat for several.'),
  type: param(slug, true, 'Project type slug (see `/api/v1/project-types`); repeat for several.'),
  coverage: param(z.enum(COVERAGES), true, 'Geographic coverage; repeat for several.'),
  country: param(
    country,
    true,
    'ISO 3166-1 alpha-2 beneficiary country (see `/api/v1/countries`); repeat for several.',
  ),
  budgetMin: param(usd, false, 'Minimum budget in USD (up to 2 decimals).'),
  budgetMax: param(usd, false, 'Maximum budget in USD (up to 2 decimals); not below `budgetMin`.'),
  yearFrom: param(year, false, 'Projects running in or after this year.'),
  yearTo: param(year, false, 'Projects running in or before this year; not below `yearFrom`.'),
  sort: param(
    z.enum(PROJECT_SORTS),
    false,
    'Sort order (`-` for descending); by relevance when searching, else by end year.',
  ),
  page: param(page, false, 'Page number, from 1.'),
};

const API_FORMATS = ['json', 'csv', 'xlsx', 'iati'] as const;
const CSV_DELIMITERS = ['comma', 'semicolon'] as const;

/** Parameters of `GET /api/v1/projects/{code}`. */
export const PROJECT_DETAIL_PARAMS = {
  format: param(z.enum(['json', 'csv']), false, '`json` (default) or `csv`.'),
  lang: langParam,
};

/** The API-only parameters of `GET /api/v1/projects` (besides the filters). */
export const PROJECT_API_PARAMS = {
  format: param(
    z.enum(API_FORMATS),
    false,
    '`json` (default, paged), `csv`, `xlsx` (spreadsheet) or `iati` (IATI 2.03 XML): exports hold every matching row.',
  ),
  lang: langParam,
  delimiter: param(
    z.enum(CSV_DELIMITERS),
    false,
    'CSV only: `comma` (default) or `semicolon`, with decimal commas in numbers, as spreadsheet programs set to ' +
      'French (or another language writing decimals with a comma) read CSV.',
  ),
  pageSize: param(
    pageSize,
    false,
    `Items per page of the JSON list (1-${API_MAX_PAGE_SIZE}, default ${PROJECTS_PAGE_SIZE}).`,
  ),
  modifiedAfter: modifiedAfterParam,
};

export type ProjectFilters = {
  q: string | null;
  region: string[];
  status: ProjectStatus[];
  type: string[];
  coverage: Coverage[];
  country: string[];
  budgetMin: string | null;
  budgetMax: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  sort: ProjectSort | null;
  page: number;
  /** API only: records updated strictly after this instant. */
  modifiedAfter?: Date | null;
};
export type FilterIssue = QueryIssue;
export type SearchParams = QuerySearchParams;

export const MULTI_FILTERS = ['region', 'status', 'type', 'coverage', 'country'] as const;
export type MultiFilter = (typeof MULTI_FILTERS)[number];

/** Filters of the unfiltered list. */
export const EMPTY_FILTERS: ProjectFilters = {
  q: null,
  region: [],
  status: [],
  type: [],
  coverage: [],
  country: [],
  budgetMin: null,
  budgetMax: null,
  yearFrom: null,
  yearTo: null,
  sort: null,
  page: 1,
};

const toCents = (v: string) => BigInt(v.replace('.', ''));

/** Parses the project list's query string; invalid values are dropped and reported, never thrown. */
export function parseProjectFilters(sp: SearchParams): { filters: ProjectFilters; issues: FilterIssue[] } {
  const issues: FilterIssue[] = [];
  const parsed = parseQuery(PROJECT_FILTER_PARAMS, sp, issues);
  const filters: ProjectFilters = { ...parsed, page: parsed.page ?? 1 };
  if (filters.budgetMin && filters.budgetMax && toCents(filters.budgetMin) > toCents(filters.budgetMax)) {
    issues.push({ param: 'budgetMax', value: queryValues(sp, 'budgetMax')[0] ?? '', reason: 'range' });
    filters.budgetMax = null;
  }
  if (filters.yearFrom !== null && filters.yearTo !== null && filters.yearFrom > filters.yearTo) {
    issues.push({ param: 'yearTo', value: String(filters.yearTo), reason: 'range' });
    filters.yearTo = null;
  }
  return { filters, issues };
}

/** Serialises filters back to a query string object (multi-valued keys repeat), for links and pagination. */
export function projectFiltersToQuery(filters: Partial<ProjectFilters>): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (filters.q) query.q = filters.q;
  for (const key of MULTI_FILTERS) {
    const list = filters[key];
    if (list?.length) query[key] = [...list];
  }
  if (filters.budgetMin) query.budgetMin = filters.budgetMin.replace(/\.00$/, '');
  if (filters.budgetMax) query.budgetMax = filters.budgetMax.replace(/\.00$/, '');
  if (filters.yearFrom) query.yearFrom = String(filters.yearFrom);
  if (filters.yearTo) query.yearTo = String(filters.yearTo);
  if (filters.sort) query.sort = filters.sort;
  if (filters.page && filters.page > 1) query.page = String(filters.page);
  return query;
}

/** The same query as a URLSearchParams (for links outside next-intl, e.g. the API). */
export function projectFiltersToSearchParams(filters: Partial<ProjectFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(projectFiltersToQuery(filters))) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params;
}

/** Whether some parameter has an empty value (as a submitted GET form sends its empty fields). */
export function hasEmptyValues(sp: SearchParams): boolean {
  const isEmpty = (x: unknown) => typeof x === 'string' && x.trim() === '';
  return Object.values(sp).some((v) => (Array.isArray(v) ? v.some(isEmpty) : isEmpty(v)));
}

export type ApiOptions = {
  format: (typeof API_FORMATS)[number];
  lang: AppLocale;
  /** CSV only; commas when not given. */
  delimiter?: (typeof CSV_DELIMITERS)[number];
  pageSize: number;
  modifiedAfter?: Date;
};

/**
 * Parses the API-only parameters (`format`, `lang`, `delimiter`, `pageSize`, `modifiedAfter`), reporting invalid ones
 * like the filters.
 */
export function parseApiOptions(sp: SearchParams): { options: ApiOptions; issues: FilterIssue[] } {
  const issues: FilterIssue[] = [];
  const p = parseQuery(PROJECT_API_PARAMS, sp, issues);
  const options: ApiOptions = {
    format: p.format ?? 'json',
    lang: p.lang ?? API_DEFAULT_LANG,
    pageSize: p.pageSize ?? PROJECTS_PAGE_SIZE,
  };
  if (p.delimiter) options.delimiter = p.delimiter;
  if (p.modifiedAfter) options.modifiedAfter = p.modifiedAfter;
  return { options, issues };
}
