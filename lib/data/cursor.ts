import 'server-only';
import { getReadDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

// Exports read their rows through a database cursor: one read-only transaction (so the whole file is one consistent
// state of the content, however long it takes to send), fetching a batch only when the previous one has been sent.
// The transaction holds a connection of the pool while the file is sent, so a process runs at most
// EXPORT_CURSORS at a time (the others wait their turn), and a download nobody reads for IDLE_MS is ended.

const EXPORT_CURSORS = 2;
const IDLE_MS = 60_000;
// A bound on the whole file; at about 10,000 rows a second, 100,000 rows take 10 s.
const TRANSACTION_MS = 10 * 60_000;

const waiting: (() => void)[] = [];
let running = 0;

async function acquire(): Promise<() => void> {
  if (running >= EXPORT_CURSORS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
}

type Batch = Record<string, unknown>[];

/** A queue between the transaction and the generator: `take` waits for the next `put`. */
function channel<T>() {
  const items: T[] = [];
  const takers: ((item: T) => void)[] = [];
  return {
    put(item: T) {
      const taker = takers.shift();
      if (taker) taker(item);
      else items.push(item);
    },
    take(): Promise<T> {
      if (items.length) return Promise.resolve(items.shift() as T);
      return new Promise((resolve) => takers.push(resolve));
    },
  };
}

/** Resolves to 'idle' after `ms`, unless cancelled. */
function idleTimer(ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'idle'>((resolve) => (timer = setTimeout(() => resolve('idle'), ms)));
  return { expired, cancel: () => clearTimeout(timer) };
}

/**
 * The rows of `query` a batch at a time from a cursor in one read-only, repeatable-read transaction on the read
 * database; the next batch is fetched when the consumer asks for it. Stopping early (`return`) closes the cursor.
 */
export async function* cursorBatches(query: Prisma.Sql, batchSize: number, idleMs = IDLE_MS): AsyncGenerator<Batch> {
  const release = await acquire();
  const wants = channel<boolean>();
  const results = channel<{ rows: Batch | null } | { error: unknown }>();
  const done = getReadDb()
    .$transaction(
      async (tx) => {
        await tx.$executeRaw`SET TRANSACTION READ ONLY`;
        await tx.$executeRaw(Prisma.sql`DECLARE export_rows NO SCROLL CURSOR FOR ${query}`);
        for (;;) {
          const idle = idleTimer(idleMs);
          const more = await Promise.race([wants.take(), idle.expired]);
          idle.cancel();
          // Nobody read the last batch for a minute: end the export as failed (never a file cut short as if whole).
          if (more === 'idle') throw new Error(`Export not read for ${idleMs} ms: cursor closed`);
          if (!more) return;
          const rows = await tx.$queryRawUnsafe<Batch>(`FETCH ${batchSize} FROM export_rows`);
          if (rows.length) results.put({ rows });
          if (rows.length < batchSize) return;
        }
      },
      { isolationLevel: 'RepeatableRead', maxWait: IDLE_MS, timeout: TRANSACTION_MS },
    )
    .then(
      () => results.put({ rows: null }),
      (error: unknown) => results.put({ error }),
    );
  try {
    for (;;) {
      wants.put(true);
      const result = await results.take();
      if ('error' in result) throw result.error;
      if (!result.rows) return;
      yield result.rows;
    }
  } finally {
    // The consumer stopped (end, error or a cancelled download): let the transaction end, then free the slot.
    wants.put(false);
    await done;
    release();
  }
}
