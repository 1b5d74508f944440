import { z } from 'zod';
import { CENTRE_KINDS, CENTRE_STATUSES, type CentreKind, type CentreStatus } from '@/lib/content/centre';
import {
  languageParam,
  modifiedAfterParam,
  param,
  parseQuery,
  type QueryIssue,
  type SearchParams,
} from '@/lib/validation/query-params';

export const CENTRES_PAGE_SIZE = 20;
/** The most centres one page (and the printable list) shows. */
export const CENTRES_MAX_PAGE_SIZE = 100;
const MAX_PAGE = 100_000;
export const CENTRE_QUERY_MAX = 200;

// Control characters (NUL would make PostgreSQL fail) are read as spaces; nothing left means no search. The words are
// found in PostgreSQL (public.centre_search_query), after unaccent, never here.
const text = z
  .string()
  .max(CENTRE_QUERY_MAX)
  .transform((q) => q.replace(/[\p{Cc}\s]+/gu, ' ').trim() || null);
const country = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .transform((v) => v.toUpperCase());
const slug = z.string().regex(/^[a-z0-9-]{1,64}$/);
const language = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .transform((v) => v.toLowerCase());
const page = z.coerce.number().int().min(1).max(MAX_PAGE);
const pageSize = z.coerce.number().int().min(1).max(CENTRES_MAX_PAGE_SIZE);

/** The list filters (page and API): the one declaration both the parser and the OpenAPI document read. */
export const CENTRE_FILTER_PARAMS = {
  q: param(
    text,
    false,
    'Full-text search in names, descriptions, locality, area and operator (accents and case ignored).',
  ),
  country: param(
    country,
    true,
    'ISO 3166-1 alpha-2 country (see `/api/v1/countries`); repeat for several (any of them).',
  ),
  service: param(slug, true, 'Service slug (see `/api/v1/services`); repeat for centres offering every one of them.'),
  kind: param(z.enum(CENTRE_KINDS), true, 'Kind of centre; repeat for several.'),
  status: param(z.enum(CENTRE_STATUSES), true, 'Operating status; repeat for several.'),
  language: param(language, true, 'ISO 639-1 language spoken at the centre; repeat for several.'),
  page: param(page, false, 'Page number, from 1.'),
  pageSize: param(pageSize, false, `Items per page (1-${CENTRES_MAX_PAGE_SIZE}, default ${CENTRES_PAGE_SIZE}).`),
};

const CENTRE_API_FORMATS = ['json', 'hsds'] as const;

/** The API-only parameters of `GET /api/v1/resource-centres` (besides the filters). */
export const CENTRE_API_PARAMS = {
  format: param(
    z.enum(CENTRE_API_FORMATS),
    false,
    '`json` (default, paged) or `hsds`: every published centre as one Open Referral HSDS 3.0 page (filters ignored).',
  ),
  lang: languageParam('Language of the HSDS export'),
  modifiedAfter: modifiedAfterParam,
};

export type CentreFilters = {
  q: string | null;
  country: string[];
  service: string[];
  kind: CentreKind[];
  status: CentreStatus[];
  language: string[];
  page: number;
  pageSize: number;
  /** API only: centres updated strictly after this instant. */
  modifiedAfter?: Date | null;
};
export type CentreFilterIssue = QueryIssue;
export type CentreSearchParams = SearchParams;

/** Parses the centre list's query string (page and API); invalid values are dropped and reported, never thrown. */
export function parseCentreFilters(sp: CentreSearchParams): { filters: CentreFilters; issues: CentreFilterIssue[] } {
  const issues: CentreFilterIssue[] = [];
  const p = parseQuery(CENTRE_FILTER_PARAMS, sp, issues);
  return { filters: { ...p, page: p.page ?? 1, pageSize: p.pageSize ?? CENTRES_PAGE_SIZE }, issues };
}

/** Serialises filters back to a query string object (multi-valued keys repeat), for links and pagination. */
export function centreFiltersToQuery(filters: Partial<CentreFilters>): Record<string, string | string[]> {
  const q: Record<string, string | string[]> = {};
  if (filters.q) q.q = filters.q;
  for (const key of ['country', 'service', 'kind', 'status', 'language'] as const) {
    const list = filters[key];
    if (list?.length) q[key] = [...list];
  }
  if (filters.pageSize && filters.pageSize !== CENTRES_PAGE_SIZE) q.pageSize = String(filters.pageSize);
  if (filters.page && filters.page > 1) q.page = String(filters.page);
  return q;
}
