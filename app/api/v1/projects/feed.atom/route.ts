import { atomResponse } from '@/lib/api/atom-feed';
import { invalidParameters, withJsonErrors } from '@/lib/api/errors';
import { preflight } from '@/lib/api/http';
import { FEED_PARAMS, feedQuery } from '@/lib/api/feed-params';
import { projectFeedXml } from '@/lib/api/view-feeds';
import { listProjectFeed } from '@/lib/data/feeds';
import { contentLastModified } from '@/lib/data/open-data';
import { dropUnknownFilterValues } from '@/lib/data/projects-options';
import { projectFilterNames } from '@/lib/data/reference-names';
import { parseProjectFilters } from '@/lib/validation/project-filters';
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
 * GET /api/v1/projects/feed.atom: Atom feed of the published projects of a filtered view (the list's filters), each
 * with its latest public change, newest first, in `lang`.
 */
export async function GET(request: Request): Promise<Response> {
  return withJsonErrors(request, async () => {
    const sp = searchParamsToObject(new URL(request.url).searchParams);
    const issues: QueryIssue[] = [];
    const options = parseQuery(FEED_PARAMS, sp, issues);
    const { filters, issues: filterIssues } = parseProjectFilters(feedQuery(sp, ['page', 'sort']));
    await dropUnknownFilterValues(filters, filterIssues);
    if (issues.length + filterIssues.length > 0) return invalidParameters([...issues, ...filterIssues]);
    const lang = options.lang ?? API_DEFAULT_LANG;
    const [feed, names, lastModified] = await Promise.all([
      listProjectFeed(filters),
      projectFilterNames(filters),
      contentLastModified(),
    ]);
    return atomResponse(request, projectFeedXml({ feed, filters, names, lang, lastModified }), lastModified);
  });
}
