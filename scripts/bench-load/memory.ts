// The server's processes as `npm start` runs them (scripts/serve.mjs: a cluster primary and one worker per core), and
// the memory phase of bench:load: many distinct public pages, then each process's resident memory from /proc.
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { HTML_ACCEPT, otherStatuses, runAutocannon } from './traffic';

/** The PIDs of the direct children of a process (from /proc: every thread's `children` file). */
export function childrenOf(pid: number): number[] {
  const found = new Set<number>();
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8');
    for (const child of text.split(/\s+/).filter(Boolean)) found.add(Number(child));
  }
  return [...found].sort((a, b) => a - b);
}

/** The `worker` index (WORKER_INDEX) of the process answering /api/health on a connection of its own. */
function healthWorker(base: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}/api/health`, { agent: false, timeout: 10_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        try {
          resolve((JSON.parse(body) as { worker: number }).worker);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('/api/health timed out')));
    req.on('error', reject);
  });
}

// The cluster hands each new connection to the next worker, and a worker still starting gets none.
/** Waits until `count` distinct workers have answered /api/health; returns how many did. */
export async function waitForWorkers(base: string, count: number, timeoutMs = 60_000): Promise<number> {
  const seen = new Set<number>();
  const deadline = Date.now() + timeoutMs;
  while (seen.size < count && Date.now() < deadline) {
    seen.add(await healthWorker(base).catch(() => -1));
    seen.delete(-1);
    if (seen.size < count) await new Promise((r) => setTimeout(r, 100));
  }
  return seen.size;
}

export type Memory = { pid: number; rssMb: number; peakMb: number };

/** Resident memory of a process now (VmRSS) and at its highest since it started (VmHWM), in MiB, from /proc. */
export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (pattern: RegExp) => Number(pattern.exec(status)?.[1] ?? NaN);
  return { pid, rssMb: kb(/^VmRSS:\s+(\d+) kB/m) / 1024, peakMb: kb(/^VmHWM:\s+(\d+) kB/m) / 1024 };
}

const SORTS = ['', '-budget', 'title', '-end', 'start'];
const WORDS = ['migration', 'protection', 'health', 'border', 'return'];

/**
 * The i-th public list page of the memory phase: the project list in English or French with valid filters, made
 * distinct by the minimum budget (i + 1 USD: nearly every project matches, so pages are full-sized); one in four
 * adds a search word, one in three asks for page 2.
 */
function distinctListPath(i: number): string {
  const params = new URLSearchParams();
  if (i % 4 === 3) params.set('q', WORDS[Math.floor(i / 4) % WORDS.length] ?? 'migration');
  params.set('budgetMin', String(i + 1));
  const sort = SORTS[i % SORTS.length];
  if (sort) params.set('sort', sort);
  if (i % 3 === 2) params.set('page', '2');
  return `${i % 2 === 0 ? '/en/projects' : '/fr/projets'}?${params.toString()}`;
}

export type MemoryLoad = {
  requests: number;
  distinct: number;
  seconds: number;
  /** Connection errors (timeouts apart), timeouts, responses other than 2xx and their statuses. */
  networkErrors: number;
  timeouts: number;
  non2xx: number;
  otherStatuses: string;
};

/** `amount` requests (as browsers loading a page) for distinct list pages over `connections` connections. */
export async function distinctPagesLoad(base: string, amount: number, connections: number): Promise<MemoryLoad> {
  let next = 0;
  const started = performance.now();
  const result = await runAutocannon({
    url: base,
    connections,
    amount,
    headers: { accept: HTML_ACCEPT },
    requests: [
      {
        method: 'GET',
        // Called for every request sent: each gets the next distinct address.
        setupRequest: (request) => ({ ...request, path: distinctListPath(next++) }),
      },
    ],
  });
  return {
    requests: result.requests.total,
    distinct: next,
    seconds: (performance.now() - started) / 1000,
    networkErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    otherStatuses: otherStatuses(result),
  };
}
