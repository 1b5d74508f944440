import 'server-only';
import { getReadDb } from '@/lib/db';
import { cursorBatches } from '@/lib/data/cursor';
import { Prisma } from '@/lib/generated/prisma/client';
import { projectModel } from '@/lib/content/project';
import {
  orderSql,
  type PublicRecord,
  RECORD_COLUMNS,
  RECORD_FROM,
  countSql,
  facetsSql,
  toPublicRecords,
  whereSql,
} from '@/lib/data/projects-sql';
import type { AppLocale } from '@/lib/i18n/routing';
import { PROJECTS_PAGE_SIZE, type ProjectFilters } from '@/lib/validation/project-filters';

/**
 * A published project as the list, the project page, the JSON API and the CSV export read it: every field of the
 * project model (lib/content/project.ts) in its public shape, and `updatedAt`.
 */
export type ProjectRecord = PublicRecord<typeof projectModel>;
export type ProjectListItem = ProjectRecord;

/** Counts per region slug and per status for the current query (each ignoring its own filter, so choices add up). */
export type ProjectFacets = { region: Record<string, number>; status: Record<string, number> };

export type ProjectListResult = {
  items: ProjectRecord[];
  total: number;
  totalBudgetUsd: string;
  page: number;
  pageSize: number;
  pageCount: number;
};

/** Matching rows in list order; `page` and `pageSize` limit them, or every row when `pageSize` is null (exports). */
export async function queryProjectRecords(
  filters: ProjectFilters,
  locale: AppLocale,
  pageSize: number | null,
): Promise<ProjectRecord[]> {
  const where = whereSql(filters);
  const order = orderSql(filters, locale);
  // A page: pick its ids first (an index can serve the order), then read the full rows of those 20 only.
  const scope =
    pageSize === null
      ? where
      : Prisma.sql`p.id IN (
    SELECT p.id FROM project p WHERE ${where} ORDER BY ${order}
    LIMIT ${pageSize}::int OFFSET ${(filters.page - 1) * pageSize}::int)`;
  const rows = await getReadDb().$queryRaw<Record<string, unknown>[]>`
    SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE ${scope} ORDER BY ${order}`;
  return toPublicRecords(getReadDb(), projectModel, rows);
}

/** How many rows an export reads at a time. */
const EXPORT_BATCH = 500;

/**
 * Matching rows in list order, a batch at a time (streamed exports), from a database cursor in one read-only
 * transaction (lib/data/cursor.ts): memory holds one batch whatever the number of rows, the first batch comes as soon
 * as the database has it, and the whole export is one consistent state of the content.
 */
export async function* projectRecordBatches(
  filters: ProjectFilters,
  locale: AppLocale,
  batchSize = EXPORT_BATCH,
): AsyncGenerator<ProjectRecord[]> {
  const query = Prisma.sql`SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE ${whereSql(filters)}
    ORDER BY ${orderSql(filters, locale)}`;
  for await (const rows of cursorBatches(query, batchSize)) {
    yield await toPublicRecords(getReadDb(), projectModel, rows);
  }
}

/** Number and total budget (2-decimal string) of every project matching the filters. */
export async function countProjects(filters: ProjectFilters): Promise<{ total: number; totalBudgetUsd: string }> {
  const [row] = await getReadDb().$queryRaw<{ total: number; totalBudgetUsd: string }[]>(countSql(filters));
  return { total: row?.total ?? 0, totalBudgetUsd: row?.totalBudgetUsd ?? '0.00' };
}

/** One page of published projects matching the filters, with the count and total budget of all matches. */
export async function listPublishedProjects(
  filters: ProjectFilters,
  locale: AppLocale,
  pageSize = PROJECTS_PAGE_SIZE,
): Promise<ProjectListResult> {
  const [items, stats] = await Promise.all([queryProjectRecords(filters, locale, pageSize), countProjects(filters)]);
  return {
    items,
    ...stats,
    page: filters.page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(stats.total / pageSize)),
  };
}

/**
 * Count and total budget of the matches, with counts per region and per status (each facet ignoring its own filter),
 * in one pass over the projects matching every other filter, or over their per-group counts (`project_stat`) when
 * the view is filtered by region, type, status and coverage at most.
 */
export async function countProjectsWithFacets(
  filters: ProjectFilters,
): Promise<{ total: number; totalBudgetUsd: string; facets: ProjectFacets }> {
  const rows = await getReadDb().$queryRaw<
    {
      gr: number;
      gs: number;
      region: string | null;
      status: string | null;
      n: number;
      budget: string;
      nRegion: number;
      nStatus: number;
    }[]
  >(facetsSql(filters));
  const facets: ProjectFacets = { region: {}, status: {} };
  let total = 0;
  let totalBudgetUsd = '0.00';
  for (const row of rows) {
    if (row.gr === 1 && row.gs === 1) [total, totalBudgetUsd] = [row.n, row.budget];
    else if (row.gs === 1 && row.region && row.nRegion > 0) facets.region[row.region] = row.nRegion;
    else if (row.gr === 1 && row.status && row.nStatus > 0) facets.status[row.status] = row.nStatus;
  }
  return { total, totalBudgetUsd, facets };
}

/** Counts per region and per status of the projects matching the filters (each facet ignoring its own filter). */
export async function countProjectFacets(filters: ProjectFilters): Promise<ProjectFacets> {
  return (await countProjectsWithFacets(filters)).facets;
}

export { getPublishedProject, type ProjectDetail } from '@/lib/data/projects-detail';
