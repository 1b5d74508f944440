import 'server-only';
import { getDatabaseUrl } from '@/lib/env';
import { pendingMigrations } from '@/lib/migrate';

export type Readiness =
  { ready: true } | { ready: false; reason: 'database_unreachable' | 'pending_migrations'; pending?: string[] };

const TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref()),
  ]);
}

/** Whether this instance can serve traffic: the database is reachable and has every migration of this build. */
export async function checkReadiness(migrationsDir?: string): Promise<Readiness> {
  let pending: string[];
  try {
    // Its own short-lived connection: a saturated or broken pool must not make the probe hang.
    pending = await withTimeout(pendingMigrations(getDatabaseUrl(), migrationsDir));
  } catch {
    return { ready: false, reason: 'database_unreachable' };
  }
  return pending.length === 0 ? { ready: true } : { ready: false, reason: 'pending_migrations', pending };
}
