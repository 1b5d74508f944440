// Reads the content version (bumped by database triggers whenever anything public changes) with a small pool of its
// own, so the page cache never waits behind rendering queries.
import pg from 'pg';
import { reportDatabaseError } from '@/lib/db-health';
import { getDatabaseUrl } from '@/lib/env';

const TIMEOUT_MS = 1500;
const globalForVersion = globalThis as unknown as { contentVersionPool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForVersion.contentVersionPool) {
    const p = new pg.Pool({
      connectionString: getDatabaseUrl(),
      max: 3,
      connectionTimeoutMillis: TIMEOUT_MS,
      query_timeout: TIMEOUT_MS,
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
    });
    // A connection dropped by a restarting server must not crash the process; the next query reconnects.
    p.on('error', () => {});
    globalForVersion.contentVersionPool = p;
  }
  return globalForVersion.contentVersionPool;
}

/** The current content version as a string, or null when it cannot be read (a lost connection is reported). */
export async function readContentVersion(): Promise<string | null> {
  try {
    const { rows } = await pool().query<{ version: string }>(
      'SELECT version::text AS version FROM content_version WHERE id = 1',
    );
    return rows[0]?.version ?? null;
  } catch (error) {
    reportDatabaseError(error);
    return null;
  }
}
