// `npm run bench:load [-- --editors N] [-- --skip-memory]`: the production server as `npm start` runs it (one process
// per core, scripts/serve.mjs) on a database of its own (seed + 2,000 synthetic projects, dropped afterwards), against
// the existing build (builds nothing). Phases:
// 1. 50 wrong logins at once (distinct e-mail and source addresses) while /api/v1/regions is read one request after
//    another: none of those reads may take 1 s or more (issue 11, item 2).
// 2. After a warm-up (each public URL once per server process), BENCH_SECONDS (60) of public traffic at 50 connections
//    (15 URLs: home, lists, project and centre pages, API; latency per URL class) while N editors (BENCH_EDITORS or
//    --editors, default 5) save projects through the real staff form in Chromium about once a second, the last two on
//    the same record (a save refused for a conflict is not a failure). Then the lost-save verdict per record: accepted
//    saves vs revisions written vs version increments.
// 3. 20,000 requests (BENCH_MEMORY_REQUESTS) for distinct list pages at 10 connections, then each server process's
//    resident memory against the page-cache budget (PAGE_CACHE_MB) + 150 MB (issue 17).
// Exits non-zero when a check fails: an error response, a lost or failed save, a save answered after 2 s or more, the
// login burst, memory over the limit.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { getEnv } from '@/lib/env';
import { seedSynthetic } from '@/lib/seed/synthetic';
import { openEditors, recordsFor, runEditor, type EditorFigures } from './bench-load/editors';
import { loginBurst } from './bench-load/login-burst';
import {
  childrenOf,
  distinctPagesLoad,
  memoryOf,
  waitForWorkers,
  type Memory,
  type MemoryLoad,
} from './bench-load/memory';
import { checkSaves, recordStates } from './bench-load/save-check';
import { ms, percentiles, summarise, type Summary } from './bench-load/stats';
import { PUBLIC_URL_COUNT, publicTraffic, URL_CLASSES, warmUp, type ClassFigures } from './bench-load/traffic';
import { startProductionServer } from './support/production-server';

const { values: args } = parseArgs({
  options: { editors: { type: 'string' }, 'skip-memory': { type: 'boolean', default: false } },
});
const PORT = Number(process.env.BENCH_PORT ?? 3291);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const EDITORS = Number(args.editors ?? process.env.BENCH_EDITORS ?? 5);
const MEMORY_REQUESTS = Number(process.env.BENCH_MEMORY_REQUESTS ?? 20_000);
const CONNECTIONS = 50;
const MEMORY_CONNECTIONS = 10;
const SAVE_LIMIT_MS = 2000;
// Issue 17: each server process stays within the page-cache budget plus 150 MB.
const MEMORY_MARGIN_MIB = 150e6 / 2 ** 20;
const PROCESSES = availableParallelism();
if (!Number.isSafeInteger(EDITORS) || EDITORS < 1) throw new Error('--editors must be a whole number from 1');
if (!(SECONDS > 0) || !(MEMORY_REQUESTS >= MEMORY_CONNECTIONS)) throw new Error('Bad BENCH_SECONDS or requests');

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
  return ok ? 'yes' : 'NO';
};
const log = (line: string) => console.error(`bench:load: ${line}`);
const row = (...cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);
const table = (...headings: string[]) => {
  console.log('');
  row(...headings);
  row(...headings.map(() => '---'));
};
const mib = (value: number) => `${value.toFixed(0)} MiB`;

