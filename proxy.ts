import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { hasSessionCookie } from '@/lib/auth/session-cookies';
import { isMissingPublicPage } from '@/lib/data/public-pages';
import { isDatabaseUp } from '@/lib/db-health';
import { getEnv } from '@/lib/env';
import { linksOnSiteOrigin } from '@/lib/i18n/alternate-links';
import { ADMIN_PATH, LOCALE_PATH, localeOfRequest, LOGIN_PATH, loginPath } from '@/lib/i18n/locale-paths';
import { malformedPathResponse } from '@/lib/i18n/malformed-path';
import { cacheRenderNonce, isCacheRender, isKeptPage, pageCacheKey, servePublicPage } from '@/lib/page-cache/proxy';
import { PAGE_URL_HEADER } from '@/lib/i18n/page-url';
import { isEmbedRoute } from '@/lib/i18n/route-match';
import { localeOr, routing, type AppLocale } from '@/lib/i18n/routing';
import { refusedPost } from '@/lib/security/action-guard';
import { settleForwardedHeaders, parseTrustedProxies } from '@/lib/security/forwarded';
import { API_CSP, COMMON_SECURITY_HEADERS, createNonce, pageHeaders, requestIdFrom } from '@/lib/security/headers';
import { unavailableJson, unavailablePage } from '@/lib/security/unavailable';

// Every request passes here: forwarding headers believed only from trusted proxies, a request id, security headers with
// a per-request CSP nonce, a clean 503 while the database is unreachable, locale negotiation, localised path rewriting
// and public pages from the page cache. Authorisation never lives here: admin pages, actions and data functions check
// the role themselves. For staff pages the proxy only adds `Cache-Control: no-store` and, as a convenience, sends a
// visitor without any session cookie to the login page.
const intl = createMiddleware(routing);

// Liveness and readiness must answer whatever the database does.
const PROBES = /^\/api\/(health|ready)\/?$/;
// Served by route handlers, not pages: no locale, no nonce.
const NOT_PAGES = /^\/(api\/|sitemap\.xml$|robots\.txt$)/;
const DEV = process.env.NODE_ENV === 'development';
const TRUSTED = parseTrustedProxies(getEnv().TRUSTED_PROXIES);
const SITE_URL = getEnv().SITE_URL;

// The path's locale, else the one next-intl's redirect of the path would choose from Accept-Language.
function localeOf(request: NextRequest): AppLocale {
  return localeOfRequest(request.nextUrl.pathname, request.headers.get('accept-language'));
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// The API's JSON answers come from the page cache as pages do (lib/page-cache/state.ts says which).
async function api(request: NextRequest, requestId: string, headers: Record<string, string>): Promise<Response> {
  const all = { ...headers, 'Content-Security-Policy': API_CSP };
  const forwarded = new Headers(request.headers);
  forwarded.set('x-request-id', requestId);
  const routed = NextResponse.next({ request: { headers: forwarded } });
  if (PROBES.test(request.nextUrl.pathname)) return withHeaders(routed, all);
  const cacheRender = isCacheRender(request);
  const databaseUp = await isDatabaseUp();
  const unavailable = () => unavailableJson(all);
  // During an outage only answers already in the cache can still be given.
  if (!databaseUp && (cacheRender || pageCacheKey(request) === null)) return unavailable();
  const cached = cacheRender ? null : await servePublicPage(request, routed, '', { databaseUp, unavailable });
  return withHeaders(cached ?? routed, all);
}

function staffPage(request: NextRequest, admin: RegExpExecArray): NextResponse {
  if (!hasSessionCookie(request.cookies) && !LOGIN_PATH.test(request.nextUrl.pathname) && request.method === 'GET') {
    // The login page in the language of the path: /es/admin/proyectos → /es/admin/acceso.
    return NextResponse.redirect(new URL(loginPath(localeOr(admin[1])), request.url), 303);
  }
  return intl(request);
}

/**
 * The 404 page, rendered on the server in the address's language, for a page address under a locale that names no
 * page or no published record; null otherwise (and when the check itself fails: the page then decides).
 */
async function missingPage(request: NextRequest): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl;
  const locale = LOCALE_PATH.exec(pathname)?.[1];
  if (!locale || (request.method !== 'GET' && request.method !== 'HEAD')) return null;
  try {
    if (!(await isMissingPublicPage(pathname))) return null;
  } catch {
    return null;
  }
  return NextResponse.rewrite(new URL(`/${locale}/page-not-found`, request.url), { status: 404 });
}

