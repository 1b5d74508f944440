import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { getDatabaseReplicaUrl, getDatabaseUrl, getEnv } from '@/lib/env';

// A database that stops answering (rather than refusing) must not hold requests forever: waiting for a connection,
// opening one and each statement have a bound (the proxy answers 503 to new requests within the health check's
// 1.5 s; these bounds free the ones already in flight).
const CONNECT_TIMEOUT_MS = 10_000;
const STATEMENT_TIMEOUT_MS = 15_000;

function createClient(connectionString: string): PrismaClient {
  const env = getEnv();
  const adapter = new PrismaPg({
    connectionString,
    max: env.DB_POOL_MAX,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Client side (a hung server or network) and server side (a runaway query), a little apart so the server's
    // clearer error usually wins.
    query_timeout: STATEMENT_TIMEOUT_MS + 1_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    // PostgreSQL compiles queries it estimates as costly to machine code (JIT) first: at 100,000 projects that took
    // 50-250 ms before a list count, a facet query or an export's first rows that then ran in a few milliseconds.
    // The portal's queries are short and read through indexes; compiling never pays for itself here.
    options: '-c jit=off',
  });
  return new PrismaClient({ adapter });
}

// Next.js dev reloads modules; keep one client (and one pool) per database per process.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient; prismaReplica?: PrismaClient };

/** The one Prisma client of the process on the primary, created on first use: every write and staff read. */
export function getDb(): PrismaClient {
  globalForDb.prisma ??= createClient(getDatabaseUrl());
  return globalForDb.prisma;
}

// Public reads may lag: a standby replays the primary's changes a little later (milliseconds usually, longer under
// load or after a network cut), so a page or API answer read here can miss an edit committed a moment ago. That is
// acceptable for what the public sees, and the page cache never keeps such a page as fresh (a render is stored under
// the content version read from the replica: lib/page-cache/version.ts). A standby also refuses writes. So only
// public reads come here; whatever must see the latest writes stays on getDb(): staff pages, auth, rate limits,
// audit, revisions, health checks and every read inside a write transaction.
/** The client for public reads: on DATABASE_REPLICA_URL (own pool, same size and timeouts) if set, else getDb(). */
export function getReadDb(): PrismaClient {
  const replica = getDatabaseReplicaUrl();
  if (!replica) return getDb();
  globalForDb.prismaReplica ??= createClient(replica);
  return globalForDb.prismaReplica;
}
