import { centreListJson } from '@/lib/api/centre-json';
import { invalidParameters, withJsonErrors } from '@/lib/api/errors';
import { preflight, publicJson } from '@/lib/api/http';
import { hsdsStreamResponse } from '@/lib/api/hsds';
import { listPublishedCentres } from '@/lib/data/centres';
import { centreDetailBatches, centreNoticesInForce } from '@/lib/data/centres-detail';
import { dropUnknownCentreFilters } from '@/lib/data/centres-facets';
import { contentLastModified } from '@/lib/data/open-data';
import { getEnv } from '@/lib/env';
import { routing } from '@/lib/i18n/routing';
import { CENTRE_API_PARAMS, parseCentreFilters } from '@/lib/validation/centre-filters';
import { API_DEFAULT_LANG, parseQuery, searchParamsToObject, type QueryIssue } from '@/lib/validation/query-params';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export {
  methodNotAllowed as DELETE,
  methodNotAllowed as PATCH,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
} from '@/lib/api/errors';

/**
 * Published centres: `{ data, total, page, pageSize }` with the list filters, or all of them as HSDS 3.0
 * (`format=hsds`, streamed a batch at a time).
 */
export async function GET(request: Request) {
  return withJsonErrors(request, async () => {
    const sp = searchParamsToObject(new URL(request.url).searchParams);
    const apiIssues: QueryIssue[] = [];
    const api = parseQuery(CENTRE_API_PARAMS, sp, apiIssues);
    if (apiIssues.length) return invalidParameters(apiIssues);
    const lang = api.lang ?? API_DEFAULT_LANG;
    if (api.format === 'hsds') {
      const siteUrl = getEnv().SITE_URL;
      // The localised path of routing.ts, built by hand: next-intl's navigation helpers are for pages.
      const path = routing.pathnames['/resource-centres/[slug]'][lang];
      const centreUrl = (slug: string) =>
        new URL(`/${lang}${path.replace('[slug]', encodeURIComponent(slug))}`, siteUrl).toString();
      // One instant for the whole export: the notices in force then are those its validator names and its alerts say.
      const now = new Date();
      const [lastModified, noticesInForce] = await Promise.all([contentLastModified(), centreNoticesInForce(now)]);
      const { search } = new URL(request.url);
      return hsdsStreamResponse(request, {
        batches: () => centreDetailBatches(api.modifiedAfter),
        opts: { locale: lang, siteUrl, centreUrl, now },
        lastModified,
        validator: ['hsds', search, lastModified?.toISOString() ?? '', ...noticesInForce].join('|'),
      });
    }
    const parsed = parseCentreFilters(sp);
    const known = await dropUnknownCentreFilters(parsed.filters);
    const issues = [...parsed.issues, ...known.issues];
    if (issues.length) return invalidParameters(issues.map((i) => ({ ...i, reason: i.reason ?? 'unknown' })));
    const result = await listPublishedCentres({ ...known.filters, modifiedAfter: api.modifiedAfter }, lang);
    const body = {
      data: result.items.map(centreListJson),
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
    };
    return publicJson(request, body, await contentLastModified());
  });
}
