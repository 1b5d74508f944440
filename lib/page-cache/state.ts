// What the page cache of one server process holds, and the rule for which requests it may answer. Shared by the proxy
// (lib/page-cache/proxy.ts, inside Next.js) and the fast path (lib/page-cache/fast-path.ts, before Next.js): both are
// bundled separately, so the state lives on globalThis and the rule is written once, over a plain view of a request.
import { createHash } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { ADMIN_PATH, LOCALE_PATH } from '@/lib/i18n/locale-paths';
import { PAGE_MAX_AGE_MS, PageStore, type StoredPage } from '@/lib/page-cache/store';
import { createNonce } from '@/lib/security/headers';
import { hasSessionCookie } from '@/lib/auth/session-cookies';

/** The header marking the page cache's own request that renders a page (its value is the render secret). */
export const RENDER_HEADER = 'x-page-cache-render';
// Requests of client-side navigation and actions get RSC payloads or mutate: always rendered (checked too, in case a
// version of Next.js passes them on).
const NEXT_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-action',
];
const MAX_KEY_LENGTH = 2048;
// The open-data API's JSON answers: lists and records of projects and centres, and the reference lists. Not its
// streamed exports (`format=…`), feeds, the dashboard CSV or the OpenAPI document.
const API_RECORDS = /^\/api\/v1\/(?:projects|resource-centres)(?:\/(?!feed\.atom$|dashboard\.csv$)[^/]+)?$/;
const API_LISTS = /^\/api\/v1\/(?:regions|countries|project-types|services)$/;
// A conditional request gets its 304 from the API's handler, which compares validators.
const CONDITIONAL = ['if-none-match', 'if-modified-since'];

/** A page ready to serve; its body with the response's nonce in place of the placeholder. */
export type Rendered = { status: number; headers: [string, string][]; body: (nonce: string) => BodyInit };
type State = {
  secret: string;
  placeholder: string;
  store: PageStore;
  /** Renders that requests wait for (pages with no copy to serve meanwhile), by content version and key. */
  inflight: Map<string, Promise<Rendered | null>>;
  /** Pages rendered again in the background while their kept copy is served (queued or running). */
  refreshing: Set<string>;
  /** Background renders running, and those waiting for one of them to end. */
  slots: { running: number; waiting: (() => void)[] };
};
const globalForCache = globalThis as unknown as { pageCache?: State };

// The page cache renders a page by asking the server for it, and under `npm start` another process of the same
// server may answer (scripts/serve.mjs): all of them must know the render secret and the placeholder nonce, so both
// come from PAGE_CACHE_SECRET when the cluster sets it (random per start), else are this process's own.
function shared(): { secret: string; placeholder: string } | null {
  const given = process.env.PAGE_CACHE_SECRET;
  if (!given || given.length < 32) return null;
  const derive = (use: string) => createHash('sha256').update(`${use}:${given}`).digest('base64').slice(0, 24);
  return { secret: derive('render'), placeholder: derive('placeholder') };
}

/** This process's page cache: render secret, placeholder nonce, kept pages and renders under way. */
export function pageCacheState(): State {
  const own = shared();
  const placeholder = globalForCache.pageCache?.placeholder ?? own?.placeholder ?? createNonce();
  return (globalForCache.pageCache ??= {
    secret: own?.secret ?? createNonce(),
    placeholder,
    store: new PageStore(getEnv().PAGE_CACHE_MB * 1024 * 1024, PAGE_MAX_AGE_MS, placeholder),
    inflight: new Map(),
    refreshing: new Set(),
    slots: { running: 0, waiting: [] },
  });
}

// Background renders at once per process: a burst of them (every page after an edit) would otherwise take the whole
// thread from the requests, staff saves included, that are waiting meanwhile.
const BACKGROUND_RENDERS = 2;

