import { dashboardChartCsv, dashboardCsvFileName } from '@/lib/api/dashboard-csv';
import { invalidParameters, withJsonErrors } from '@/lib/api/errors';
import { preflight } from '@/lib/api/http';
import { csvResponse } from '@/lib/api/project-csv';
import { getProjectDashboard } from '@/lib/data/dashboard';
import { contentLastModified } from '@/lib/data/open-data';
import { dropUnknownFilterValues } from '@/lib/data/projects-options';
import { parseDashboardCsvOptions } from '@/lib/validation/dashboard-params';
import { parseProjectFilters, searchParamsToObject } from '@/lib/validation/project-filters';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
} from '@/lib/api/errors';

/**
 * GET /api/v1/projects/dashboard.csv?chart=…&lang=…&(the list's filters): exactly the figures of one chart of the
 * project dashboard for those filters, as CSV.
 */
export async function GET(request: Request): Promise<Response> {
  return withJsonErrors(request, async () => {
    const sp = searchParamsToObject(new URL(request.url).searchParams);
    const { filters, issues } = parseProjectFilters(sp);
    const { options, issues: optionIssues } = parseDashboardCsvOptions(sp);
    await dropUnknownFilterValues(filters, issues);
    if (!options || issues.length + optionIssues.length > 0) return invalidParameters([...issues, ...optionIssues]);
    const figures = await getProjectDashboard(filters);
    const csv = dashboardChartCsv(options.chart, figures.charts[options.chart], options.lang);
    return csvResponse(request, csv, dashboardCsvFileName(options.chart, options.lang), await contentLastModified());
  });
}
