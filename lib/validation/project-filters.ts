import { z } from 'zod';
import { PROJECT_STATUSES, type ProjectStatus } from '@/lib/domain/project';

export const PROJECT_SORTS = ['budget', '-budget', 'title'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

export const PROJECTS_PAGE_SIZE = 20;
const MAX_PAGE = 100_000;

const regionSlug = z.string().regex(/^[a-z0-9-]{1,64}$/);
const status = z.enum(PROJECT_STATUSES);
const sort = z.enum(PROJECT_SORTS);
const page = z.coerce.number().int().min(1).max(MAX_PAGE);

export type ProjectFilters = { region: string[]; status: ProjectStatus[]; sort: ProjectSort | null; page: number };
export type FilterIssue = { param: string; value: string };
export type SearchParams = Record<string, string | string[] | undefined>;

function values(sp: SearchParams, key: string): string[] {
  const raw = sp[key];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list.map((v) => v.trim()).filter((v) => v !== '');
}

function many<T>(sp: SearchParams, key: string, schema: z.ZodType<T>, issues: FilterIssue[]): T[] {
  const out: T[] = [];
  for (const value of values(sp, key)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      if (!out.includes(parsed.data)) out.push(parsed.data);
    } else issues.push({ param: key, value });
  }
  return out;
}

function one<T>(sp: SearchParams, key: string, schema: z.ZodType<T>, issues: FilterIssue[]): T | null {
  const [first] = values(sp, key);
  if (first === undefined) return null;
  const parsed = schema.safeParse(first);
  if (parsed.success) return parsed.data;
  issues.push({ param: key, value: first });
  return null;
}

/** Parses the project list's query string; invalid values are dropped and reported, never thrown. */
export function parseProjectFilters(sp: SearchParams): { filters: ProjectFilters; issues: FilterIssue[] } {
  const issues: FilterIssue[] = [];
  const filters: ProjectFilters = {
    region: many(sp, 'region', regionSlug, issues),
    status: many(sp, 'status', status, issues),
    sort: one(sp, 'sort', sort, issues),
    page: one(sp, 'page', page, issues) ?? 1,
  };
  return { filters, issues };
}

/** Serialises filters back to a query string object (multi-valued keys repeat), for links and pagination. */
export function projectFiltersToQuery(filters: Partial<ProjectFilters>): Record<string, string | string[]> {
  const q: Record<string, string | string[]> = {};
  if (filters.region?.length) q.region = filters.region;
  if (filters.status?.length) q.status = filters.status;
  if (filters.sort) q.sort = filters.sort;
  if (filters.page && filters.page > 1) q.page = String(filters.page);
  return q;
}
