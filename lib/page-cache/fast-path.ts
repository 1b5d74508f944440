// Kept public pages (and API answers: their own headers, no nonce) answered before Next.js. A hit answered by the proxy
// (lib/page-cache/proxy.ts) still costs Next.js's routing, its middleware machinery and next-intl's locale routing:
// about 1 ms of the thread against 0.3 ms for a static file. Here the HTTP server's own `request` event (hooked in
// instrumentation.ts) is offered to the cache first, and a page the cache would serve at the content version known in
// memory (keptAnswer in lib/page-cache/state.ts) is written out directly, with what the proxy would have added: the
// security headers and a fresh nonce, the request id, the locale cookie next-intl would set. Anything else (no page
// kept, the version not known without the database, the database known to be out, an encoding other than gzip or none,
// the cache's own render request) is left to Next.js, which answers it as before. Only production servers keep pages
// (cacheKeyOf).
import type { IncomingMessage, ServerResponse } from 'node:http';
import Negotiator from 'negotiator';
import { isDatabaseKnownDown } from '@/lib/db-health';
import { LOCALE_PATH, negotiatedLocale } from '@/lib/i18n/locale-paths';
import { isEmbedRoute } from '@/lib/i18n/route-match';
import { cacheKeyOf, isApiKey, keptAnswer, pageCacheState, RENDER_HEADER } from '@/lib/page-cache/state';
import { knownContentVersion } from '@/lib/page-cache/version';
import { API_CSP, COMMON_SECURITY_HEADERS, createNonce, pageHeaders, requestIdFrom } from '@/lib/security/headers';

const LOCALE_COOKIE = 'NEXT_LOCALE';

function headerOf(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
}

// The value of a cookie of the request's Cookie header, null when absent (the same reading as Next.js's cookies).
function cookieOf(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

// The response encoding Next.js's compression would choose (its own rule over the same Accept-Encoding parser).
function encodingOf(acceptEncoding: string | null): string | undefined {
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding ?? undefined } });
  const chosen = negotiator.encoding(['gzip', 'deflate', 'identity']);
  return chosen === 'deflate' && negotiator.encoding(['gzip']) ? negotiator.encoding(['gzip', 'identity']) : chosen;
}

// next-intl's middleware (syncCookie) sets the locale cookie on a page load when the cookie names another locale, or
// when there is none and Accept-Language would have chosen another one.
function localeCookieFor(request: IncomingMessage, cookies: string | null, locale: string): string | null {
  const dest = headerOf(request, 'sec-fetch-dest');
  if (dest !== null && dest !== 'document') return null;
  const current = cookieOf(cookies, LOCALE_COOKIE);
  const differs =
    current === null ? negotiatedLocale(headerOf(request, 'accept-language')) !== locale : current !== locale;
  return differs ? `${LOCALE_COOKIE}=${locale}; Path=/; SameSite=lax` : null;
}

/**
 * Answers the request with a kept public page when it can (true), else leaves it untouched for Next.js (false); a
 * failure before anything was written leaves it to Next.js too.
 */
export function serveKeptPage(request: IncomingMessage, response: ServerResponse): boolean {
  try {
    return answer(request, response);
  } catch {
    return response.headersSent;
  }
}

function answer(request: IncomingMessage, response: ServerResponse): boolean {
  const url = request.url ?? '';
  if (!url.startsWith('/') || request.headers[RENDER_HEADER] !== undefined) return false;
  const query = url.indexOf('?');
  const pathname = query < 0 ? url : url.slice(0, query);
  const cookies = headerOf(request, 'cookie');
  const key = cacheKeyOf({
    method: request.method ?? '',
    pathname,
    search: query < 0 ? '' : url.slice(query),
    header: (name) => headerOf(request, name),
    hasCookie: (name) => cookieOf(cookies, name) !== null,
  });
  // While the database is known to be out, the proxy answers (kept pages as STALE, the rest 503).
  const version = key === null || isDatabaseKnownDown() ? null : knownContentVersion();
  if (key === null || version === null) return false;
  const kept = keptAnswer(key, version);
  const encoding = kept ? encodingOf(headerOf(request, 'accept-encoding')) : undefined;
  // A copy to serve while the page is rendered again: the proxy starts that render.
  if (!kept || kept.refresh || (encoding !== 'gzip' && encoding !== 'identity')) return false;
  const { page, outcome } = kept;

  // An API answer has no nonce (nor gaps for one), the API's policy and no locale cookie.
  const api = isApiKey(pathname);
  const nonce = api ? '' : createNonce();
  const embed = !api && isEmbedRoute(pathname);
  const { placeholder } = pageCacheState();
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of page.headers) headers[name] = api ? value : value.replaceAll(placeholder, nonce);
  Object.assign(
    headers,
    api ? { ...COMMON_SECURITY_HEADERS, 'Content-Security-Policy': API_CSP } : pageHeaders(nonce, false, embed),
  );
  // Next.js's compression varies every response on Accept-Encoding.
  const vary = typeof headers.vary === 'string' ? headers.vary : '';
  if (!/accept-encoding/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  const cookie = api || embed ? null : localeCookieFor(request, cookies, LOCALE_PATH.exec(pathname)?.[1] ?? '');
  if (cookie) headers['set-cookie'] = [cookie];
  headers['X-Request-Id'] = requestIdFrom(headerOf(request, 'x-request-id'));
  headers['X-Page-Cache'] = outcome;
  // Compressed when the page was kept: serving it compressed costs a copy, not a compression.
  const body = encoding === 'gzip' ? page.gzip(nonce) : page.body(nonce);
  if (encoding === 'gzip') headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = String(body.length);
  response.writeHead(200, headers);
  response.end(body);
  return true;
}
