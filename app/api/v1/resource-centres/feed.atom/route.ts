import { atomResponse } from '@/lib/api/atom-feed';
import { invalidParameters, withJsonErrors } from '@/lib/api/errors';
import { preflight } from '@/lib/api/http';
import { FEED_PARAMS, feedQuery } from '@/lib/api/feed-params';
import { centreFeedXml } from '@/lib/api/view-feeds';
import { dropUnknownCentreFilters } from '@/lib/data/centres-facets';
import { listCentreFeed } from '@/lib/data/feeds';
import { contentLastModified } from '@/lib/data/open-data';
import { centreFilterNames } from '@/lib/data/reference-names';
import { parseCentreFilters } from '@/lib/validation/centre-filters';
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
 * GET /api/v1/resource-centres/feed.atom: Atom feed of the published centres of a filtered view (the list's filters),
 * each with its latest public change, newest first, in `lang`.
 */
export async function GET(request: Request): Promise<Response> {
  return withJsonErrors(request, async () => {
    const sp = searchParamsToObject(new URL(request.url).searchParams);
    const issues: QueryIssue[] = [];
    const options = parseQuery(FEED_PARAMS, sp, issues);
    const parsed = parseCentreFilters(feedQuery(sp, ['page', 'pageSize']));
    const known = await dropUnknownCentreFilters(parsed.filters);
    const filterIssues = [...parsed.issues, ...known.issues].map((i) => ({ ...i, reason: i.reason ?? 'unknown' }));
    if (issues.length + filterIssues.length > 0) return invalidParameters([...issues, ...filterIssues]);
    const lang = options.lang ?? API_DEFAULT_LANG;
    const filters = known.filters;
    const [feed, names, lastModified] = await Promise.all([
      listCentreFeed(filters),
      centreFilterNames(filters),
      contentLastModified(),
    ]);
    return atomResponse(request, centreFeedXml({ feed, filters, names, lang, lastModified }), lastModified);
  });
}
