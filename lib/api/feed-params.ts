import { CENTRE_FILTER_PARAMS } from '@/lib/validation/centre-filters';
import { PROJECT_FILTER_PARAMS } from '@/lib/validation/project-filters';
import { languageParam, type SearchParams } from '@/lib/validation/query-params';

// The Atom feeds of filtered views (GET /api/v1/projects/feed.atom, /api/v1/resource-centres/feed.atom): the list
// filters, and the feed's language. Page, sort and page size do not change which records a view holds: they are not
// parameters of a feed, and are ignored when a list's address is reused.

const { page: _page, sort: _sort, ...projectFeedFilters } = PROJECT_FILTER_PARAMS;
const { page: _centrePage, pageSize: _pageSize, ...centreFeedFilters } = CENTRE_FILTER_PARAMS;

/** The filters of a project feed (the list's, without page and sort). */
export const PROJECT_FEED_FILTER_PARAMS = projectFeedFilters;
/** The filters of a centre feed (the list's, without page and page size). */
export const CENTRE_FEED_FILTER_PARAMS = centreFeedFilters;
/** The feeds' own parameter. */
export const FEED_PARAMS = { lang: languageParam('Language of the feed (titles, changes, links)') };

/** A query without the list parameters a feed ignores. */
export function feedQuery(sp: SearchParams, ignored: readonly string[]): SearchParams {
  const out = Object.create(null) as SearchParams;
  for (const [key, value] of Object.entries(sp)) if (!ignored.includes(key)) out[key] = value;
  return out;
}