/** Runs `task` when fewer than BACKGROUND_RENDERS tasks given here are running in this process. */
export async function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const { slots } = pageCacheState();
  if (slots.running >= BACKGROUND_RENDERS) await new Promise<void>((resolve) => slots.waiting.push(resolve));
  else slots.running += 1;
  try {
    return await task();
  } finally {
    // The slot passes to the next task waiting, if any, else is freed.
    const next = slots.waiting.shift();
    if (next) next();
    else slots.running -= 1;
  }
}

/** A request as the cache rule reads it, whoever received it. */
export type RequestView = {
  method: string;
  pathname: string;
  /** The query with its `?`, or ''. */
  search: string;
  header: (name: string) => string | null;
  hasCookie: (name: string) => boolean;
};

/** The cache key of a request when its page may come from the cache, else null. */
export function cacheKeyOf(request: RequestView): string | null {
  const env = getEnv();
  if (env.PAGE_CACHE === 'off' || env.NODE_ENV !== 'production' || request.method !== 'GET') return null;
  const { pathname, search } = request;
  if (isApiKey(pathname)) return apiKey(request);
  // Public pages only: under a locale, outside the staff section.
  if (!LOCALE_PATH.test(pathname) || ADMIN_PATH.test(pathname)) return null;
  // Next.js hides its RSC headers from the proxy, but its client fetches RSC payloads without asking for HTML, which
  // browsers' page loads always do.
  if (!(request.header('accept') ?? '').includes('text/html')) return null;
  if (NEXT_HEADERS.some((h) => request.header(h) !== null) || new URLSearchParams(search).has('_rsc')) return null;
  // Staff may be shown more than the public; their pages are never shared.
  if (hasSessionCookie({ has: request.hasCookie })) return null;
  const key = pathname + search;
  return key.length <= MAX_KEY_LENGTH ? key : null;
}

/** Whether a cache key (or a path) is one of the open-data API's JSON answers rather than a page. */
export function isApiKey(key: string): boolean {
  const query = key.indexOf('?');
  const pathname = query < 0 ? key : key.slice(0, query);
  return API_RECORDS.test(pathname) || API_LISTS.test(pathname);
}

// The API's answers are the same for everyone (no session, no language negotiation): any GET without a format of its
// own or validators to compare.
function apiKey({ pathname, search, header }: RequestView): string | null {
  if (CONDITIONAL.some((h) => header(h) !== null) || new URLSearchParams(search).has('format')) return null;
  const key = pathname + search;
  return key.length <= MAX_KEY_LENGTH ? key : null;
}

/**
 * A kept copy to answer with, its X-Page-Cache label, and whether the page must be rendered again in the background
 * (`refresh`) while this copy is served.
 */
export type KeptAnswer = { page: StoredPage; outcome: 'HIT' | 'UPDATING'; refresh: boolean };

/**
 * The copy of a page to serve at this content version, else null (the page must be rendered and waited for): the copy
 * rendered at this version (HIT), or else the copy of an earlier one (UPDATING), rendered again in the background
 * once it is PAGE_RENDER_INTERVAL_MS (lib/env.ts) old; never a copy older than PAGE_MAX_AGE_MS.
 */
export function keptAnswer(key: string, version: string, now = Date.now()): KeptAnswer | null {
  const { store, inflight, refreshing } = pageCacheState();
  const page = store.get(key, version, now);
  if (page) return { page, outcome: 'HIT', refresh: false };
  const previous = store.stale(key);
  if (!previous || now - previous.renderedAt > PAGE_MAX_AGE_MS) return null;
  // Nobody waits for a render while a copy a minute old at most can be served (a render under load takes seconds).
  // Five editors saving every second would otherwise have every public page rendered five times a second; staff are
  // never served from the cache and see their edits at once.
  const recent = now - previous.renderedAt < getEnv().PAGE_RENDER_INTERVAL_MS;
  const underWay = refreshing.has(key) || inflight.has(`${version} ${key}`);
  return { page: previous, outcome: 'UPDATING', refresh: !recent && !underWay };
}
