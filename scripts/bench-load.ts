// `npm run bench:load`: 60 s of mixed public traffic (home, filtered list, project pages, centre pages, API) at 50
// connections against the existing production build, while an editor saves a project every second through the real
// staff form in Chromium. Prints req/s, p50/p95/p99, errors, and checks that every save is in the history (no lost
// update). Builds nothing; uses its own database (seed + 2,000 synthetic projects), dropped afterwards.
import autocannon from 'autocannon';
import pg from 'pg';
import { chromium } from '@playwright/test';
import { seedSynthetic } from '@/lib/seed/synthetic';
import { createTestUser } from '../tests/support/auth';
import { startProductionServer } from './support/production-server';

const PORT = Number(process.env.BENCH_PORT ?? 3291);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = 50;
const EDITED = 'PX.0220';

const PATHS = [
  '/en', '/fr', '/en/projects', '/fr/projets?region=asia-oceania&status=active&sort=-budget',
  '/en/projects?q=migration&coverage=regional&budgetMin=100000', '/en/projects?page=5',
  '/en/projects/PX.0220', '/fr/projets/PO.0160', '/en/projects/FM.0283',
  '/en/resource-centres', '/fr/centres-de-ressources?country=PH', '/en/resource-centres/pohnpei-migrant-resource-centre',
  '/api/v1/projects?region=africa&pageSize=50', '/api/v1/projects/PX.0220', '/api/v1/resource-centres?country=SV',
];

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** An editor in Chromium saving the English title of one project once a second until told to stop. */
async function editorLoop(base: string, user: { email: string; password: string }, until: () => boolean) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const saved: string[] = [];
  let failed = 0;
  try {
    await page.goto(`${base}/en/admin/login`);
    await page.getByLabel('E-mail address').fill(user.email);
    await page.getByLabel('Password', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/en\/admin$/, { timeout: 30_000 });
    while (!until()) {
      const started = Date.now();
      const title = `Protection of and assistance to migrants in the Pacific (save ${saved.length + 1})`;
      try {
        // After a save the editor is back on the form (with the new version): like a person, save again from there.
        if (!/\/en\/admin\/projects\/[^/?]+\?saved=updated$/.test(page.url())) await page.goto(`${base}/en/admin/projects/${EDITED}`);
        await page.getByLabel('Title (English)').fill(title);
        const version = await page.locator('input[name="version"]').inputValue();
        await page.getByRole('button', { name: 'Save and publish' }).click();
        // Saved means the form now carries the record's next version (the address alone may already say "saved").
        await page.waitForFunction(
          (before) => document.querySelector<HTMLInputElement>('input[name="version"]')?.value === String(Number(before) + 1),
          version, { timeout: 15_000 },
        );
        await page.waitForURL(/saved=updated$/, { timeout: 15_000 });
        saved.push(title);
      } catch {
        failed += 1;
      }
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - started))));
    }
  } finally {
    await browser.close();
  }
  return { saved, failed };
}

const server = await startProductionServer({
  port: PORT, dbPrefix: 'iom_bench_load', quiet: true, prepare: async (url) => { await seedSynthetic(url, 2000); },
});
try {
  const editor = await createTestUser(server.databaseUrl, { role: 'editor' });
  const before = Number((await query<{ n: string }>(server.databaseUrl,
    "SELECT count(*) AS n FROM revision r JOIN project p ON p.id = r.record_id AND r.record_type = 'project' WHERE p.code = $1", [EDITED]))[0]?.n ?? 0);
  let done = false;
  const editing = editorLoop(server.url, editor, () => done);
  const latencies: number[] = [];
  // Without a callback autocannon returns its tracker (an EventEmitter) made thenable; its types only say Promise.
  const run = autocannon({
    url: server.url, connections: CONNECTIONS, duration: SECONDS, requests: PATHS.map((path) => ({ path, method: 'GET' })),
    // Browsers ask for HTML when they load a page (the page cache answers only those).
    headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
  }) as unknown as Promise<autocannon.Result> & { on: (e: 'response', l: (c: unknown, s: number, b: number, ms: number) => void) => void };
  run.on('response', (_c, _s, _b, ms) => latencies.push(ms));
  const result = await run;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => (latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? NaN).toFixed(1);
  done = true;
  const { saved, failed } = await editing;
  const after = Number((await query<{ n: string }>(server.databaseUrl,
    "SELECT count(*) AS n FROM revision r JOIN project p ON p.id = r.record_id AND r.record_type = 'project' WHERE p.code = $1", [EDITED]))[0]?.n ?? 0);
  const [current] = await query<{ title_en: string; version: number }>(server.databaseUrl, 'SELECT title_en, version FROM project WHERE code = $1', [EDITED]);
  const errors = result.errors + result.timeouts + result.non2xx;
  const lost = saved.length - (after - before);
  console.log(`\nbench:load ${new Date().toISOString()}: ${SECONDS} s, ${CONNECTIONS} connections, ${PATHS.length} public URLs in rotation`);
  console.log('| figure | value |\n|---|---|');
  console.log(`| requests | ${result.requests.total} |`);
  console.log(`| req/s (mean) | ${result.requests.average.toFixed(0)} |`);
  console.log(`| latency p50 / p95 / p99 | ${pct(50)} / ${pct(95)} / ${pct(99)} ms |`);
  console.log(`| errors (network, timeouts, non-2xx) | ${errors} |`);
  console.log(`| editor saves (1/s) | ${saved.length} ok, ${failed} failed |`);
  console.log(`| revisions written for the saves | ${after - before} |`);
  console.log(`| lost updates | ${lost} |`);
  const lastOk = current?.title_en === saved.at(-1);
  console.log(`| last saved title is the current one | ${lastOk ? 'yes' : 'no'} |`);
  process.exitCode = errors === 0 && lost === 0 && failed === 0 && lastOk ? 0 : 1;
} finally {
  await server.stop();
}
