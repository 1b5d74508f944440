import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { getDatabaseUrl, getEnv } from '@/lib/env';

// A database that stops answering (rather than refusing) must not hold requests forever: waiting for a connection,
// opening one and each statement have a bound (the proxy answers 503 to new requests within the health check's
// 1.5 s; these bounds free the ones already in flight).
const CONNECT_TIMEOUT_MS = 10_000;
const STATEMENT_TIMEOUT_MS = 15_000;

function createClient(): PrismaClient {
  const env = getEnv();
  const adapter = new PrismaPg({
    connectionString: getDatabaseUrl(),
    max: env.DB_POOL_MAX,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Client side (a hung server or network) and server side (a runaway query), a little apart so the server's
    // clearer error usually wins.
    query_timeout: STATEMENT_TIMEOUT_MS + 1_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
  });
  return new PrismaClient({ adapter });
}

// Next.js dev reloads modules; keep one client (and one pool) per process.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of the process, created on first use. */
export function getDb(): PrismaClient {
  globalForDb.prisma ??= createClient();
  return globalForDb.prisma;
}
