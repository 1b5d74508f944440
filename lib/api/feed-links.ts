// Addresses of the Atom feeds of filtered views, for the list and dashboard pages (`<link rel="alternate">` and the
// "Follow this view" link) and for the feeds' own ids. No server-only import: pages and components call them.
import type { AppLocale } from '@/lib/i18n/routing';
import { centreFiltersToQuery, type CentreFilters } from '@/lib/validation/centre-filters';
import { projectFiltersToSearchParams, type ProjectFilters } from '@/lib/validation/project-filters';

/** Path of the projects feed. */
const PROJECT_FEED_PATH = '/api/v1/projects/feed.atom';
/** Path of the resource-centres feed. */
const CENTRE_FEED_PATH = '/api/v1/resource-centres/feed.atom';
/** Media type of the feeds, for `<link rel="alternate" type=…>`. */
export const ATOM_TYPE = 'application/atom+xml';

/** A project view's filters as a query: page and sort left out, they do not change which projects it holds. */
export function projectViewParams(filters: Partial<ProjectFilters>): URLSearchParams {
  return projectFiltersToSearchParams({ ...filters, sort: null, page: 1 });
}

/** A centre view's filters as a query: page and page size left out. */
export function centreViewParams(filters: Partial<CentreFilters>): URLSearchParams {
  const params = new URLSearchParams();
  const query = centreFiltersToQuery({ ...filters, page: 1, pageSize: undefined });
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params;
}

/** The Atom feed of a filtered project view in a language (relative address, as the pages link). */
export function projectFeedHref(filters: Partial<ProjectFilters>, locale: AppLocale): string {
  const params = projectViewParams(filters);
  params.set('lang', locale);
  return `${PROJECT_FEED_PATH}?${params}`;
}

/** The Atom feed of a filtered centre view in a language (relative address, as the pages link). */
export function centreFeedHref(filters: Partial<CentreFilters>, locale: AppLocale): string {
  const params = centreViewParams(filters);
  params.set('lang', locale);
  return `${CENTRE_FEED_PATH}?${params}`;
}
