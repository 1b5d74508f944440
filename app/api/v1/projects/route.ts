import { invalidParameters, withJsonErrors } from '@/lib/api/errors';
import { preflight, publicJson } from '@/lib/api/http';
import { csvStreamResponse } from '@/lib/api/project-csv';
import { iatiStreamResponse } from '@/lib/api/project-iati';
import { xlsxStreamResponse } from '@/lib/api/project-xlsx';
import { publicApiUrl } from '@/lib/api/public-urls';
import { projectFilterLines } from '@/lib/api/view-filters';
import { toApiProject } from '@/lib/api/project-json';
import { contentLastModified } from '@/lib/data/open-data';
import { listPublishedProjects, projectRecordBatches } from '@/lib/data/projects';
import { dropUnknownFilterValues } from '@/lib/data/projects-options';
import { projectFilterNames } from '@/lib/data/reference-names';
import { CATALOGUES } from '@/lib/i18n/catalogues';
import type { AppLocale } from '@/lib/i18n/routing';
import { parseApiOptions, parseProjectFilters, searchParamsToObject } from '@/lib/validation/project-filters';
import { API_DEFAULT_LANG } from '@/lib/validation/query-params';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
} from '@/lib/api/errors';

/** An export's file name in its language: the project list's title there, in plain letters (`projets.csv`). */
function exportFileName(lang: AppLocale, extension: 'csv' | 'xlsx'): string {
  const plain = CATALOGUES[lang].projects.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // A title in a script without Latin letters leaves nothing: the language code names the file instead.
  return `${plain || lang}.${extension}`;
}

/**
 * GET /api/v1/projects: the published projects matching the list page's filters, as JSON (paged), or CSV, xlsx or
 * IATI XML (all rows, streamed a batch at a time).
 */
export async function GET(request: Request): Promise<Response> {
  return withJsonErrors(request, async () => {
    const sp = searchParamsToObject(new URL(request.url).searchParams);
    const { filters, issues } = parseProjectFilters(sp);
    const { options, issues: optionIssues } = parseApiOptions(sp);
    await dropUnknownFilterValues(filters, issues);
    if (issues.length + optionIssues.length > 0) return invalidParameters([...issues, ...optionIssues]);
    filters.modifiedAfter = options.modifiedAfter ?? null;
    if (options.format === 'csv') {
      const lastModified = await contentLastModified();
      return csvStreamResponse(request, {
        batches: () => projectRecordBatches(filters, options.lang),
        lang: options.lang,
        delimiter: options.delimiter ?? 'comma',
        filename: exportFileName(options.lang, 'csv'),
        lastModified,
        validator: `csv|${new URL(request.url).search}|${lastModified?.toISOString() ?? ''}`,
      });
    }
    if (options.format === 'xlsx') {
      const lastModified = await contentLastModified();
      const url = new URL(request.url);
      return xlsxStreamResponse(request, {
        batches: () => projectRecordBatches(filters, options.lang),
        lang: options.lang,
        view: async () => ({
          filters: projectFilterLines(filters, await projectFilterNames(filters), options.lang),
          exportedAt: new Date(),
          source: publicApiUrl(`${url.pathname}${url.search}`),
        }),
        filename: exportFileName(options.lang, 'xlsx'),
        lastModified,
        validator: `${url.search}|${lastModified?.toISOString() ?? ''}`,
      });
    }
    if (options.format === 'iati') {
      const lastModified = await contentLastModified();
      return iatiStreamResponse(request, {
        batches: () => projectRecordBatches(filters, API_DEFAULT_LANG),
        lastModified,
        validator: `iati|${new URL(request.url).search}|${lastModified?.toISOString() ?? ''}`,
      });
    }
    const result = await listPublishedProjects(filters, API_DEFAULT_LANG, options.pageSize);
    const body = {
      data: result.items.map(toApiProject),
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      totalBudgetUsd: result.totalBudgetUsd,
    };
    return publicJson(request, body, await contentLastModified());
  });
}
