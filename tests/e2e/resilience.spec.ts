import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../scripts/embedded-database';
import { startNextServer, type NextServer } from '../../scripts/support/production-server';

// Issue 7: the database goes away under a running server: 503s (never 500s), then 200s again without a restart.
// Its own PostgreSQL (embedded), since the shared test server must stay up for the other tests.
const root = path.resolve(import.meta.dirname, '../..');
const PORT = 3150;

test('a database outage gives localised 503s and the app recovers by itself', async ({ request }) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'iom-outage-'));
  // As root, PostgreSQL runs as its own system user, which must be able to reach its data directory.
  chmodSync(dataDir, 0o755);
  let db: EmbeddedDatabase | undefined;
  let app: NextServer | undefined;
  try {
    db = await startEmbeddedDatabase(root, { dataDir: path.join(dataDir, 'pg'), port: 54391, log: () => {} });
    app = await startNextServer({ port: PORT, databaseUrl: db.url, quiet: true });
    const url = (p: string) => `${app!.url}${p}`;
    expect((await request.get(url('/en/projects'))).status()).toBe(200);
    expect((await request.get(url('/api/ready'))).status()).toBe(200);

    await db.stop();
    // The proxy trusts a successful database check for half a second (lib/db-health.ts).
    await new Promise((r) => setTimeout(r, 1000));
    for (const [p, text] of [['/en/projects', 'Service temporarily unavailable'], ['/fr/projets/PX.0220', 'Service momentanément indisponible'], ['/en', 'Service temporarily unavailable']] as const) {
      const res = await request.get(url(p));
      expect(res.status(), p).toBe(503);
      expect(res.headers()['retry-after']).toBe('30');
      const body = await res.text();
      expect(body).toContain(text);
      expect(body).not.toMatch(/at .*\.js:\d+|Error:/);
    }
    const api = await request.get(url('/api/v1/projects?status=active'));
    expect(api.status()).toBe(503);
    expect(await api.json()).toEqual({ error: { code: 'service_unavailable', message: expect.any(String) } });
    expect((await request.get(url('/api/health'))).status()).toBe(200);
    const ready = await request.get(url('/api/ready'));
    expect(ready.status()).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, reason: 'database_unreachable' });

    await db.start();
    await expect.poll(async () => (await request.get(url('/en/projects'))).status(), { timeout: 30_000 }).toBe(200);
    // Every later request is served normally: the pool of the app recovered too.
    for (const p of ['/fr/projets', '/en/projects/PX.0220', '/api/v1/projects', '/en/resource-centres', '/api/ready']) {
      expect((await request.get(url(p))).status(), p).toBe(200);
    }
  } finally {
    await app?.stop();
    await db?.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
});
