// The words of the dashboard's figures in one language, read from the message catalogues, so the page's tables and
// the CSV files name every bar and column alike.
import type { DashboardBar } from '@/lib/data/dashboard';
import type { Coverage, ProjectStatus } from '@/lib/domain/project';
import { CATALOGUES } from '@/lib/i18n/catalogues';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';
import type { DashboardChart } from '@/lib/validation/dashboard-params';

/** What a bar counts, in `locale`: a region's, type's or country's name, a status, a coverage, a year, "not stated". */
export function barLabel(chart: DashboardChart, bar: DashboardBar, locale: AppLocale): string {
  const messages = CATALOGUES[locale];
  if (bar.names) return nameIn(bar.names, locale);
  if (bar.key === null) return messages.dashboard.notStated;
  if (chart === 'status') return messages.status[bar.key as ProjectStatus];
  if (chart === 'coverage') return messages.coverage[bar.key as Coverage];
  return bar.key;
}

/** The column headings of a chart's table and CSV: what the bars count, number of projects, budget. */
export function chartColumns(chart: DashboardChart, locale: AppLocale): [string, string, string] {
  const columns = CATALOGUES[locale].dashboard.columns;
  return [columns[chart], columns.count, columns.budgetUsd];
}

// Non-negative decimal strings compared exactly (longer integer part first, then digit by digit): money never goes
// through a float here.
function compareAmounts(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  const ia = ai.replace(/^0+(?=\d)/, '');
  const ib = bi.replace(/^0+(?=\d)/, '');
  if (ia.length !== ib.length) return ia.length - ib.length;
  const x = `${ia}.${af.padEnd(2, '0')}`;
  const y = `${ib}.${bf.padEnd(2, '0')}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The bar with the largest budget (the first of equals), or null when there is none. */
export function largestBar(bars: DashboardBar[]): DashboardBar | null {
  let best: DashboardBar | null = null;
  for (const bar of bars) if (!best || compareAmounts(bar.budgetUsd, best.budgetUsd) > 0) best = bar;
  return best;
}

/** Whether an amount is zero ("0.00"). */
export const isZeroAmount = (amount: string): boolean => !/[1-9]/.test(amount);
