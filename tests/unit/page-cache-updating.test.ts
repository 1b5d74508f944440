import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Issue 17: while a page is rendered again for the current content version, requests arriving meanwhile get the
// copy it replaces (X-Page-Cache: UPDATING) instead of queueing behind the render; the request that finds no render
// under way starts one and waits for it. A page is rendered again for a change at most once a second: within a
// second of its last render it is served as it was, so an edit reaches public pages within a second.
const content = { version: '4' };
vi.mock('@/lib/page-cache/version', () => ({ readContentVersion: () => Promise.resolve(content.version) }));
vi.mock('@/lib/db-health', () => ({ isDatabaseUp: () => Promise.resolve(true) }));

const saved = { NODE_ENV: process.env.NODE_ENV, PORT: process.env.PORT };
Object.assign(process.env, { NODE_ENV: 'production', PORT: '3998' });
const { servePublicPage } = await import('@/lib/page-cache/proxy');

// Each render shows the version it saw; `hold` keeps the next renders waiting until released.
let gate: Promise<void> = Promise.resolve();
let renders = 0;
vi.stubGlobal(
  'fetch',
  vi.fn(async () => {
    const seen = content.version;
    renders += 1;
    await gate;
    const body = `<!DOCTYPE html><html><body>content at ${seen}</body></html>`;
    return new Response(body, { status: 200, headers: { 'content-type': 'text/html' } });
  }),
);
function hold(): () => void {
  let release!: () => void;
  gate = new Promise((resolve) => (release = resolve));
  return release;
}

const outage = { databaseUp: true, unavailable: () => new Response('down', { status: 503 }) };
async function visit(): Promise<{ outcome: string | null; body: string }> {
  const request = new NextRequest('http://127.0.0.1:3998/en/projects', { headers: { accept: 'text/html' } });
  const res = await servePublicPage(request, new Response(null), 'n0nce', outage);
  if (!res) throw new Error('not served through the page cache');
  return { outcome: res.headers.get('x-page-cache'), body: await res.text() };
}

// The clock of the cache (renders are timed with Date.now()); moved on past PAGE_RENDER_INTERVAL_MS where a test
// needs a render after a change.
vi.useFakeTimers({ toFake: ['Date'] });
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

afterAll(() => {
  Object.assign(process.env, saved);
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a page rendered again after a change', () => {
  it('is waited for by the request that starts the render; the others meanwhile get the copy it replaces', async () => {
    expect(await visit()).toMatchObject({ outcome: 'MISS', body: expect.stringContaining('content at 4') as string });
    expect(await visit()).toMatchObject({ outcome: 'HIT' });

    content.version = '5';
    later(1_001);
    const release = hold();
    const first = visit();
    // Let the first request reach its render.
    await vi.waitFor(() => expect(renders).toBe(2));
    const during = await Promise.all([visit(), visit()]);
    for (const answer of during) {
      expect(answer).toEqual({ outcome: 'UPDATING', body: expect.stringContaining('content at 4') as string });
    }
    expect(renders).toBe(2);
    release();
    expect(await first).toEqual({ outcome: 'MISS', body: expect.stringContaining('content at 5') as string });
    expect(await visit()).toEqual({ outcome: 'HIT', body: expect.stringContaining('content at 5') as string });
  });

  it('is waited for by the first visitor after a change, with no render under way', async () => {
    content.version = '6';
    later(1_001);
    expect(await visit()).toEqual({ outcome: 'MISS', body: expect.stringContaining('content at 6') as string });
    expect(renders).toBe(3);
  });

  it('waits for a second after its last render: edits meanwhile show the page as it was, then one render', async () => {
    const before = renders;
    for (const version of ['7', '8', '9']) {
      content.version = version;
      later(300);
      expect(await visit()).toEqual({ outcome: 'UPDATING', body: expect.stringContaining('content at 6') as string });
    }
    expect(renders).toBe(before);
    later(101); // a second and a millisecond after the render of version 6
    expect(await visit()).toEqual({ outcome: 'MISS', body: expect.stringContaining('content at 9') as string });
    expect(await visit()).toEqual({ outcome: 'HIT', body: expect.stringContaining('content at 9') as string });
    expect(renders).toBe(before + 1);
  });
});
