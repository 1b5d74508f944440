// Is the database answering? Asked by the proxy before pages and API calls, so an outage gives a clean 503 instead
// of a failed render. A success is trusted for a short while (a ping per request would be wasted work); a failure is
// never cached, so service resumes on the first request after the database is back.
import pg from 'pg';
import { getDatabaseUrl } from '@/lib/env';

const HEALTHY_FOR_MS = 500;
const TIMEOUT_MS = 1500;

type State = { pool?: pg.Pool; healthyUntil: number; inFlight?: Promise<boolean> };
const globalForHealth = globalThis as unknown as { dbHealth?: State };
const state: State = (globalForHealth.dbHealth ??= { healthyUntil: 0 });

function pool(): pg.Pool {
  if (!state.pool) {
    state.pool = new pg.Pool({
      connectionString: getDatabaseUrl(), max: 1, connectionTimeoutMillis: TIMEOUT_MS, query_timeout: TIMEOUT_MS,
      idleTimeoutMillis: 10_000, allowExitOnIdle: true,
    });
    // A connection dropped by a restarting server must not crash the process; the next ping reconnects.
    state.pool.on('error', () => {});
  }
  return state.pool;
}

async function ping(): Promise<boolean> {
  try {
    await pool().query('SELECT 1');
    state.healthyUntil = Date.now() + HEALTHY_FOR_MS;
    return true;
  } catch {
    state.healthyUntil = 0;
    return false;
  }
}

/** True when the database answered within the last half second or answers now. */
export async function isDatabaseUp(): Promise<boolean> {
  if (Date.now() < state.healthyUntil) return true;
  // Concurrent requests share one ping.
  state.inFlight ??= ping().finally(() => {
    state.inFlight = undefined;
  });
  return state.inFlight;
}
