import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Issue 17: a kept public page is answered from the HTTP server's `request` event, before Next.js
// (lib/page-cache/fast-path.ts, hooked in instrumentation.ts), with what the proxy would have added; anything it
// cannot answer exactly so is left to Next.js untouched.
const content = { version: '9' as string | null };
const database = { down: false };
vi.mock('@/lib/page-cache/version', () => ({ knownContentVersion: () => content.version }));
vi.mock('@/lib/db-health', () => ({ isDatabaseKnownDown: () => database.down }));

const saved = { ...process.env };
Object.assign(process.env, {
  NODE_ENV: 'production',
  NEXT_RUNTIME: 'nodejs',
  SITE_URL: 'https://portal.example.org',
  AUTH_SECRET: 'a'.repeat(44),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
});
const { serveKeptPage } = await import('@/lib/page-cache/fast-path');
const { pageCacheState } = await import('@/lib/page-cache/state');
const { API_CSP } = await import('@/lib/security/headers');
const { register } = await import('@/instrumentation');

const { store, placeholder } = pageCacheState();
const html = (text: string) =>
  `<!DOCTYPE html><html><body><script nonce="${placeholder}">${text}</script></body></html>`;
const keep = (key: string, text: string, renderedAt = Date.now()) =>
  store.set(key, {
    version: '9',
    renderedAt,
    body: html(text),
    headers: [
      ['content-type', 'text/html; charset=utf-8'],
      ['cache-control', 'private, no-store'],
      ['vary', 'rsc'],
      ['link', `</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="${placeholder}"`],
    ],
  });

// A server whose own listener only counts what it was left (standing in for Next.js).
let server: http.Server;
let base = '';
const leftToNext: string[] = [];
function listener(request: http.IncomingMessage, response: http.ServerResponse) {
  leftToNext.push(request.url ?? '');
  response.writeHead(204).end();
}

const PAGE = { accept: 'text/html,application/xhtml+xml' };
async function get(path: string, headers: Record<string, string> = PAGE, method = 'GET') {
  const count = leftToNext.length;
  const res = await fetch(base + path, { headers, method });
  const body = Buffer.from(await res.arrayBuffer());
  return { res, body, answered: leftToNext.length === count };
}
const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (!serveKeptPage(request, response)) listener(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  keep('/en/projects?region=africa', 'list');
  keep('/fr/projets', 'liste');
  keep('/es/insertar/proyectos', 'embed');
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  process.env = saved;
});

