// The page caches of `npm start`'s server processes (scripts/serve.mjs) share their renders: each public page has one
// owner among the processes, which renders it again after a change; a page one process renders is sent, through the
// cluster's primary, to the others, which keep it as if they had rendered it. Without this every process rendered
// every page after every change: under bench:load's stream of edits, the renders were most of the machine's work.
// A process on its own (`next start`, development) renders everything itself.
import { createHash } from 'node:crypto';
import type { CachedPage } from '@/lib/page-cache/store';
import { pageCacheState } from '@/lib/page-cache/state';

/** A message between the workers: a page kept (for all), or a render asked of the page's owner (`to`). */
export type ShareMessage =
  | { type: 'page-cache'; op: 'kept'; key: string; page: CachedPage }
  | { type: 'page-cache'; op: 'render'; key: string; to: number };

type Cluster = { index: number; count: number; send: (message: ShareMessage) => void };

// The worker's place in the cluster (set by scripts/serve.mjs), or null when the process is alone.
function cluster(): Cluster | null {
  const index = Number(process.env.WORKER_INDEX);
  const count = Number(process.env.WORKER_COUNT);
  const send = process.send?.bind(process);
  if (!send || !Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 2) return null;
  return { index, count, send: (message) => void send(message) };
}

/** Which of `count` processes renders the page of `key` again after a change. */
export function ownerOf(key: string, count: number): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) % count;
}

/** The process to ask for a render of `key`, or null when this process renders it itself. */
export function renderElsewhere(key: string): number | null {
  const c = cluster();
  if (!c) return null;
  const owner = ownerOf(key, c.count);
  return owner === c.index ? null : owner;
}

/** Asks the owner of `key` to render it again (its copy comes back as a `kept` message). */
export function askToRender(key: string, owner: number): void {
  cluster()?.send({ type: 'page-cache', op: 'render', key, to: owner });
}

/** Sends a page this process rendered and kept to the other processes. */
export function shareKept(key: string, page: CachedPage): void {
  cluster()?.send({ type: 'page-cache', op: 'kept', key, page });
}

/** Whether version `a` is at least `b` (versions are decimal counters, compared as such). */
function atLeast(a: string, b: string): boolean {
  return a.length !== b.length ? a.length > b.length : a >= b;
}

/**
 * Keeps a page another process rendered, unless this process has a copy of a later version; ends the wait for a render
 * asked of its owner. True when kept.
 */
export function keepShared(key: string, page: CachedPage): boolean {
  const { store, refreshing } = pageCacheState();
  refreshing.delete(key);
  const own = store.stale(key);
  if (own && !atLeast(page.version, own.version)) return false;
  store.set(key, page);
  return true;
}

/** Whether a value received from the primary is a page-cache message. */
export function isShareMessage(value: unknown): value is ShareMessage {
  const m = value as Partial<ShareMessage> | null;
  return typeof m === 'object' && m !== null && m.type === 'page-cache' && typeof m.key === 'string';
}
