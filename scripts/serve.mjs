// The production server of `npm start`: one `next start` process per core behind one port, with Node's own
// `cluster` (the primary listens and hands each connection to a worker in turn; README "Performance" says why this
// rather than a process manager). WEB_CONCURRENCY sets the number of workers (default: the cores this process may
// use). The workers share what must agree between them through the environment (the page cache's render secret);
// everything else that must hold across processes (sessions, rate limits, the content version) is in PostgreSQL.
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';

const require = createRequire(import.meta.url);
const given = Number.parseInt(process.env.WEB_CONCURRENCY ?? '', 10);
const size = Number.isSafeInteger(given) && given > 0 ? Math.min(given, 64) : availableParallelism();
// A worker that dies is replaced, unless workers keep dying: then the server stops rather than loop.
const RESTARTS_PER_MINUTE = 10;

process.env.PAGE_CACHE_SECRET ??= randomBytes(32).toString('base64');
// V8 lets a process's heap grow far beyond what is live when it allocates fast (every render does), and gives little
// back: 20,000 distinct pages took a worker from 180 to 800 MiB. A ceiling makes it collect instead (the live set of a
// worker is well under it); WORKER_HEAP_MB sets it, 0 leaves Node's default.
const heapGiven = Number.parseInt(process.env.WORKER_HEAP_MB ?? '', 10);
const heapMb = Number.isSafeInteger(heapGiven) && heapGiven >= 0 ? heapGiven : 256;
// Through NODE_OPTIONS (Next.js rewrites its process title, and with it what /proc shows of the command line).
const nodeOptions = [process.env.NODE_OPTIONS, heapMb > 0 ? `--max-old-space-size=${heapMb}` : '']
  .filter(Boolean)
  .join(' ');
// glibc gives threads malloc arenas of their own (up to 8 per core), and memory freed into one is not reused by the
// others: compressing pages the cache keeps (lib/page-cache/store.ts), 16 compressions a page, left a 64 MiB cache
// 87 MiB above a process keeping nothing, 65 MiB with two arenas. Read at process start, so set here.
const mallocArenas = process.env.MALLOC_ARENA_MAX ?? '2';
cluster.setupPrimary({ exec: require.resolve('next/dist/bin/next'), args: ['start', ...process.argv.slice(2)] });

let stopping = false;
const restarts = [];
/** The live worker of each index. */
const workers = new Map();

// The workers' page caches share their renders (lib/page-cache/share.ts): a page one of them kept goes to the others,
// a render asked of a page's owner goes to that worker only.
cluster.on('message', (from, message) => {
  if (message?.type !== 'page-cache') return;
  for (const [index, worker] of workers) {
    if (worker !== from && (message.to === undefined || message.to === index) && worker.isConnected()) {
      worker.send(message);
    }
  }
});

function fork(index) {
  const worker = cluster.fork({
    WORKER_INDEX: String(index),
    WORKER_COUNT: String(size),
    NODE_OPTIONS: nodeOptions,
    MALLOC_ARENA_MAX: mallocArenas,
  });
  workers.set(index, worker);
  worker.on('exit', (code, signal) => {
    if (workers.get(index) === worker) workers.delete(index);
    if (stopping) return;
    const now = Date.now();
    restarts.push(now);
    while (restarts.length > 0 && restarts[0] < now - 60_000) restarts.shift();
    console.error(`Worker ${index} exited (${signal ?? code}); ${restarts.length} restart(s) in the last minute.`);
    if (restarts.length > RESTARTS_PER_MINUTE) {
      console.error('Workers keep exiting: stopping the server.');
      void stop(1);
      return;
    }
    fork(index);
  });
}

async function stop(code) {
  if (stopping) return;
  stopping = true;
  const workers = Object.values(cluster.workers ?? {}).filter(Boolean);
  await Promise.all(
    workers.map(
      (w) =>
        new Promise((resolve) => {
          if (w.isDead()) return resolve();
          w.once('exit', resolve);
          w.process.kill('SIGTERM');
        }),
    ),
  );
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));
console.log(`Starting ${size} server process(es) (WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY ?? 'unset'}).`);
for (let i = 0; i < size; i += 1) fork(i);
