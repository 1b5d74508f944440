// `npm run bench`: measures the production build (never builds it) on a temporary database with 10,000 synthetic
// projects: 10 connections, 15 s per URL, req/s and p50/p95/p99 latency, each dynamic figure also as a ratio to a
// static baseline of the same server; then the filtered list, a project page and the dashboard of a filtered view
// again on a server with the page cache off (the cost of a render); then EXPLAIN ANALYZE of the list queries. Drops the
// database and stops the servers after.
// First, the parse time of the page and CSV importers (bench-parsers.ts; `-- --parsers` runs only that).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { getEnv } from '@/lib/env';
import { migrate } from '@/lib/migrate';
import { runSeed } from '@/lib/seed/run-seed';
import { seedSynthetic } from '@/lib/seed/synthetic';
import { explainListQueries } from './bench-explain';
import { benchParsers } from './bench-parsers';
import { testSecrets } from './support/production-server';

const ROOT = path.resolve(import.meta.dirname, '..');
// `--name=value` or `--name value`.
const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
};
const PORT = Number(arg('port') ?? 3290);
// `-- --projects 100000` or `-- --projects=100000`: how many synthetic projects (default 10,000).
const COUNT = Number(arg('projects') ?? 10_000);
// `-- --processes N`: the servers run as `npm start` runs them (scripts/serve.mjs: heap ceiling, N processes behind
// one port); default 1, so every figure is one Node.js process against the static file of that process.
const PROCESSES = Math.max(1, Number(arg('processes') ?? 1));
const SECONDS = 15;
const CONNECTIONS = 10;
const FILTERED = '/en/projects?q=trafficking&region=africa&status=completed&coverage=national&sort=-budget';
const DASHBOARD = '/en/projects/dashboard?region=asia-oceania&status=active';
// What a browser sends for a page load (the page cache serves only requests that ask for HTML).
const HEADERS = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

type Figures = {
  label: string;
  url: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  solo: number;
};

