import 'server-only';
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_SECONDS } from '@/lib/auth/policy';
import type { Prisma } from '@/lib/generated/prisma/client';

// Failed passwords per account, counted in PostgreSQL (login_attempt) so the limit holds across restarts and
// processes. Callers hold lockLoginAttempts() in the same transaction, so parallel attempts are counted one by one.

/** Serialises login attempts for one e-mail address until the end of the transaction. */
export async function lockLoginAttempts(tx: Prisma.TransactionClient, email: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`login:${email}`}, 0))`;
}

/** Failed attempts for this address within the window and after its last successful login. */
export async function recentFailures(tx: Prisma.TransactionClient, email: string, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_SECONDS * 1000);
  const lastSuccess = await tx.loginAttempt.findFirst({
    where: { email, succeeded: true, at: { gt: windowStart } },
    orderBy: { at: 'desc' },
    select: { at: true },
  });
  return tx.loginAttempt.count({ where: { email, succeeded: false, at: { gt: lastSuccess?.at ?? windowStart } } });
}

/** Whether this address has used up its failed attempts for the current window. */
export async function isLoginRateLimited(tx: Prisma.TransactionClient, email: string, now = new Date()): Promise<boolean> {
  return (await recentFailures(tx, email, now)) >= LOGIN_MAX_FAILURES;
}

/** Records the outcome of a password check. */
export async function recordLoginAttempt(
  tx: Prisma.TransactionClient,
  attempt: { email: string; ip: string | null; succeeded: boolean },
): Promise<void> {
  await tx.loginAttempt.create({ data: attempt });
}
