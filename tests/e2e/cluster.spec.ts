import { readFileSync } from 'node:fs';
import http from 'node:http';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { startProductionServer, type ProductionServer } from '../../scripts/support/production-server';

// Issue 17: `npm start` runs one server process per core behind one port (scripts/serve.mjs). Each new connection
// goes to a worker in turn; the page cache of each must serve pages with the response's own nonce, whichever worker
// rendered them, and follow an edit made anywhere (the content version is announced by PostgreSQL to every process).
const PORT = 3180;
let server: ProductionServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startProductionServer({ port: PORT, dbPrefix: 'iom_cluster', quiet: true, processes: 2 });
});

test.afterAll(async () => {
  await server.stop();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request on a connection of its own (no keep-alive), so successive requests can reach different workers. */
function get(path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port: PORT, path, agent: false, headers: { accept: 'text/html' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
  });
}

test('two server processes answer on one port', async () => {
  const workers = new Set<number>();
  for (let i = 0; i < 12; i += 1) {
    const res = await get('/api/health');
    workers.add((JSON.parse(res.body) as { worker: number }).worker);
  }
  expect([...workers].sort()).toEqual([0, 1]);
});

test('each server process runs with a heap ceiling (WORKER_HEAP_MB, default 256) and two malloc arenas', () => {
  const children = readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim().split(/\s+/);
  expect(children).toHaveLength(2);
  for (const pid of children) {
    const env = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    expect(env.find((v) => v.startsWith('NODE_OPTIONS='))).toContain('--max-old-space-size=256');
    expect(env).toContain('MALLOC_ARENA_MAX=2');
  }
});

test('cached pages carry each response’s own nonce, whichever process rendered them, and follow an edit', async () => {
  test.setTimeout(60_000);
  for (let i = 0; i < 6; i += 1) {
    const res = await get('/en/projects/PX.0220');
    expect(res.status).toBe(200);
    const nonce = /'nonce-([^']+)'/.exec(String(res.headers['content-security-policy']))?.[1];
    expect(nonce).toBeTruthy();
    // Every nonce in the page is this response's (the copy field's script carries one).
    const inPage = [...res.body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
    expect(inPage.length).toBeGreaterThan(0);
    expect(new Set(inPage)).toEqual(new Set([nonce]));
  }
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    await client.query(
      `UPDATE project SET title = jsonb_set(title, '{en}', '"Edited by another process"') WHERE code = 'PX.0220'`,
    );
  } finally {
    await client.end();
  }
  // Every process drops its copy: a few requests on fresh connections all show the edit.
  await expect
    .poll(async () => {
      const bodies = await Promise.all([1, 2, 3, 4].map(() => get('/en/projects/PX.0220')));
      return bodies.every((b) => b.body.includes('Edited by another process'));
    })
    .toBe(true);
});

test('a page one process rendered is kept by the other, which does not render it again', async () => {
  // Connections go to the processes in turn (two requests on fresh connections reach both).
  const worker = async () => (JSON.parse((await get('/api/health')).body) as { worker: number }).worker;
  expect(new Set([await worker(), await worker()]).size).toBe(2);
  // An address nobody asked for: the first answer is a render, then each process answers from its cache, the one that
  // did not render it too (the copy reached it through the cluster's primary). Without sharing, every other request
  // would meet the other process rendering the page for itself (MISS).
  const path = `/en/projects?region=africa&page=${2 + (Date.now() % 500)}`;
  const first = await get(path);
  expect(first.headers['x-page-cache']).toBe('MISS');
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (let i = 0; i < 4; i += 1) {
    const again = await get(path);
    expect(again.headers['x-page-cache']).toBe('HIT');
    expect(again.body.replace(/nonce="[^"]+"/g, '')).toBe(first.body.replace(/nonce="[^"]+"/g, ''));
  }
});