describe('kept public pages answered before Next.js', () => {
  it('answers a kept page with a fresh nonce in its policy, body and links, and the security headers', async () => {
    const first = await get('/en/projects?region=africa', { ...PAGE, 'accept-language': 'en' });
    const second = await get('/en/projects?region=africa', { ...PAGE, 'accept-language': 'en' });
    for (const { res, body, answered } of [first, second]) {
      expect(answered).toBe(true);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-page-cache')).toBe('HIT');
      const nonce = nonceOf(res)!;
      expect(body.toString()).toBe(html('list').replace(placeholder, nonce));
      expect(res.headers.get('link')).toContain(`nonce="${nonce}"`);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('strict-transport-security')).toContain('max-age');
      expect(res.headers.get('vary')).toBe('rsc, Accept-Encoding');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(nonceOf(first.res)).not.toBe(nonceOf(second.res));
    expect(first.res.headers.get('x-request-id')).not.toBe(second.res.headers.get('x-request-id'));
  });

  it('sends the page gzip-compressed when asked, the same bytes once decompressed', async () => {
    const { res, body, answered } = await get('/fr/projets', { ...PAGE, 'accept-encoding': 'gzip, deflate, br' });
    expect(answered).toBe(true);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    // fetch decompresses: the text is the page's, with this response's nonce.
    expect(body.toString()).toBe(html('liste').replace(placeholder, nonceOf(res)!));
    const raw = await new Promise<Buffer>((resolve) =>
      http.get(`${base}/fr/projets`, { headers: { ...PAGE, 'accept-encoding': 'gzip' } }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
      }),
    );
    expect(gunzipSync(raw).toString()).toContain('liste');
  });

  it("sets the locale cookie exactly when next-intl's middleware would", async () => {
    const cookie = async (headers: Record<string, string>) =>
      (await get('/en/projects?region=africa', { ...PAGE, ...headers })).res.headers.get('set-cookie');
    const set = 'NEXT_LOCALE=en; Path=/; SameSite=lax';
    expect(await cookie({})).toBe(set); // no cookie, and Accept-Language (none) gives the default, French
    expect(await cookie({ 'accept-language': 'en-GB,en;q=0.9' })).toBeNull();
    expect(await cookie({ 'accept-language': 'es' })).toBe(set);
    expect(await cookie({ cookie: 'NEXT_LOCALE=en' })).toBeNull();
    expect(await cookie({ cookie: 'theme=dark; NEXT_LOCALE=fr' })).toBe(set);
    expect(await cookie({ 'sec-fetch-dest': 'empty' })).toBeNull();
    expect(await cookie({ 'sec-fetch-dest': 'document' })).toBe(set);
  });

  it('lets an embeddable page be framed and sets no cookie on it', async () => {
    const { res, answered } = await get('/es/insertar/proyectos');
    expect(answered).toBe(true);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('keeps an upstream request id that is a plain token, and replaces one that is not', async () => {
    const id = async (given: string) =>
      (await get('/fr/projets', { ...PAGE, 'x-request-id': given })).res.headers.get('x-request-id');
    expect(await id('nginx-1234abcd')).toBe('nginx-1234abcd');
    expect(await id('bad id\twith spaces')).not.toContain('bad');
  });

  it('leaves to Next.js everything it cannot answer exactly as Next.js would', async () => {
    const left = async (path: string, headers: Record<string, string> = PAGE, method = 'GET') =>
      !(await get(path, headers, method)).answered;
    expect(await left('/fr/projets?page=2')).toBe(true); // not kept
    expect(await left('/fr/projets', { accept: '*/*' })).toBe(true); // not a page load
    expect(await left('/fr/projets', { ...PAGE, rsc: '1' })).toBe(true);
    expect(await left('/fr/projets?_rsc=abc')).toBe(true);
    expect(await left('/fr/projets', { ...PAGE, cookie: 'iom.session_token=x' })).toBe(true);
    expect(await left('/fr/projets', { ...PAGE, 'x-page-cache-render': 'anything' })).toBe(true);
    expect(await left('/fr/projets', PAGE, 'HEAD')).toBe(true);
    expect(await left('/fr/projets', { ...PAGE, 'accept-encoding': 'deflate' })).toBe(true); // Next.js would deflate
    // Kept for an older version: served as it was within a second of its render (a page is rendered for a change at
    // most once a second), else rendered again by Next.js.
    content.version = '10';
    const updating = await get('/fr/projets');
    expect([updating.answered, updating.res.headers.get('x-page-cache')]).toEqual([true, 'UPDATING']);
    keep('/fr/projets', 'liste', Date.now() - 1_500);
    expect(await left('/fr/projets')).toBe(true);
    keep('/fr/projets', 'liste');
    content.version = null; // not listening: the version needs the database, which the proxy reads
    expect(await left('/fr/projets')).toBe(true);
    content.version = '9';
    database.down = true; // the proxy answers during an outage (X-Page-Cache: STALE)
    expect(await left('/fr/projets')).toBe(true);
    database.down = false;
    expect(await left('/fr/projets')).toBe(false);
  });

  it("answers a kept API answer with the API's headers, no nonce and no cookie", async () => {
    const json = JSON.stringify({ data: [{ code: 'PX.0220' }] });
    store.set('/api/v1/projects?region=africa', {
      version: '9',
      renderedAt: Date.now(),
      body: json,
      headers: [
        ['content-type', 'application/json'],
        ['etag', '"abc"'],
        ['access-control-allow-origin', '*'],
      ],
    });
    for (const accept of ['*/*', 'application/json']) {
      const { res, body, answered } = await get('/api/v1/projects?region=africa', { accept });
      expect(answered).toBe(true);
      expect(body.toString()).toBe(json);
      expect(res.headers.get('content-security-policy')).toBe(API_CSP);
      expect(res.headers.get('etag')).toBe('"abc"');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(res.headers.get('x-page-cache')).toBe('HIT');
    }
    // Validators to compare go to the API's handler (its 304), as do the streamed formats.
    expect((await get('/api/v1/projects?region=africa', { 'if-none-match': '"abc"' })).answered).toBe(false);
    expect((await get('/api/v1/projects?region=africa', { 'if-modified-since': 'x' })).answered).toBe(false);
  });

  it('is what every HTTP server of the process does first once instrumentation has registered', async () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const emit = http.Server.prototype.emit;
    await register();
    const hooked = http.createServer(listener);
    try {
      await new Promise<void>((resolve) => hooked.listen(0, '127.0.0.1', resolve));
      const at = `http://127.0.0.1:${(hooked.address() as AddressInfo).port}`;
      const before = leftToNext.length;
      const kept = await fetch(`${at}/fr/projets`, { headers: PAGE });
      expect(kept.headers.get('x-page-cache')).toBe('HIT');
      expect(leftToNext).toHaveLength(before);
      const other = await fetch(`${at}/fr/projets?page=3`, { headers: PAGE });
      expect(other.status).toBe(204);
      expect(leftToNext).toHaveLength(before + 1);
    } finally {
      http.Server.prototype.emit = emit;
      await new Promise((resolve) => hooked.close(resolve));
    }
  });
});
