import { z } from 'zod';
import { type AppLocale } from '@/lib/i18n/routing';
import {
  API_DEFAULT_LANG,
  languageParam,
  param,
  parseQuery,
  type QueryIssue,
  type SearchParams,
} from '@/lib/validation/query-params';
import { PROJECT_FILTER_PARAMS } from '@/lib/validation/project-filters';

/** The charts of the project dashboard, in page order; each has its own CSV. */
export const DASHBOARD_CHARTS = [
  'region',
  'type',
  'status',
  'coverage',
  'startYear',
  'fundingYear',
  'country',
] as const;
export type DashboardChart = (typeof DASHBOARD_CHARTS)[number];

const { sort: _sort, page: _page, ...filterParams } = PROJECT_FILTER_PARAMS;

/** The list's filters that the dashboard's figures follow (the sort and the page say nothing about them). */
export const DASHBOARD_FILTER_PARAMS = filterParams;

/** The parameters of `GET /api/v1/projects/dashboard.csv` besides the list's filters. */
export const DASHBOARD_CSV_PARAMS = {
  chart: param(
    z.enum(DASHBOARD_CHARTS),
    false,
    'Required: which chart of the dashboard, e.g. `region` (budget and number of projects by region).',
  ),
  lang: languageParam('Language of the headers and labels'),
};

/** Parses the CSV's own parameters; a missing chart is reported like an invalid one, never thrown. */
export function parseDashboardCsvOptions(sp: SearchParams): {
  options: { chart: DashboardChart; lang: AppLocale } | null;
  issues: QueryIssue[];
} {
  const issues: QueryIssue[] = [];
  const parsed = parseQuery(DASHBOARD_CSV_PARAMS, sp, issues);
  if (parsed.chart === null && !issues.some((i) => i.param === 'chart')) issues.push({ param: 'chart', value: '' });
  const options = parsed.chart === null ? null : { chart: parsed.chart, lang: parsed.lang ?? API_DEFAULT_LANG };
  return { options, issues };
}
