import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { e2eDatabaseUrl } from './auth-helpers';
import { sql } from '../support/auth';

// The page cache in front of public pages (lib/page-cache): rendered once per content version, each response still
// with its own CSP nonce; any content write, from anywhere, makes the next response a fresh render.
// One address per test: the tests of this file run in parallel, and one's request must not fill another's entry.
const URLS = {
  nonce: '/en/projects?region=asia-oceania&sort=-end',
  write: '/fr/projets?region=asia-oceania&sort=-end',
  bypass: '/en/projects?coverage=regional&sort=-end',
  headers: ['/es/proyectos?region=asia-oceania&sort=-end', '/es/proyectos?region=asia-oceania&sort=-start'],
  identity: '/es/proyectos?region=asia-oceania&sort=-title',
  api: '/api/v1/projects?region=asia-oceania&sort=-end&pageSize=5',
} as const;

// What browsers send for a page load; Next.js's own RSC fetches do not ask for HTML.
const PAGE_LOAD = { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } };

const nonceOf = (res: APIResponse) =>
  /'nonce-([A-Za-z0-9+/=]+)'/.exec(res.headers()['content-security-policy'] ?? '')?.[1];
const withoutNonces = (html: string) => html.replace(/[A-Za-z0-9+/]{22}==/g, 'NONCE');

// Other tests write content in parallel: ask until an answer is a HIT, returned with the answer before it. After a
// write the page is served as it was (UPDATING) and rendered again in the background once a second old: a few seconds
// at most.
async function missThenHit(
  request: APIRequestContext,
  url: string,
  options = PAGE_LOAD,
): Promise<[APIResponse, APIResponse]> {
  let previous = await request.get(url, options);
  for (let i = 0; i < 80; i++) {
    const next = await request.get(url, options);
    if (next.headers()['x-page-cache'] === 'HIT') return [previous, next];
    previous = next;
    await new Promise((resolve) => setTimeout(resolve, 125));
  }
  throw new Error(`${url} was never served from the page cache`);
}