export default async function proxy(request: NextRequest): Promise<Response> {
  // Before anything reads them: X-Forwarded-For becomes the one client address, X-Forwarded-Host/-Proto are kept only
  // from a trusted proxy (request headers changed here are what pages, actions and route handlers see).
  settleForwardedHeaders(request.headers, TRUSTED);
  const requestId = requestIdFrom(request.headers.get('x-request-id'));
  const base = { ...COMMON_SECURITY_HEADERS, 'X-Request-Id': requestId };
  // Paths Next.js cannot route (malformed percent-encoding, an encoded `%`) would be a bare 500: a 404 instead.
  const malformed = malformedPathResponse(request);
  if (malformed) return withHeaders(malformed, base);
  if (NOT_PAGES.test(request.nextUrl.pathname)) return api(request, requestId, base);
  // A form post too large or from another site: Next.js would fail the action with a 500.
  const refused = refusedPost(request, localeOf(request));
  if (refused) return withHeaders(refused, base);

  // The page cache's own render of a page gets its placeholder nonce, replaced by a fresh one in every response.
  const cacheRender = isCacheRender(request);
  const nonce = cacheRender ? cacheRenderNonce() : createNonce();
  // Embeddable pages may be framed by any site (and set no cookie); every other page refuses framing.
  const embed = isEmbedRoute(request.nextUrl.pathname);
  const headers = { ...pageHeaders(nonce, DEV, embed), 'X-Request-Id': requestId };
  const csp = headers['Content-Security-Policy'];
  const databaseUp = await isDatabaseUp();
  const unavailable = () => unavailablePage(localeOf(request), headers);
  // During an outage only public pages already in the page cache can still be answered.
  if (!databaseUp && (cacheRender || pageCacheKey(request) === null)) return unavailable();
  // Next.js reads the nonce for its own scripts from the request's CSP header; pages can read x-nonce.
  request.headers.set('content-security-policy', csp);
  request.headers.set('x-nonce', nonce);
  request.headers.set('x-request-id', requestId);
  // The address as asked, for links to the same page in the other languages (components/layout/language-switcher).
  request.headers.set(PAGE_URL_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const admin = ADMIN_PATH.exec(request.nextUrl.pathname);
  // A page kept by the cache for the current content version exists: no lookup for it.
  const missing = !admin && databaseUp && !(await isKeptPage(request)) ? await missingPage(request) : null;
  const response = admin ? staffPage(request, admin) : (missing ?? intl(request));
  const alternates = response.headers.get('link');
  if (alternates) response.headers.set('link', linksOnSiteOrigin(alternates, SITE_URL));
  if (admin) response.headers.set('Cache-Control', 'no-store');
  const cached =
    admin || cacheRender ? null : await servePublicPage(request, response, nonce, { databaseUp, unavailable });
  const answer = withHeaders(cached ?? response, headers);
  if (embed) answer.headers.delete('set-cookie');
  return answer;
}

export const config = {
  // Project codes contain a dot (PX.0220), so only real static-file extensions are skipped; API routes, the sitemap
  // and robots.txt pass here too (headers and the database check).
  matcher: ['/((?!_next|_vercel|.*\\.(?:ico|png|svg|jpe?g|webp|css|js|map|woff2?|webmanifest)$).*)'],
};
