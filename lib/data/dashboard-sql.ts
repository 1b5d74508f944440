// SQL of the project dashboard (no database client of its own, so scripts such as the benchmark can reuse it). Every
// figure is an aggregate over whereSql, the WHERE clause of the project list, so the dashboard and the list can never
// disagree on which projects match; every value stays a bound parameter.
import { dbName, whereSql } from '@/lib/data/projects-sql';
import { Prisma } from '@/lib/generated/prisma/client';
import { localisedName, routing } from '@/lib/i18n/routing';
import type { ProjectFilters } from '@/lib/validation/project-filters';

/** How many beneficiary countries the country chart shows (largest budgets first). */
export const TOP_COUNTRIES = 10;

const NAMES = routing.locales.map((l) => localisedName('name', l));
const columnsOf = (table: string) => NAMES.map((name) => Prisma.raw(`${table}.${dbName(name)}`));
const alias = (name: string) => Prisma.raw(`"${name}"`);

// A reference row's names, one column per language (`"nameFr"`), from the first of `tables` that has the row.
function nameColumns(...tables: string[]): Prisma.Sql {
  const columns = tables.map(columnsOf);
  return Prisma.join(
    NAMES.map(
      (name, i) => Prisma.sql`coalesce(${Prisma.join(columns.map((c) => c[i] as Prisma.Sql))}) AS ${alias(name)}`,
    ),
  );
}

/**
 * One aggregation for the totals and the charts by region, type, status, coverage, start year and funding year: a
 * row per grouping set (`chart` names it, `total` for all matches) with its key (slug, status, coverage or year; null
 * for "not stated"), its names for regions and types, its number of projects and total budget, in decreasing budget.
 */
export function dashboardGroupsSql(filters: ProjectFilters): Prisma.Sql {
  const region = Prisma.join([Prisma.sql`r.slug`, ...columnsOf('r')]);
  const type = Prisma.join([Prisma.sql`t.slug`, ...columnsOf('t')]);
  return Prisma.sql`
    SELECT CASE WHEN grouping(r.slug) = 0 THEN 'region'
                WHEN grouping(t.slug) = 0 THEN 'type'
                WHEN grouping(p.status) = 0 THEN 'status'
                WHEN grouping(p.coverage) = 0 THEN 'coverage'
                WHEN grouping(p.start_year) = 0 THEN 'startYear'
                WHEN grouping(p.funding_year) = 0 THEN 'fundingYear'
                ELSE 'total' END AS chart,
           coalesce(r.slug, t.slug, p.status::text, p.coverage::text, p.start_year::text, p.funding_year::text) AS key,
           ${nameColumns('r', 't')},
           count(*)::int AS count,
           round(coalesce(sum(p.budget_usd), 0), 2)::text AS "budgetUsd",
           (count(*) FILTER (WHERE p.budget_usd IS NULL))::int AS "withoutBudget"
      FROM project p
      JOIN region r ON r.id = p.region_id
      JOIN project_type t ON t.id = p.type_id
     WHERE ${whereSql(filters)}
     GROUP BY GROUPING SETS ((), (${region}), (${type}), (p.status), (p.coverage), (p.start_year), (p.funding_year))
     ORDER BY chart, sum(p.budget_usd) DESC NULLS LAST, count(*) DESC, key`;
}

/**
 * The beneficiary countries of the matching projects with the largest budgets (a project counts in full for each
 * country it names), with their names, and how many countries the matches name in all (`countryCount`).
 */
export function dashboardCountriesSql(filters: ProjectFilters): Prisma.Sql {
  return Prisma.sql`
    SELECT c.code AS key, ${nameColumns('c')},
           count(*)::int AS count,
           round(coalesce(sum(p.budget_usd), 0), 2)::text AS "budgetUsd",
           (count(*) OVER ())::int AS "countryCount"
      FROM project p
      JOIN project_country bc ON bc.project_id = p.id
      JOIN country c ON c.code = bc.country_code
     WHERE ${whereSql(filters)}
     GROUP BY c.code
     ORDER BY sum(p.budget_usd) DESC NULLS LAST, count(*) DESC, c.code
     LIMIT ${TOP_COUNTRIES}::int`;
}