test('a public page comes from the cache with its own nonce and the same content', async ({ request }) => {
  const [rendered, cached] = await missThenHit(request, URLS.nonce);
  expect(rendered.status()).toBe(200);
  expect(cached.status()).toBe(200);
  const [first, second] = [nonceOf(rendered), nonceOf(cached)];
  expect(first).toBeTruthy();
  expect(second).toBeTruthy();
  expect(second).not.toBe(first);
  const html = await cached.text();
  // Every nonce in the served page is this response's own, none is left from the render.
  const nonces = new Set([...html.matchAll(/nonce(?:=\\?"|\\":\\")([A-Za-z0-9+/=]+)/g)].map((m) => m[1]));
  expect([...nonces]).toEqual([second]);
  expect(cached.headers()['link'] ?? '').not.toContain(first!);
  expect(withoutNonces(html)).toBe(withoutNonces(await rendered.text()));
  expect(cached.headers()['content-type']).toContain('text/html');
  expect(cached.headers()['cache-control']).toContain('no-store');
});

// What may differ between two responses of the same page: the nonce, the request id, the outcome, the framing.
const PER_RESPONSE = ['date', 'x-request-id', 'x-page-cache', 'content-length', 'transfer-encoding', 'connection'];
function comparable(res: APIResponse): Record<string, string> {
  const kept = Object.entries(res.headers()).filter(([name]) => !PER_RESPONSE.includes(name) && name !== 'keep-alive');
  return Object.fromEntries(kept.map(([name, value]) => [name, withoutNonces(value)]));
}

test('a hit answered before Next.js has the headers the proxy gives the same page', async ({ playwright, baseURL }) => {
  // The hit is answered by lib/page-cache/fast-path.ts, the miss by the proxy and Next.js (compressed by Next.js).
  // Each request from a context of its own (no cookie kept from the previous answer), one address per case.
  const once = async (url: string, headers: Record<string, string>) => {
    const context = await playwright.request.newContext({ baseURL });
    const res = await context.get(url, { headers });
    return { res, text: await res.text(), done: () => context.dispose() };
  };
  for (const [url, headers] of [
    [URLS.headers[0], { ...PAGE_LOAD.headers, 'accept-encoding': 'gzip' }],
    [URLS.headers[1], { ...PAGE_LOAD.headers, 'accept-language': 'es', cookie: 'NEXT_LOCALE=fr' }],
    [URLS.identity, { ...PAGE_LOAD.headers, 'accept-encoding': 'identity', 'accept-language': 'es-SV,es;q=0.9' }],
  ] as const) {
    // Other tests write content in parallel: ask until a miss (an address asked for the first time) is followed by a
    // hit of the same version.
    let pair: [Awaited<ReturnType<typeof once>>, Awaited<ReturnType<typeof once>>] | null = null;
    for (let i = 0; i < 20 && !pair; i++) {
      // A page number of its own (beyond the last page: still a page, saying so).
      const fresh = `${url}&page=${2 + ((Date.now() + i) % 900)}`;
      const first = await once(fresh, headers);
      if (first.res.headers()['x-page-cache'] !== 'MISS') continue;
      const second = await once(fresh, headers);
      if (second.res.headers()['x-page-cache'] === 'HIT') pair = [first, second];
    }
    if (!pair) throw new Error(`${url}: no miss followed by a hit`);
    const [rendered, cached] = pair;
    expect(comparable(cached.res)).toEqual(comparable(rendered.res));
    expect(withoutNonces(cached.text)).toBe(withoutNonces(rendered.text));
    await Promise.all([rendered.done(), cached.done()]);
  }
});

// After a write, the kept copy is served (UPDATING) while the page is rendered again in the background, once the copy
// is a second old; then the new render is served (HIT). Returns the outcomes seen.
async function renderedAgainAfterWrite(request: APIRequestContext, url: string, options = PAGE_LOAD) {
  // A write that changes nothing visible still moves the content version.
  await sql(e2eDatabaseUrl(), `UPDATE region SET name_en = name_en WHERE slug = 'africa'`);
  const outcomes: string[] = [];
  await expect
    .poll(
      async () => {
        outcomes.push((await request.get(url, options)).headers()['x-page-cache'] ?? '');
        return outcomes.at(-1);
      },
      { timeout: 5_000, intervals: [100] },
    )
    .toBe('HIT');
  return outcomes;
}

test('any content write has the page rendered again, in the background, a second after its last render', async ({
  request,
}) => {
  await missThenHit(request, URLS.write);
  const outcomes = await renderedAgainAfterWrite(request, URLS.write);
  // Nobody waited for the render: every answer before the new copy was the old one.
  expect(outcomes.length).toBeGreaterThan(1);
  expect(outcomes.slice(0, -1).every((o) => o === 'UPDATING')).toBe(true);
});

test('staff, client-side navigation and non-page requests are never answered from the cache', async ({ request }) => {
  await missThenHit(request, URLS.bypass);
  const staff = await request.get(URLS.bypass, {
    headers: { ...PAGE_LOAD.headers, cookie: 'iom.session_token=whatever' },
  });
  expect(staff.status()).toBe(200);
  expect(staff.headers()['x-page-cache']).toBeUndefined();
  // Next.js's client navigation: an RSC payload, never the cached HTML.
  const rsc = await request.get(URLS.bypass, { headers: { rsc: '1', accept: '*/*' } });
  expect(rsc.headers()['x-page-cache']).toBeUndefined();
  expect(rsc.headers()['content-type']).toContain('text/x-component');
  // The API's streamed exports are its handlers' (they stream from a cursor).
  const csv = await request.get('/api/v1/projects?region=asia-oceania&format=csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(csv.headers()['x-page-cache']).toBeUndefined();
  // A page that is not found is rendered every time.
  for (let i = 0; i < 2; i++) {
    const missing = await request.get('/en/projects/ZZ.9999', PAGE_LOAD);
    expect(missing.status()).toBe(404);
    expect(missing.headers()['x-page-cache']).not.toBe('HIT');
  }
});

test("the API's JSON answers come from the cache with their validators, and follow writes", async ({ request }) => {
  const json = { headers: { accept: 'application/json', 'accept-encoding': 'gzip' } };
  const [rendered, cached] = await missThenHit(request, URLS.api, json);
  expect(comparable(cached)).toEqual(comparable(rendered));
  expect(await cached.text()).toBe(await rendered.text());
  expect(cached.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(cached.headers()['access-control-allow-origin']).toBe('*');
  // A client holding the answer gets its 304 from the handler, which compares the validators.
  const etag = cached.headers()['etag']!;
  const current = await request.get(URLS.api, { headers: { 'if-none-match': etag } });
  expect(current.status()).toBe(304);
  expect(current.headers()['x-page-cache']).toBeUndefined();
  // A write moves the content version: the answer is made again once the copy kept is a second old.
  const outcomes = await renderedAgainAfterWrite(request, URLS.api, json);
  expect(outcomes.slice(0, -1).every((o) => o === 'UPDATING')).toBe(true);
});