const server = await startProductionServer({
  port: PORT,
  dbPrefix: 'iom_bench_load',
  quiet: true,
  processes: PROCESSES,
  prepare: async (url) => {
    await seedSynthetic(url, 2000);
  },
});
try {
  if (server.pid === undefined) throw new Error('The server has no process id');
  const primary = server.pid;
  const answering = await waitForWorkers(server.url, PROCESSES);
  const workers = childrenOf(primary);
  const memoryAtStart = new Map([...workers, primary].map((pid) => [pid, memoryOf(pid)]));
  log(`server up: ${workers.length} worker process(es) (${answering} answering), primary ${primary}`);

  log('login burst');
  const burst = await loginBurst(server.url, server.databaseUrl);

  const codes = await recordsFor(server.databaseUrl, EDITORS);
  log(`logging in ${EDITORS} editor(s) on ${new Set(codes).size} record(s)`);
  const browser = await openEditors(server.url, server.databaseUrl, codes);
  let editors: EditorFigures[];
  let traffic: Awaited<ReturnType<typeof publicTraffic>>;
  const before = await recordStates(server.databaseUrl, codes);
  try {
    log('warm-up: each public URL once per server process');
    await warmUp(server.url, PROCESSES);
    log(`${SECONDS} s of public traffic at ${CONNECTIONS} connections while the editors save`);
    let done = false;
    const editing = Promise.all(browser.editors.map((e) => runEditor(e, server.url, () => done)));
    traffic = await publicTraffic(server.url, CONNECTIONS, SECONDS).finally(() => {
      done = true;
    });
    editors = await editing;
  } finally {
    await browser.close();
  }
  const after = await recordStates(server.databaseUrl, codes);
  const verdicts = await checkSaves(server.databaseUrl, before, after, editors);

  let memory: MemoryLoad | undefined;
  const memoryBefore = new Map([...childrenOf(primary), primary].map((pid) => [pid, memoryOf(pid)]));
  if (!args['skip-memory']) {
    log(`${MEMORY_REQUESTS} requests for distinct list pages at ${MEMORY_CONNECTIONS} connections`);
    memory = await distinctPagesLoad(server.url, MEMORY_REQUESTS, MEMORY_CONNECTIONS);
  }
  const workersAfter = childrenOf(primary);

  console.log(
    `\nbench:load ${new Date().toISOString()}: ${SECONDS} s, ${CONNECTIONS} connections over ${PUBLIC_URL_COUNT} ` +
      `public URLs, ${EDITORS} editor(s)`,
  );
  table('server', 'value');
  row(
    'server processes (cluster workers, one per core as `npm start`)',
    `${workers.length} (PIDs ${workers.join(', ')}; primary ${primary}; ${PROCESSES} core(s))`,
  );
  row(
    'the same workers at the end (none restarted)',
    check(workersAfter.join() === workers.join() && workers.length === PROCESSES, 'server processes'),
  );

  const classRow = (name: string, f: ClassFigures) =>
    row(name, f.count.toLocaleString('en'), percentiles(f), ms(f.max), f.errors);
  table('public traffic (latency per URL class)', 'responses', 'p50 / p95 / p99', 'max', 'errors (non-2xx)');
  for (const c of URL_CLASSES) classRow(c, traffic.byClass[c]);
  classRow('all', traffic.all);
  const errors = traffic.all.errors + traffic.networkErrors + traffic.timeouts + traffic.unmatched;
  table('public traffic', 'value');
  row('responses per second (mean)', traffic.perSecond.toFixed(0));
  row('connection errors / timeouts (not attributable to a URL)', `${traffic.networkErrors} / ${traffic.timeouts}`);
  row('statuses other than 2xx', traffic.otherStatuses);
  if (traffic.unmatched) row('responses not matched to their URL (measuring fault)', traffic.unmatched);
  row('no error at all', check(errors === 0, `${errors} error(s) in the public traffic`));

  const accepted = summarise(editors.flatMap((e) => e.accepted.map((s) => s.ms)));
  const refused = summarise(editors.flatMap((e) => e.refusedMs));
  const saveRow = (name: string, s: Summary) => row(name, s.count, percentiles(s), ms(s.max));
  table('editor saves (click to answer)', 'saves', 'p50 / p95 / p99', 'max');
  saveRow('accepted (the form shows the next version)', accepted);
  saveRow('refused (conflict: the other editor saved first)', refused);
  const slowest = Math.max(accepted.count ? accepted.max : 0, refused.count ? refused.max : 0);
  const failed = editors.reduce((n, e) => n + e.failures.length, 0);
  table('editor saves', 'value');
  row('failed (neither accepted nor refused for a conflict)', failed);
  check(failed === 0, `${failed} failed save(s)`);
  row(
    `every save answered within ${SAVE_LIMIT_MS / 1000} s (slowest)`,
    `${check(slowest < SAVE_LIMIT_MS, `a save took ${ms(slowest)}`)} (${ms(slowest)})`,
  );
  table('editor', 'record', 'accepted', 'refused (conflict)', 'failed', 'slowest answer');
  for (const e of editors) {
    const all = [...e.accepted.map((s) => s.ms), ...e.refusedMs];
    row(e.index, e.code, e.accepted.length, e.refusedMs.length, e.failures.length, ms(summarise(all).max));
  }
  for (const e of editors) {
    for (const f of [...new Set(e.failures)].slice(0, 3)) console.log(`- editor ${e.index} failure: ${f}`);
  }

  table(
    'record',
    'editors',
    'accepted',
    'refused (conflict)',
    'unanswered but written',
    'revisions written',
    'version increments',
    'lost (accepted − revisions of them)',
    'accepted saves in the history',
    'last accepted title is current',
  );
  for (const v of verdicts) {
    row(
      v.code,
      v.editors.join(', '),
      v.accepted,
      v.refused,
      v.writtenUnanswered,
      v.revisions,
      v.increments,
      v.lost,
      `${v.accepted - v.notInHistory} / ${v.accepted}`,
      v.titleOk ? 'yes' : 'NO',
    );
    check(v.ok, `${v.code}: saves do not match the history`);
  }
  const lost = verdicts.reduce((n, v) => n + Math.max(0, v.lost), 0);
  const mismatched = verdicts.filter((v) => !v.ok).length;
  console.log(
    `\n${lost === 0 ? '0 lost saves' : `${lost} LOST SAVES`}` +
      (mismatched ? ` (${mismatched} record(s) whose saves, history, versions or title disagree)` : ''),
  );

  table('login burst', 'value');
  row(
    '50 simultaneous wrong logins (distinct addresses): answered, all done after',
    `${burst.answered} / 50, ${ms(burst.loginsMs)}`,
  );
  row(
    '/api/v1/regions during those logins: requests, p50 / max (must stay under 1 s), errors',
    `${burst.requests}, ${ms(burst.p50)} / ${ms(burst.max)}, ${burst.regionErrors}`,
  );
  row('login burst checks pass', check(burst.ok, 'login burst'));

  if (memory) {
    const env = getEnv();
    const limit = env.PAGE_CACHE_MB + MEMORY_MARGIN_MIB;
    const memoryErrors = memory.networkErrors + memory.timeouts + memory.non2xx;
    table('memory phase', 'value');
    row(
      'requests for distinct list pages (valid filters)',
      `${memory.requests.toLocaleString('en')} (${memory.distinct.toLocaleString('en')} addresses) at ` +
        `${MEMORY_CONNECTIONS} connections in ${memory.seconds.toFixed(0)} s`,
    );
    row(
      'connection errors / timeouts / responses other than 2xx (statuses)',
      `${memory.networkErrors} / ${memory.timeouts} / ${memory.non2xx} (${memory.otherStatuses})`,
    );
    check(memoryErrors === 0, `${memoryErrors} error(s) in the memory phase`);
    row(
      'page-cache budget per process (PAGE_CACHE_MB), limit = budget + 150 MB',
      `${mib(env.PAGE_CACHE_MB)} (PAGE_CACHE=${env.PAGE_CACHE}), limit ${mib(limit)}`,
    );
    table(
      'server process',
      'PID',
      'RSS at start',
      'RSS before this phase',
      'RSS after',
      'peak RSS (VmHWM, whole run)',
      'growth during this phase',
      'growth within budget + 150 MB',
    );
    const processes = [
      ...workersAfter.map((pid, i) => ({ name: `worker ${i + 1}`, pid })),
      { name: 'primary (cluster)', pid: primary },
    ];
    // What 20,000 distinct pages add to a process, from what it held when they began (a Next.js process starts at
    // about 170 MiB, the build's code, whatever the cache does).
    let over = 0;
    for (const p of processes) {
      const m = memoryOf(p.pid);
      const rss = (at: Map<number, Memory>) => {
        const found = at.get(p.pid);
        return found ? mib(found.rssMb) : '–';
      };
      const before = memoryBefore.get(p.pid)?.rssMb;
      const growth = before === undefined ? NaN : m.rssMb - before;
      if (!(growth <= limit)) over += 1;
      const within = growth <= limit ? 'yes' : 'NO';
      const cells = [rss(memoryAtStart), rss(memoryBefore), mib(m.rssMb), mib(m.peakMb), mib(growth), within];
      row(p.name, p.pid, ...cells);
    }
    console.log(
      `\nRSS growth within budget + 150 MB: ${check(over === 0, `${over} process(es) over the memory limit`)}`,
    );
  }

  console.log(failures.length ? `\nFAILED: ${failures.join('; ')}` : '\nAll checks passed.');
  process.exitCode = failures.length ? 1 : 0;
} finally {
  await server.stop();
}
