import 'server-only';
import { dashboardCountriesSql, dashboardGroupsSql } from '@/lib/data/dashboard-sql';
import { getReadDb } from '@/lib/db';
import { COVERAGES, PROJECT_STATUSES } from '@/lib/domain/project';
import { NAME_SELECT, type LocalisedNames } from '@/lib/i18n/routing';
import type { DashboardChart } from '@/lib/validation/dashboard-params';
import type { ProjectFilters } from '@/lib/validation/project-filters';

/**
 * One bar of a dashboard chart: what it counts (a region or type slug, a status, a coverage, a year, a country code;
 * null for "not stated"), its names when it is a reference row, the number of matching projects and their total
 * budget (2-decimal string; projects without a budget count as none).
 */
export type DashboardBar = { key: string | null; names: LocalisedNames | null; count: number; budgetUsd: string };

/** The figures of the dashboard of one filtered view of the projects. */
export type DashboardFigures = {
  total: number;
  totalBudgetUsd: string;
  /** Matching projects without a stated budget (counted in every number of projects, in no budget). */
  withoutBudget: number;
  /** Beneficiary countries the matches name in all (the country chart shows the largest budgets only). */
  countryCount: number;
  charts: Record<DashboardChart, DashboardBar[]>;
};

type Row = { key: string | null; count: number; budgetUsd: string } & { [K in keyof LocalisedNames]: string | null };
type GroupRow = Row & { chart: Exclude<DashboardChart, 'country'> | 'total'; withoutBudget: number };

const NAME_KEYS = Object.keys(NAME_SELECT) as (keyof LocalisedNames)[];

function barOf(row: Row): DashboardBar {
  const named = NAME_KEYS.every((k) => row[k] !== null);
  const names = named ? (Object.fromEntries(NAME_KEYS.map((k) => [k, row[k]])) as LocalisedNames) : null;
  return { key: row.key, names, count: row.count, budgetUsd: row.budgetUsd };
}

// Bars in a fixed order of their keys (statuses, coverages), or by year with "not stated" last; the SQL gives the
// others in decreasing budget.
const inOrder = (bars: DashboardBar[], order: readonly string[]) =>
  [...bars].sort((a, b) => order.indexOf(a.key ?? '') - order.indexOf(b.key ?? ''));
const byYear = (bars: DashboardBar[]) =>
  [...bars].sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : Number(a.key) - Number(b.key)));

/**
 * Totals and every chart of the dashboard for the list's filters: two aggregations over the list's WHERE clause (one
 * for the totals, regions, types, statuses, coverages and years; one for the countries).
 */
export async function getProjectDashboard(filters: ProjectFilters): Promise<DashboardFigures> {
  const db = getReadDb();
  const [groups, countries] = await Promise.all([
    db.$queryRaw<GroupRow[]>(dashboardGroupsSql(filters)),
    db.$queryRaw<(Row & { countryCount: number })[]>(dashboardCountriesSql(filters)),
  ]);
  const of = (chart: GroupRow['chart']) => groups.filter((g) => g.chart === chart).map(barOf);
  const total = groups.find((g) => g.chart === 'total');
  return {
    total: total?.count ?? 0,
    totalBudgetUsd: total?.budgetUsd ?? '0.00',
    withoutBudget: total?.withoutBudget ?? 0,
    countryCount: countries[0]?.countryCount ?? 0,
    charts: {
      region: of('region'),
      type: of('type'),
      status: inOrder(of('status'), PROJECT_STATUSES),
      coverage: inOrder(of('coverage'), COVERAGES),
      startYear: byYear(of('startYear')),
      fundingYear: byYear(of('fundingYear')),
      country: countries.map(barOf),
    },
  };
}
