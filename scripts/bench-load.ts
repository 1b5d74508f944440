// `npm run bench:load`: 60 s of mixed public traffic (home, filtered list, project pages, centre pages, API) at 50
// connections against the existing production build, while an editor saves a project every second through the real
// staff form in Chromium. Prints req/s, p50/p95/p99, errors, and checks that every save is in the history (no lost
// update). Before that, a burst of 50 login attempts at once (distinct e-mail and source addresses) while
// /api/v1/regions is requested one request after another: none of those may take 1 s or more (issue 11, item 2).
// Builds nothing; uses its own database (seed + 2,000 synthetic projects), dropped afterwards.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { chromium } from '@playwright/test';
import { seedSynthetic } from '@/lib/seed/synthetic';
import { createTestUser, uniqueEmail } from '../tests/support/auth';
import { startProductionServer } from './support/production-server';

const PORT = Number(process.env.BENCH_PORT ?? 3291);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = 50;
const EDITED = 'PX.0220';

const PATHS = [
  '/en',
  '/fr',
  '/en/projects',
  '/fr/projets?region=asia-oceania&status=active&sort=-budget',
  '/en/projects?q=migration&coverage=regional&budgetMin=100000',
  '/en/projects?page=5',
  '/en/projects/PX.0220',
  '/fr/projets/PO.0160',
  '/en/projects/FM.0283',
  '/en/resource-centres',
  '/fr/centres-de-ressources?country=PH',
  '/en/resource-centres/pohnpei-migrant-resource-centre',
  '/api/v1/projects?region=africa&pageSize=50',
  '/api/v1/projects/PX.0220',
  '/api/v1/resource-centres?country=SV',
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
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
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
        if (!/\/en\/admin\/projects\/[^/?]+\?saved=updated$/.test(page.url()))
          await page.goto(`${base}/en/admin/projects/${EDITED}`);
        await page.getByLabel('Title (English)').fill(title);
        const version = await page.locator('input[name="version"]').inputValue();
        await page.getByRole('button', { name: 'Save and publish' }).click();
        // Saved means the form now carries the record's next version (the address alone may already say "saved").
        await page.waitForFunction(
          (before) =>
            document.querySelector<HTMLInputElement>('input[name="version"]')?.value === String(Number(before) + 1),
          version,
          { timeout: 15_000 },
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

type ManifestEntry = { exportedName?: string; workers?: Record<string, { exportedName?: string }> };

/** The id of the login form's server action in the existing build. */
function loginActionId(): string {
  const file = resolve(import.meta.dirname, '../.next/server/server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node: Record<string, ManifestEntry> };
  const nameOf = (e: ManifestEntry) => e.exportedName ?? Object.values(e.workers ?? {})[0]?.exportedName;
  const found = Object.entries(manifest.node).find(([, entry]) => nameOf(entry) === 'loginAction');
  if (!found) throw new Error('loginAction is not in .next/server/server-reference-manifest.json');
  return found[0];
}

/** One wrong login posted as the login form does (React's reply encoding of `loginAction(state, formData)`). */
async function postWrongLogin(base: string, actionId: string, email: string, sourceAddress: string): Promise<boolean> {
  const body = new FormData();
  body.set('_1_locale', 'en');
  body.set('_1_email', email);
  body.set('_1_password', 'not the password at all');
  // Last, as the browser sends it: the form's fields must be there when React decodes the arguments that refer to them.
  body.set('0', JSON.stringify([{ ok: true, step: 'password' }, '$K1']));
  const res = await fetch(`${base}/en/admin/login`, {
    method: 'POST',
    body,
    signal: AbortSignal.timeout(120_000),
    // X-Forwarded-For is believed from a loopback peer (TRUSTED_PROXIES defaults to `loopback`).
    headers: { 'next-action': actionId, origin: base, accept: 'text/x-component', 'x-forwarded-for': sourceAddress },
  });
  const text = await res.text();
  // The form's answer: the wrong-password message, or the throttling one.
  const answered = text.includes('Wrong e-mail address or password.') || text.includes('Too many failed attempts');
  return res.status === 200 && answered;
}

/** 50 wrong logins at once (10 existing accounts, 40 unknown addresses) while /api/v1/regions is read in a loop. */
async function loginBurst(base: string, databaseUrl: string) {
  const actionId = loginActionId();
  const existing = await Promise.all(Array.from({ length: 10 }, () => createTestUser(databaseUrl, { role: 'editor' })));
  const emails = Array.from({ length: 50 }, (_, i) => existing[i]?.email ?? uniqueEmail('nobody'));
  await (await fetch(`${base}/api/v1/regions`)).arrayBuffer();
  const logins = { done: false };
  const started = performance.now();
  const answers = Promise.all(
    emails.map((email, i) => postWrongLogin(base, actionId, email, `198.51.100.${i + 1}`).catch(() => false)),
  ).finally(() => {
    logins.done = true;
  });
  const regions: number[] = [];
  let regionErrors = 0;
  while (!logins.done) {
    const before = performance.now();
    const res = await fetch(`${base}/api/v1/regions`, { signal: AbortSignal.timeout(60_000) }).catch(() => null);
    await res?.arrayBuffer();
    if (res?.status !== 200) regionErrors += 1;
    regions.push(performance.now() - before);
  }
  const answered = (await answers).filter(Boolean).length;
  regions.sort((a, b) => a - b);
  return {
    answered,
    loginsMs: performance.now() - started,
    regionErrors,
    requests: regions.length,
    p50: regions[Math.floor(regions.length / 2)] ?? NaN,
    max: regions.at(-1) ?? NaN,
  };
}

const server = await startProductionServer({
  port: PORT,
  dbPrefix: 'iom_bench_load',
  quiet: true,
  prepare: async (url) => {
    await seedSynthetic(url, 2000);
  },
});
try {
  const burst = await loginBurst(server.url, server.databaseUrl);
  const editor = await createTestUser(server.databaseUrl, { role: 'editor' });
  const before = Number(
    (
      await query<{ n: string }>(
        server.databaseUrl,
        "SELECT count(*) AS n FROM revision r JOIN project p ON p.id = r.record_id AND r.record_type = 'project' WHERE p.code = $1",
        [EDITED],
      )
    )[0]?.n ?? 0,
  );
  let done = false;
  const editing = editorLoop(server.url, editor, () => done);
  const latencies: number[] = [];
  // Without a callback autocannon returns its tracker (an EventEmitter) made thenable; its types only say Promise.
  const run = autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: PATHS.map((path) => ({ path, method: 'GET' })),
    // Browsers ask for HTML when they load a page (the page cache answers only those).
    headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
  }) as unknown as Promise<autocannon.Result> & {
    on: (e: 'response', l: (c: unknown, s: number, b: number, ms: number) => void) => void;
  };
  run.on('response', (_c, _s, _b, ms) => latencies.push(ms));
  const result = await run;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    (latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? NaN).toFixed(1);
  done = true;
  const { saved, failed } = await editing;
  const after = Number(
    (
      await query<{ n: string }>(
        server.databaseUrl,
        "SELECT count(*) AS n FROM revision r JOIN project p ON p.id = r.record_id AND r.record_type = 'project' WHERE p.code = $1",
        [EDITED],
      )
    )[0]?.n ?? 0,
  );
  const [current] = await query<{ title_en: string; version: number }>(
    server.databaseUrl,
    "SELECT title->>'en' AS title_en, version FROM project WHERE code = $1",
    [EDITED],
  );
  const errors = result.errors + result.timeouts + result.non2xx;
  const lost = saved.length - (after - before);
  console.log(
    `\nbench:load ${new Date().toISOString()}: ${SECONDS} s, ${CONNECTIONS} connections, ${PATHS.length} public URLs in rotation`,
  );
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
  console.log(
    `| 50 simultaneous wrong logins (distinct addresses): answered, all done after | ${burst.answered} / 50, ` +
      `${burst.loginsMs.toFixed(0)} ms |`,
  );
  console.log(
    `| /api/v1/regions during those logins: requests, p50 / max (must stay under 1 s), errors | ` +
      `${burst.requests}, ${burst.p50.toFixed(1)} / ${burst.max.toFixed(1)} ms, ${burst.regionErrors} |`,
  );
  const burstOk = burst.answered === 50 && burst.regionErrors === 0 && burst.max < 1000;
  process.exitCode = errors === 0 && lost === 0 && failed === 0 && lastOk && burstOk ? 0 : 1;
} finally {
  await server.stop();
}
