import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../scripts/embedded-database';
import { startNextServer, type NextServer } from '../../scripts/support/production-server';

// The database goes away under a running server, first refusing connections (stopped), then hanging (its processes
// frozen): from the first request on, every answer is a localised 503 with Retry-After or a page from the cache, never
// a 500 or a hang; the log says when it went away and came back; the app recovers without a restart.
// Its own PostgreSQL (embedded), since the shared test server must stay up for the other tests.
const root = path.resolve(import.meta.dirname, '../..');
const PORT = 3150;

// The postmaster and its backends, frozen or thawed together (a hung server, as a stuck disk or network makes it).
function signalCluster(dataDir: string, signal: 'STOP' | 'CONT'): void {
  const postmaster = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]!.trim();
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', postmaster], { encoding: 'utf8' }).split('\n');
  for (const pid of [postmaster, ...children.map((p) => p.trim()).filter(Boolean)]) {
    execFileSync('kill', [`-${signal}`, pid]);
  }
}

async function expectUnavailable(request: APIRequestContext, url: string, text: string) {
  const res = await request.get(url, { headers: { accept: 'text/html' }, timeout: 10_000 });
  expect(res.status(), url).toBe(503);
  expect(res.headers()['retry-after'], url).toBe('30');
  const body = await res.text();
  expect(body, url).toContain(text);
  expect(body, url).not.toMatch(/at .*\.js:\d+|Error:/);
}

async function expectFromCache(request: APIRequestContext, url: string, text: string) {
  const res = await request.get(url, { headers: { accept: 'text/html' }, timeout: 10_000 });
  expect(res.status(), url).toBe(200);
  expect(res.headers()['x-page-cache'], url).toBe('STALE');
  expect(await res.text(), url).toContain(text);
}

test('a database outage gives localised 503s at once, keeps cached pages served, is logged, and passes', async ({
  request,
}) => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'iom-outage-'));
  // As root, PostgreSQL runs as its own system user, which must be able to reach its data directory.
  chmodSync(dataDir, 0o755);
  const pgDir = path.join(dataDir, 'pg');
  let db: EmbeddedDatabase | undefined;
  let app: NextServer | undefined;
  let frozen = false;
  try {
    db = await startEmbeddedDatabase(root, { dataDir: pgDir, port: 54391, log: () => {} });
    app = await startNextServer({ port: PORT, databaseUrl: db.url, capture: true, env: { LOG_LEVEL: 'info' } });
    const url = (p: string) => `${app!.url}${p}`;
    // Two pages in the page cache (the second request of each is a hit).
    for (const p of ['/en/projects', '/fr/projets/PX.0220']) {
      for (let i = 0; i < 2; i += 1)
        expect((await request.get(url(p), { headers: { accept: 'text/html' } })).status()).toBe(200);
    }
    expect((await request.get(url('/api/ready'))).status()).toBe(200);

    // Refused: no waiting, the very first requests already get their answer.
    await db.stop();
    await expectUnavailable(request, url('/en/regions'), 'Service temporarily unavailable');
    await expectFromCache(request, url('/en/projects'), 'FM.0283');
    await expectFromCache(request, url('/fr/projets/PX.0220'), 'PX.0220');
    await expectUnavailable(request, url('/fr/centres-de-ressources'), 'Service momentanément indisponible');
    const api = await request.get(url('/api/v1/projects?status=active'));
    expect(api.status()).toBe(503);
    expect(api.headers()['retry-after']).toBe('30');
    expect(await api.json()).toEqual({ error: { code: 'service_unavailable', message: expect.any(String) } });
    expect((await request.get(url('/api/health'))).status()).toBe(200);
    expect(await (await request.get(url('/api/ready'))).json()).toMatchObject({
      ready: false,
      reason: 'database_unreachable',
    });
    await expect.poll(() => app!.output()).toContain('"event":"database_down"');

    await db.start();
    await expect.poll(async () => (await request.get(url('/en/regions'))).status(), { timeout: 30_000 }).toBe(200);
    await expect.poll(() => app!.output()).toContain('"event":"database_up"');
    for (const p of ['/fr/projets', '/en/projects/PX.0220', '/api/v1/projects', '/en/resource-centres', '/api/ready']) {
      expect((await request.get(url(p))).status(), p).toBe(200);
    }
    expect((await request.get(url('/en/projects'), { headers: { accept: 'text/html' } })).status()).toBe(200);

    // Hanging: connections stay open but nothing answers. Every request still gets an answer, within the timeouts.
    signalCluster(pgDir, 'STOP');
    frozen = true;
    await expectUnavailable(request, url('/en/regions?hang=1'), 'Service temporarily unavailable');
    await expectFromCache(request, url('/en/projects'), 'FM.0283');
    // An API answer kept before is served as it was, like the pages; one never asked for gets the JSON 503.
    const keptApi = await request.get(url('/api/v1/projects'), { timeout: 30_000 });
    expect([keptApi.status(), keptApi.headers()['x-page-cache']]).toEqual([200, 'STALE']);
    const hungApi = await request.get(url('/api/v1/projects?status=completed'), { timeout: 30_000 });
    expect(hungApi.status()).toBe(503);
    signalCluster(pgDir, 'CONT');
    frozen = false;
    await expect.poll(async () => (await request.get(url('/en/regions'))).status(), { timeout: 30_000 }).toBe(200);
    expect(app.output()).not.toContain('"statusCode":500');
  } finally {
    if (frozen) signalCluster(pgDir, 'CONT');
    await app?.stop();
    await db?.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
});
