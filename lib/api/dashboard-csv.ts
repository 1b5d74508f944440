import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '@/lib/csv-formula';
import { stripControlCharacters } from '@/lib/control-characters';
import type { DashboardBar } from '@/lib/data/dashboard';
import { barLabel, chartColumns } from '@/lib/data/dashboard-labels';
import { CATALOGUES } from '@/lib/i18n/catalogues';
import type { AppLocale } from '@/lib/i18n/routing';
import type { DashboardChart } from '@/lib/validation/dashboard-params';

/**
 * Exactly the figures of one dashboard chart as CSV text with a UTF-8 BOM and CRLF line ends: what the bars count
 * (named in `lang`), the number of projects and the budget (a 2-decimal number), one row per bar in the chart's order.
 * Names that a spreadsheet would run as a formula start with a single quote.
 */
export function dashboardChartCsv(chart: DashboardChart, bars: DashboardBar[], lang: AppLocale): string {
  const rows = bars.map((bar) => [
    neutraliseFormula(stripControlCharacters(barLabel(chart, bar, lang))),
    bar.count,
    bar.budgetUsd,
  ]);
  return stringify([chartColumns(chart, lang), ...rows], { bom: true, record_delimiter: 'windows' });
}

/** The CSV's file name in its language, in plain letters: the dashboard's title and the chart's subject. */
export function dashboardCsvFileName(chart: DashboardChart, lang: AppLocale): string {
  const messages = CATALOGUES[lang].dashboard;
  const plain = `${messages.title} ${messages.columns[chart]}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // A language without Latin letters leaves nothing: the chart's name and the language code instead.
  return `${plain || `dashboard-${chart}-${lang}`}.csv`;
}
