import { NextRequest } from 'next/server';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Issue 17: with a read replica, pages are rendered from it, and it may lag behind the primary, whose content version
// the page cache compares on each request. The version a missed page is stored under is the one read before the
// render (lib/page-cache/version.ts reads it from the replica), so a page rendered from a lagging replica is kept
// under the replica's older version: the next request renders it again, until the replica has caught up.
const versions = { primary: '5', replica: '4' };
vi.mock('@/lib/page-cache/version', () => ({
  readContentVersion: ({ fromTable = false } = {}) => Promise.resolve(fromTable ? versions.replica : versions.primary),
}));
vi.mock('@/lib/db-health', () => ({ isDatabaseUp: () => Promise.resolve(true) }));

const saved = { NODE_ENV: process.env.NODE_ENV, PORT: process.env.PORT };
Object.assign(process.env, { NODE_ENV: 'production', PORT: '3999' });
const { isKeptPage, servePublicPage } = await import('@/lib/page-cache/proxy');

// What the render saw: the replica's content at the time.
const renders: string[] = [];
vi.stubGlobal(
  'fetch',
  vi.fn(() => {
    renders.push(versions.replica);
    const body = `<!DOCTYPE html><html><body>content at ${versions.replica}</body></html>`;
    return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'text/html' } }));
  }),
);

const request = () => new NextRequest('http://127.0.0.1:3999/en/regions', { headers: { accept: 'text/html' } });
const outage = { databaseUp: true, unavailable: () => new Response('down', { status: 503 }) };
async function visit(): Promise<{ outcome: string | null; body: string }> {
  const res = await servePublicPage(request(), new Response(null), 'n0nce', outage);
  if (!res) throw new Error('not served through the page cache');
  return { outcome: res.headers.get('x-page-cache'), body: await res.text() };
}

beforeEach(() => {
  renders.length = 0;
});
// The cache's clock: a page is rendered again for a newer version at most once a second (PAGE_RENDER_INTERVAL_MS).
vi.useFakeTimers({ toFake: ['Date'] });
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

afterAll(() => {
  Object.assign(process.env, saved);
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the page cache with a lagging read replica', () => {
  it('never keeps a page rendered from the replica as fresh for the primary’s newer version', async () => {
    // The primary is at 5, the replica still at 4: rendered (from 4) and kept under 4, not 5.
    expect(await visit()).toEqual({ outcome: 'MISS', body: expect.stringContaining('content at 4') as string });
    expect(await isKeptPage(request())).toBe(false);
    // Within a second it is served as a page being updated, never as current (HIT); then rendered again (in the
    // background, the copy served meanwhile) rather than serving version 4's content as current.
    expect(await visit()).toMatchObject({ outcome: 'UPDATING' });
    later(1_001);
    expect(await visit()).toMatchObject({ outcome: 'UPDATING' });
    await vi.waitFor(() => expect(renders).toEqual(['4', '4']));

    // The replica catches up: the page rendered now is kept under 5 and served from the cache.
    versions.replica = '5';
    later(1_001);
    expect(await visit()).toEqual({ outcome: 'UPDATING', body: expect.stringContaining('content at 4') as string });
    await vi.waitFor(async () =>
      expect(await visit()).toEqual({ outcome: 'HIT', body: expect.stringContaining('content at 5') as string }),
    );
    expect(await isKeptPage(request())).toBe(true);
    expect(renders).toEqual(['4', '4', '5']);
  });
});
