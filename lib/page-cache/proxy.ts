// A cache of rendered public pages (and the API's JSON answers) in front of Next.js, used by the proxy. Rendering a
// page costs tens of milliseconds of the single Node.js thread while serving a stored one costs well under one, so
// popular pages (the list with a donor's filters, a project page) are rendered once per content change rather than
// once per visitor.
//
// Correctness rests on two things:
// - Every entry carries the content version it was rendered at. The version is known from the database on each
//   request and bumped by triggers in the same transaction as any public change, so an edit made through any instance
//   (or an import, or plain SQL) makes every instance's copies stale at commit: nothing outlives an edit elsewhere.
//   One exception, bounded: a page kept for an earlier version is served as it is (`UPDATING`) while it is rendered
//   again in the background (nobody waits for that render), and until it is PAGE_RENDER_INTERVAL_MS (default one
//   second) old, so a stream of edits does not render every public page after each one; never once it is a minute
//   old (lib/page-cache/state.ts, keptAnswer).
// - Each response still gets its own CSP nonce: pages are rendered with a placeholder nonce known only to this
//   process and the placeholder is replaced by the response's fresh nonce when served.
import type { NextRequest } from 'next/server';
import { isDatabaseUp } from '@/lib/db-health';
import { linkWithoutScripts, withoutClientRuntime } from '@/lib/page-cache/light-html';
import {
  cacheKeyOf,
  inTurn,
  isApiKey,
  keptAnswer,
  pageCacheState as state,
  RENDER_HEADER,
  type Rendered,
} from '@/lib/page-cache/state';
import type { CachedPage } from '@/lib/page-cache/store';
import { askToRender, isShareMessage, keepShared, renderElsewhere, shareKept } from '@/lib/page-cache/share';
import { readContentVersion } from '@/lib/page-cache/version';

const KEPT_HEADERS = ['content-type', 'cache-control', 'vary', 'link', 'location', 'content-language', 'retry-after'];
// An API answer's validators and cross-origin headers go with it (its handler set them on the body kept).
const KEPT_API_HEADERS = [
  'content-type',
  'cache-control',
  'vary',
  'etag',
  'last-modified',
  'access-control-allow-origin',
  'access-control-expose-headers',
];

// How long a process serves a page as it was after asking the page's owner to render it, before asking again.
const OWNER_WAIT_MS = 10_000;

// Renders and copies from the other server processes (lib/page-cache/share.ts), listened to once per process.
const globalForShare = globalThis as unknown as { pageCacheShare?: boolean };
if (process.send && !globalForShare.pageCacheShare) {
  globalForShare.pageCacheShare = true;
  process.on('message', (message) => {
    if (!isShareMessage(message)) return;
    if (message.op === 'kept') keepShared(message.key, message.page);
    else if (!state().refreshing.has(message.key)) refresh(message.key);
  });
}

/**
 * True for the page cache's own request rendering a page (it must get the placeholder nonce and not be cached again).
 */
export function isCacheRender(request: NextRequest): boolean {
  const given = request.headers.get(RENDER_HEADER);
  return given !== null && given === state().secret;
}

/** The nonce pages are rendered with for the cache; replaced by each response's own nonce when served. */
export function cacheRenderNonce(): string {
  return state().placeholder;
}

/** The cache key of a request when its page may come from the cache, else null. */
export function pageCacheKey(request: NextRequest): string | null {
  const { pathname, search } = request.nextUrl;
  return cacheKeyOf({
    method: request.method,
    pathname,
    search,
    header: (name) => request.headers.get(name),
    hasCookie: (name) => request.cookies.has(name),
  });
}

/** Whether the request's page is kept for the current content version (so it exists: it was rendered with 200). */
export async function isKeptPage(request: NextRequest): Promise<boolean> {
  const key = pageCacheKey(request);
  if (!key) return false;
  const version = await readContentVersion();
  return version !== null && state().store.has(key, version);
}

type Outage = { databaseUp: boolean; unavailable: () => Response };

/**
 * Answers a public page from the cache, rendering it once (for all concurrent requests) when missing or stale.
 * `routed` is the locale routing's answer for the request; null means "let Next.js render it as usual". While the
 * database is out (already known, or found when the version cannot be read or a render fails), the last copy of the
 * page is served whatever its age (`X-Page-Cache: STALE`), else `outage.unavailable()`: never a failed render.
 */