const withDb = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
const ms = (x: number) => `${x.toFixed(1)} ms`;
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function admin(serverUrl: string, sql: string) {
  const c = new pg.Client({ connectionString: withDb(serverUrl, 'postgres') });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function waitForServer(base: string, child: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/en`, { redirect: 'manual' })).status < 500) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('The server did not start within 60 s');
}

/** A static file of the build as the baseline (the same server, no rendering, no database). */
async function staticBaseline(base: string): Promise<string> {
  for (const candidate of ['/robots.txt']) {
    const res = await fetch(base + candidate);
    if (res.ok && res.headers.get('x-nextjs-cache') !== null) return candidate;
  }
  const dir = path.join(ROOT, '.next', 'static', 'chunks');
  const css = readdirSync(dir, { recursive: true })
    .map(String)
    .find((f) => f.endsWith('.css'));
  if (!css) throw new Error('No static file found in the build for the baseline');
  return `/_next/static/chunks/${css}`;
}

async function measure(label: string, url: string): Promise<Figures> {
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers: HEADERS }); // warm-up, not counted
  const latencies: number[] = [];
  // Without a callback autocannon returns its tracker (an EventEmitter) made thenable; its types only say Promise.
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: HEADERS,
  }) as unknown as Promise<autocannon.Result> & {
    on: (event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void) => void;
  };
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  // Also one request at a time (no queueing): the service time of a single request.
  const solo = await autocannon({ url, connections: 1, amount: 20, headers: HEADERS });
  return {
    label,
    url,
    rps: result.requests.average,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    errors: result.errors + result.timeouts + result.non2xx,
    solo: solo.latency.p50,
  };
}

/** The resident memory of a process (kB → MB), from /proc. */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/**
 * Downloads `url` once, reading the body as it comes: time to the first byte of the body and to the end, rows, and
 * the growth of the server's RSS over what it was just before (sampled every 10 ms while the body streams).
 */
async function exportFigures(url: string, pid: number) {
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 10);
  const started = performance.now();
  try {
    const res = await fetch(url);
    if (!res.ok || !res.body) throw new Error(`${url} answered ${res.status}`);
    let firstByte = NaN;
    let bytes = 0;
    let lines = 0;
    const reader = res.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      const chunk = next.value;
      if (bytes === 0) firstByte = performance.now() - started;
      bytes += chunk.byteLength;
      for (const b of chunk) if (b === 10) lines += 1;
    }
    return { firstByte, total: performance.now() - started, bytes, rows: lines - 1, before, growth: peak - before };
  } finally {
    clearInterval(sampler);
    peak = Math.max(peak, rssMb(pid));
  }
}

async function main() {
  // The importers' parse time needs no server: `npm run bench -- --parsers` measures only that.
  if (process.argv.includes('--parsers')) {
    benchParsers();
    return;
  }
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('No production build found: run `npm run build` first (the benchmark never builds).');
  }
  benchParsers();
  const serverUrl = getEnv().DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `iom_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const dbUrl = withDb(serverUrl, name);
  // A child's exit code changes while we wait for it (a function call, so the check is not narrowed away).
  const stillRunning = (child: ChildProcess) => child.exitCode === null;
  const children: ChildProcess[] = [];
  const stopAll = async () => {
    for (const child of children.splice(0)) {
      if (!child.pid || child.exitCode !== null) continue;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (stillRunning(child)) process.kill(child.pid, 'SIGKILL');
    }
  };
  const cleanup = async () => {
    await stopAll();
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
  };
  const start = async (port: number, env: Record<string, string> = {}) => {
    const args = ['-H', '127.0.0.1', '-p', String(port)];
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve.mjs'), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      // A production server refuses to start without its secrets; the run's own throwaway ones.
      env: {
        ...process.env,
        ...testSecrets(),
        DATABASE_URL: dbUrl,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        LOG_LEVEL: 'warn',
        SITE_URL: `http://127.0.0.1:${port}`,
        WEB_CONCURRENCY: String(PROCESSES),
        ...env,
      },
    });
    children.push(child);
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(base, child);
    // The server process itself: the cluster's worker (with one, the only child of the primary).
    const workers = child.pid ? readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim() : '';
    return { base, pid: PROCESSES === 1 && workers ? Number(workers) : child.pid };
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    console.log(`Creating database ${name}, migrating, seeding ${COUNT} synthetic projects…`);
    await admin(serverUrl, `CREATE DATABASE "${name}"`);
    await migrate({ connectionString: dbUrl, log: () => {} });
    await runSeed({ connectionString: dbUrl });
    await seedSynthetic(dbUrl, COUNT);
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    const { rows } = await c.query(
      `SELECT code FROM project WHERE publication_state = 'published' AND code LIKE 'SY.%' ORDER BY code LIMIT 1 OFFSET 41`,
    );
    await c.end();
    const projectCode = (rows[0] as { code: string }).code;

    const { base, pid } = await start(PORT);
    console.log(
      `Server PID ${pid ?? '?'} on ${base} (${PROCESSES} process(es)); ${CONNECTIONS} connections, ${SECONDS} s per URL.\n`,
    );
    const baselinePath = await staticBaseline(base);
    const urls: [string, string][] = [
      ['static baseline', baselinePath],
      ['list', '/en/projects'],
      ['list: q + 3 filters + sort', FILTERED],
      ['list: page 50', '/en/projects?page=50'],
      ['project page', `/en/projects/${projectCode}`],
      ['dashboard: 2 filters', DASHBOARD],
      ['CSV, 2 filters', '/api/v1/projects?format=csv&region=africa&status=completed'],
    ];
    const figures: Figures[] = [];
    const report = (f: Figures) => {
      figures.push(f);
      console.log(
        `${f.label.padEnd(44)} ${f.rps.toFixed(1).padStart(8)} req/s  p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  p99 ${ms(f.p99)}  errors ${f.errors}  (alone: p50 ${ms(f.solo)})`,
      );
    };
    for (const [label, url] of urls) report(await measure(label, base + url));
    // Every published project as CSV, once: memory must stay flat and the first rows leave before the last is read.
    // The process that sends it (with several, which one is not known beforehand: measured with one only).
    if (pid && PROCESSES === 1) {
      const e = await exportFigures(`${base}/api/v1/projects?format=csv`, pid);
      console.log(
        `\nCSV export of every published project: ${e.rows} rows, ${(e.bytes / 1e6).toFixed(1)} MB; first byte after ` +
          `${ms(e.firstByte)}, done after ${ms(e.total)}; server RSS ${e.before.toFixed(0)} MB before, ` +
          `grew by ${e.growth.toFixed(1)} MB at most.`,
      );
    }
    // The same pages rendered on every request: what a first visitor, or the first one after an edit, waits for.
    await stopAll();
    const uncached = await start(PORT, { PAGE_CACHE: 'off' });
    console.log(`\nServer PID ${uncached.pid ?? '?'} with PAGE_CACHE=off:`);
    for (const [label, url] of [
      ['list: q + 3 filters + sort, page cache off', FILTERED],
      ['project page, page cache off', `/en/projects/${projectCode}`],
      ['dashboard: 2 filters, page cache off', DASHBOARD],
    ] as const) {
      report(await measure(label, uncached.base + url));
    }
    const [b] = figures;
    if (!b) throw new Error('No figures were measured');
    console.log(
      '\n| URL | req/s | p50 ms | p95 ms | p99 ms | req/s ÷ baseline | p95 ÷ baseline | errors | p50 ms, 1 connection |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const f of figures) {
      const ratio = (x: number, y: number, d: number) => (f === b ? '1' : (x / y).toFixed(d));
      const n = (x: number) => x.toFixed(1);
      const url = f.url.replace(base, '').replace(uncached.base, '');
      const note = f.label.endsWith('page cache off') ? ' (page cache off)' : '';
      const cells = [`\`${url}\`${note}`, n(f.rps), n(f.p50), n(f.p95), n(f.p99)];
      cells.push(ratio(f.rps, b.rps, 4), ratio(f.p95, b.p95, 1), String(f.errors), n(f.solo));
      console.log(`| ${cells.join(' | ')} |`);
    }
    const seq = await explainListQueries(dbUrl, [
      ['list', {}],
      ['list: q + 3 filters + sort', Object.fromEntries(new URL(FILTERED, base).searchParams)],
      ['list: page 50', { page: '50' }],
    ]);
    const filtered = seq.filter((label) => label.startsWith('list: q'));
    console.log(
      `\nFiltered list (q + 3 filters + sort): ${filtered.length ? `SEQUENTIAL SCAN of project in ${filtered.join('; ')}` : 'no sequential scan of project'}.`,
    );
    console.log(
      `Sequential scans of project elsewhere (unfiltered lists read most rows, where a scan is the cheapest plan): ${seq.filter((l) => !filtered.includes(l)).join('; ') || 'none'}.`,
    );
  } finally {
    await cleanup();
    console.log(`Stopped the server and dropped ${name}.`);
  }
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
