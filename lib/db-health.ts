// Is the database answering? Asked by the proxy before pages and API calls, so an outage gives a clean 503 instead
// of a failed render. A success is trusted for a short while (a ping per request would be wasted work), but any
// request that meets a connection failure reports it (`reportDatabaseError`) and ends that trust at once; a failure is
// never cached, so service resumes on the first request after the database is back. A hanging database (no answer
// at all) fails the ping after TIMEOUT_MS. The log says when the database went away and when it came back.
import pg from 'pg';
import { isDatabaseUnavailable } from '@/lib/db-errors';
import { getDatabaseUrl } from '@/lib/env';
import { getLogger } from '@/lib/logger';
import { within } from '@/lib/timeout';

const HEALTHY_FOR_MS = 500;
const TIMEOUT_MS = 1500;
// pg's own timeout, a backstop that frees the connection of a query that never answers; the check itself fails after
// TIMEOUT_MS (lib/timeout.ts: pg's timer would also fire when a busy loop had not yet read an answer that arrived).
const QUERY_BACKSTOP_MS = 10_000;

type State = { pool?: pg.Pool; healthyUntil: number; inFlight?: Promise<boolean>; downSince: number | null };
const globalForHealth = globalThis as unknown as { dbHealth?: State };
const state: State = (globalForHealth.dbHealth ??= { healthyUntil: 0, downSince: null });

function pool(): pg.Pool {
  if (!state.pool) {
    state.pool = new pg.Pool({
      connectionString: getDatabaseUrl(),
      max: 1,
      connectionTimeoutMillis: TIMEOUT_MS,
      query_timeout: QUERY_BACKSTOP_MS,
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
    });
    // A connection dropped by a restarting server must not crash the process; the next ping reconnects.
    state.pool.on('error', () => {});
  }
  return state.pool;
}

function markDown(reason: string): void {
  state.healthyUntil = 0;
  if (state.downSince !== null) return;
  state.downSince = Date.now();
  getLogger().error({ event: 'database_down', reason }, 'database unreachable: answering 503 until it is back');
}

function markUp(): void {
  state.healthyUntil = Date.now() + HEALTHY_FOR_MS;
  if (state.downSince === null) return;
  const downForMs = Date.now() - state.downSince;
  state.downSince = null;
  getLogger().warn({ event: 'database_up', downForMs }, 'database reachable again');
}

async function ping(): Promise<boolean> {
  try {
    await within(pool().query('SELECT 1'), TIMEOUT_MS, 'the database did not answer within its timeout');
    markUp();
    return true;
  } catch (error) {
    markDown((error as Error).message);
    return false;
  }
}

/** True when the database answered within the last half second (and nothing failed since) or answers now. */
export async function isDatabaseUp(): Promise<boolean> {
  if (Date.now() < state.healthyUntil) return true;
  // Concurrent requests share one ping.
  state.inFlight ??= ping().finally(() => {
    state.inFlight = undefined;
  });
  return state.inFlight;
}

/**
 * Records an error met by a query: a lost or refused connection ends the trust in the last ping, so the next request
 * checks the database (and gets a 503 if it is gone). True when the error was such a failure.
 */
export function reportDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  state.healthyUntil = 0;
  return true;
}

/** True while the database is known to be unreachable (a check failed and none has succeeded since); no check made. */
export function isDatabaseKnownDown(): boolean {
  return state.downSince !== null;
}
