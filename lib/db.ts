import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { getDatabaseUrl, getEnv } from '@/lib/env';

function createClient(): PrismaClient {
  const env = getEnv();
  const adapter = new PrismaPg({ connectionString: getDatabaseUrl(), max: env.DB_POOL_MAX });
  return new PrismaClient({ adapter });
}

// Next.js dev reloads modules; keep one client (and one pool) per process.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of the process, created on first use. */
export function getDb(): PrismaClient {
  globalForDb.prisma ??= createClient();
  return globalForDb.prisma;
}
