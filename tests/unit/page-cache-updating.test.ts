import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Issue 17: a page kept for an earlier content version is served as it was (X-Page-Cache: UPDATING) while it is
// rendered again in the background, two renders at a time per process; nobody waits for such a render (under load
// one takes seconds). A page is rendered again for a change at most once a second: within a second of its last render
// it is served as it was, so an edit reaches public pages within a second and the time of a render. Only a page with
// no copy, or a copy a minute old, is waited for.
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
async function visit(path = '/en/projects'): Promise<{ outcome: string | null; body: string }> {
  const request = new NextRequest(`http://127.0.0.1:3998${path}`, { headers: { accept: 'text/html' } });
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
  it('is waited for by its first visitor when no copy is kept', async () => {
    expect(await visit()).toMatchObject({ outcome: 'MISS', body: expect.stringContaining('content at 4') as string });
    expect(await visit()).toMatchObject({ outcome: 'HIT' });
    expect(renders).toBe(1);
  });

  it('is rendered in the background while everyone, its first visitor too, gets the copy it replaces', async () => {
    content.version = '5';
    later(1_001);
    const release = hold();
    // No visitor waits: the first one starts the render, the others do not start another.
    for (let i = 0; i < 3; i++) {
      expect(await visit()).toEqual({ outcome: 'UPDATING', body: expect.stringContaining('content at 4') as string });
    }
    await vi.waitFor(() => expect(renders).toBe(2));
    release();
    await vi.waitFor(async () =>
      expect(await visit()).toEqual({ outcome: 'HIT', body: expect.stringContaining('content at 5') as string }),
    );
    expect(renders).toBe(2);
  });

  it('waits for a second after its last render: edits meanwhile show the page as it was, then one render', async () => {
    const before = renders;
    for (const version of ['7', '8', '9']) {
      content.version = version;
      later(300);
      expect(await visit()).toEqual({ outcome: 'UPDATING', body: expect.stringContaining('content at 5') as string });
    }
    expect(renders).toBe(before);
    later(101); // a second and a millisecond after the render of version 5
    expect(await visit()).toEqual({ outcome: 'UPDATING', body: expect.stringContaining('content at 5') as string });
    await vi.waitFor(async () =>
      expect(await visit()).toEqual({ outcome: 'HIT', body: expect.stringContaining('content at 9') as string }),
    );
    expect(renders).toBe(before + 1);
  });

  it('renders two pages at most at once in the background; the others wait their turn', async () => {
    const pages = ['/en/projects?page=2', '/en/projects?page=3', '/en/projects?page=4', '/en/projects?page=5'];
    for (const path of pages) expect((await visit(path)).outcome).toBe('MISS');
    const before = renders;
    content.version = '10';
    later(1_001);
    const release = hold();
    for (const path of pages) expect((await visit(path)).outcome).toBe('UPDATING');
    await vi.waitFor(() => expect(renders).toBe(before + 2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(renders).toBe(before + 2);
    release();
    await vi.waitFor(() => expect(renders).toBe(before + 4));
    for (const path of pages) {
      await vi.waitFor(async () => expect((await visit(path)).outcome).toBe('HIT'));
    }
  });

  it('is waited for again once its copy is a minute old', async () => {
    later(60_001);
    content.version = '11';
    expect(await visit()).toEqual({ outcome: 'MISS', body: expect.stringContaining('content at 11') as string });
  });
});
