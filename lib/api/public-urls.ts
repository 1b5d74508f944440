import { getEnv } from '@/lib/env';
import { routing, type AppLocale } from '@/lib/i18n/routing';

/** The public pages the API links to. */
type PublicPage = '/projects' | '/projects/[code]' | '/resource-centres' | '/resource-centres/[slug]';

/**
 * The absolute address of a public page on `SITE_URL` in a language (`key`: the project code or centre slug of a
 * record's page), with an optional query. The localised path of routing.ts, built by hand as the HSDS export does:
 * next-intl's navigation helpers are for pages.
 */
export function publicPageUrl(page: PublicPage, lang: AppLocale, key = '', query?: URLSearchParams): string {
  const path = routing.pathnames[page][lang].replace(/\[(?:code|slug)\]/, encodeURIComponent(key));
  const url = new URL(`/${lang}${path}`, getEnv().SITE_URL);
  if (query?.size) url.search = query.toString();
  return url.toString();
}

/** An API path (with its query) as an absolute address on `SITE_URL`. */
export function publicApiUrl(pathAndQuery: string): string {
  return new URL(pathAndQuery, getEnv().SITE_URL).toString();
}