export async function servePublicPage(
  request: NextRequest,
  routed: Response,
  nonce: string,
  outage: Outage,
): Promise<Response | null> {
  const key = pageCacheKey(request);
  if (!key || (routed.status >= 300 && routed.status < 400)) return null;
  const { store, inflight } = state();
  const offline = () => {
    const stale = store.stale(key);
    return stale ? respond(request, routed, nonce, { ...stale, status: 200 }, 'STALE') : outage.unavailable();
  };
  let version = outage.databaseUp ? await readContentVersion() : null;
  if (version === null) return outage.databaseUp && (await isDatabaseUp()) ? null : offline();
  const kept = keptAnswer(key, version);
  if (kept?.refresh) refresh(key);
  if (kept) return respond(request, routed, nonce, { ...kept.page, status: 200 }, kept.outcome);
  // About to render: read the version from the table, which also proves (within its 1.5 s timeout) that the database
  // answers, so a hanging database gives the outage answer rather than a render waiting on it.
  version = await readContentVersion({ fromTable: true });
  if (version === null) return (await isDatabaseUp()) ? null : offline();
  const flight = `${version} ${key}`;
  let pending = inflight.get(flight);
  if (!pending) {
    pending = render(key, version).finally(() => inflight.delete(flight));
    inflight.set(flight, pending);
  }
  const page = await pending;
  if (!page) return null;
  // The database went away while the page was rendered.
  if (page.status >= 500 && !(await isDatabaseUp())) return offline();
  return respond(request, routed, nonce, page, 'MISS');
}

function respond(request: NextRequest, routed: Response, nonce: string, page: Rendered, outcome: string): Response {
  const { placeholder } = state();
  const headers = new Headers();
  for (const [name, value] of routed.headers) {
    if (!name.startsWith('x-middleware-') && name !== 'content-length') headers.append(name, value);
  }
  for (const [name, value] of page.headers) {
    const own = value.replaceAll(placeholder, nonce);
    // The kept Link has the locale routing's alternates (on SITE_URL, as for any request) and the page's preloads.
    headers.set(name, own);
  }
  // A redirect of the page itself (e.g. to the clean URL of a list): Next.js wants an absolute location from a proxy.
  const location = headers.get('location');
  if (location) headers.set('location', new URL(location, request.url).toString());
  headers.set('X-Page-Cache', outcome);
  return new Response(page.body(nonce), { status: page.status, headers });
}

// Renders a page again in the background, a few at a time (inTurn), while its kept copy is served: at the content
// version read from the table when the render starts, as any render.
function refresh(key: string): void {
  const { refreshing } = state();
  refreshing.add(key);
  // Under `npm start` another process may own the page: it renders it and sends the copy (keepShared ends the wait).
  // Should none come (that process busy, or restarting), the page is asked for again a while later.
  const owner = renderElsewhere(key);
  if (owner !== null) {
    askToRender(key, owner);
    setTimeout(() => refreshing.delete(key), OWNER_WAIT_MS).unref();
    return;
  }
  void inTurn(async () => {
    const version = await readContentVersion({ fromTable: true });
    if (version !== null) await render(key, version);
  }).finally(() => refreshing.delete(key));
}

// Renders the page through this same server (the request passes the proxy again, marked as the cache's own).
async function render(key: string, version: string): Promise<Rendered | null> {
  const port = process.env.PORT;
  if (!port) return null;
  const { secret, store, placeholder } = state();
  const api = isApiKey(key);
  try {
    const res = await fetch(`http://127.0.0.1:${port}${key}`, {
      // Nothing of the visitor's request is passed on: what is rendered depends on the URL alone (the locale is in the
      // path), so no request header can put a different page under a shared key.
      headers: {
        [RENDER_HEADER]: secret,
        accept: api ? 'application/json' : 'text/html',
        'accept-encoding': 'identity',
      },
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
    });
    const type = res.headers.get('content-type') ?? '';
    const html = !api && type.startsWith('text/html');
    // Public pages go out without Next.js's client runtime (lib/page-cache/light-html.ts).
    const body = html ? withoutClientRuntime(await res.text()) : await res.text();
    const headers = (api ? KEPT_API_HEADERS : KEPT_HEADERS).flatMap((name): [string, string][] => {
      const value = name === 'link' ? linkWithoutScripts(res.headers.get(name) ?? '') : res.headers.get(name);
      return value ? [[name, value]] : [];
    });
    const page: CachedPage = { version, renderedAt: Date.now(), body, headers };
    // Only complete public pages are shared: no errors, no redirects, no cookie but the locale routing's own (which
    // the proxy sets on every response anyway).
    const complete = api ? type.startsWith('application/json') : html;
    if (res.status === 200 && complete && res.headers.getSetCookie().every(isLocaleCookie)) {
      store.set(key, page);
      shareKept(key, page);
    }
    // The requests waiting for this render are served from the text (the store's copy may be evicted meanwhile).
    return { status: res.status, headers, body: (nonce) => body.replaceAll(placeholder, nonce) };
  } catch {
    return null;
  }
}

function isLocaleCookie(cookie: string): boolean {
  return cookie.startsWith('NEXT_LOCALE=');
}
