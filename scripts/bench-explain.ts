// EXPLAIN ANALYZE of the project list queries (the same SQL builders as lib/data/projects.ts), for `npm run bench`.
import { PrismaPg } from '@prisma/adapter-pg';
import { countSql, facetsSql, orderSql, RECORD_COLUMNS, RECORD_FROM, whereSql } from '@/lib/data/projects-sql';
import { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { parseProjectFilters, PROJECTS_PAGE_SIZE, type SearchParams } from '@/lib/validation/project-filters';

/**
 * Prints the plans of the page, count and facet queries for each query string; returns the labels that seq-scan
 * `project`.
 */
export async function explainListQueries(connectionString: string, cases: [string, SearchParams][]): Promise<string[]> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  const seqScans: string[] = [];
  try {
    for (const [label, sp] of cases) {
      const f = parseProjectFilters(sp).filters;
      const queries: [string, Prisma.Sql][] = [
        [
          'page',
          Prisma.sql`SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE p.id IN (
          SELECT p.id FROM project p WHERE ${whereSql(f)} ORDER BY ${orderSql(f, 'en')}
          LIMIT ${PROJECTS_PAGE_SIZE}::int OFFSET ${(f.page - 1) * PROJECTS_PAGE_SIZE}::int) ORDER BY ${orderSql(f, 'en')}`,
        ],
        ['count + total budget (API)', countSql(f)],
        ['count, budget and facets (list page)', facetsSql(f)],
      ];
      for (const [name, sql] of queries) {
        // The statement text comes only from the fixed builders; every value stays a bound parameter.
        const rows = await prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
          `EXPLAIN (ANALYZE, COSTS OFF) ${sql.text}`,
          ...sql.values,
        );
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        console.log(`\n--- EXPLAIN ANALYZE ${label} — ${name}\n${plan}`);
        if (/Seq Scan on project p\b/.test(plan)) seqScans.push(`${label} — ${name}`);
      }
    }
  } finally {
    await prisma.$disconnect();
  }
  return seqScans;
}
