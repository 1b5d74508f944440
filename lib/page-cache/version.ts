// The content version (bumped by database triggers whenever anything public changes), as the page cache compares it
// on every request. It is kept in memory: a connection of its own LISTENs on the `content_version` channel, on which
// the trigger sends each new value at commit (migration 20261204090000), and checks itself every few seconds. While
// that connection is not listening (starting, lost, the database restarting), the version is read from the table on
// each request with a small pool of its own, so the page cache never waits behind rendering queries nor trusts a
// stale value.
//
// With a read replica (DATABASE_REPLICA_URL), public pages are rendered from the replica, which may lag behind the
// primary. A standby cannot LISTEN, so the version compared on each request still comes from the primary; but the
// version read before a render (the one the page is stored under) is read from the replica, before the render reads
// anything: what the render sees is at least that version, and a replica can only move forward. A page rendered from
// a lagging replica is therefore stored under an older version than the primary's, is not a hit for the next
// request, and is rendered again until the replica has caught up: a lag costs renders, never a stale page kept as
// fresh. (The replica's URL must reach one standby: a pool spreading connections over several, each with its own
// lag, would break "at least that version".)
import pg from 'pg';
import { reportDatabaseError } from '@/lib/db-health';
import { getDatabaseReplicaUrl, getDatabaseUrl } from '@/lib/env';
import { within } from '@/lib/timeout';

const TIMEOUT_MS = 1500;
// pg's own query timeout only frees a connection whose query never answers; reads fail after TIMEOUT_MS through
// lib/timeout.ts, which a busy event loop does not trip by itself.
const QUERY_BACKSTOP_MS = 10_000;
/** How often the listening connection proves it is alive (and re-reads the version, in case). */
const HEARTBEAT_MS = 5000;
/** Wait before listening again after the connection failed. */
const RETRY_MS = 1000;
const CHANNEL = 'content_version';
const SELECT = 'SELECT version::text AS version FROM content_version WHERE id = 1';

type Listener = {
  client: pg.Client | null;
  /** The latest version heard or read while listening; null while not listening. */
  known: bigint | null;
  starting: boolean;
  retryAt: number;
  timer: ReturnType<typeof setInterval> | null;
  /** Reads of the table on a request's path (not listening), for the tests and the logs. */
  reads: number;
};

const globalForVersion = globalThis as unknown as {
  contentVersionPool?: pg.Pool;
  contentVersionReplicaPool?: pg.Pool;
  contentVersionListener?: Listener;
};

function newPool(connectionString: string): pg.Pool {
  const p = new pg.Pool({
    connectionString,
    max: 3,
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: QUERY_BACKSTOP_MS,
    idleTimeoutMillis: 10_000,
    allowExitOnIdle: true,
  });
  // A connection dropped by a restarting server must not crash the process; the next query reconnects.
  p.on('error', () => {});
  return p;
}

// The primary's table: the version compared on each request while not listening.
function pool(): pg.Pool {
  return (globalForVersion.contentVersionPool ??= newPool(getDatabaseUrl()));
}

// The table renders read: the replica's when there is one (see the top of this file).
function renderPool(): pg.Pool {
  const replica = getDatabaseReplicaUrl();
  if (!replica) return pool();
  return (globalForVersion.contentVersionReplicaPool ??= newPool(replica));
}

function listener(): Listener {
  return (globalForVersion.contentVersionListener ??= {
    client: null,
    known: null,
    starting: false,
    retryAt: 0,
    timer: null,
    reads: 0,
  });
}

const later = (a: bigint | null, b: bigint) => (a === null || b > a ? b : a);

/** Stops listening (the connection failed or was lost): requests read the table until listening again. */
function drop(l: Listener, client: pg.Client): void {
  if (l.client !== client) return;
  l.client = null;
  l.known = null;
  l.retryAt = Date.now() + RETRY_MS;
  if (l.timer) clearInterval(l.timer);
  l.timer = null;
  client.end().catch(() => {});
}

async function listen(l: Listener): Promise<void> {
  l.starting = true;
  const client = new pg.Client({
    connectionString: getDatabaseUrl(),
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: QUERY_BACKSTOP_MS,
    keepAlive: true,
    application_name: 'iom-content-version-listener',
  });
  client.on('error', () => drop(l, client));
  client.on('end', () => drop(l, client));
  client.on('notification', (n) => {
    if (l.client === client && n.channel === CHANNEL && n.payload && /^\d{1,19}$/.test(n.payload)) {
      l.known = later(l.known, BigInt(n.payload));
    }
  });
  try {
    await client.connect();
    l.client = client;
    await client.query(`LISTEN ${CHANNEL}`);
    // Read after LISTEN: a change committed in between is in the row or in a notification, never lost.
    const { rows } = await client.query<{ version: string }>(SELECT);
    l.known = later(l.known, BigInt(rows[0]?.version ?? '0'));
    // One check at a time: under heavy load an answer can take longer than the interval, and a second query on the
    // same connection would queue behind it (pg deprecates that, and it proves nothing more).
    let checking = false;
    l.timer = setInterval(() => {
      if (checking) return;
      checking = true;
      within(client.query<{ version: string }>(SELECT), TIMEOUT_MS, 'content version: no answer')
        .then(
          ({ rows: r }) => {
            if (l.client === client) l.known = later(l.known, BigInt(r[0]?.version ?? '0'));
          },
          () => drop(l, client),
        )
        .finally(() => (checking = false));
    }, HEARTBEAT_MS);
    l.timer.unref();
  } catch {
    if (l.client === client) drop(l, client);
    else client.end().catch(() => {});
    l.retryAt = Date.now() + RETRY_MS;
  } finally {
    l.starting = false;
  }
}

async function readFromTable(l: Listener, from: pg.Pool): Promise<string | null> {
  l.reads += 1;
  try {
    const { rows } = await within(from.query<{ version: string }>(SELECT), TIMEOUT_MS, 'content version: no answer');
    return rows[0]?.version ?? null;
  } catch (error) {
    reportDatabaseError(error);
    return null;
  }
}

/**
 * The current content version as a string, or null when it cannot be read (a lost connection is reported). From
 * memory while listening (the primary's), unless `fromTable`: the version a render is about to read, from the table
 * of the database renders read (the replica's, when there is one), which also proves that database answers.
 */
export async function readContentVersion({ fromTable = false } = {}): Promise<string | null> {
  const l = listener();
  if (!fromTable && l.client && l.known !== null) return l.known.toString();
  // One listening connection per process: start one only when there is none (nor one starting).
  if (!l.client && !l.starting && Date.now() >= l.retryAt) void listen(l);
  return readFromTable(l, fromTable ? renderPool() : pool());
}

/** Whether the version comes from memory (listening), and how many requests had to read the table. */
export function contentVersionState(): { listening: boolean; reads: number } {
  const l = listener();
  return { listening: l.client !== null && l.known !== null, reads: l.reads };
}

/** The content version when it is known without a database round trip (listening), else null. */
export function knownContentVersion(): string | null {
  const l = listener();
  return l.client && l.known !== null ? l.known.toString() : null;
}
