import 'server-only';
import { knownDeviceOf } from '@/lib/auth/device-cookie';
import { PASSWORD_CHECKS_AT_ONCE, PASSWORD_CHECKS_WAITING_MAX } from '@/lib/auth/policy';
import { markAttemptSucceeded, reserveAttempt } from '@/lib/auth/rate-limit';
import { createSemaphore, type Semaphore } from '@/lib/auth/semaphore';
import { clientIpFrom, recordAudit, type AuditAction } from '@/lib/audit/record-audit';

// Every check of a staff password (login form, password change, TOTP set-up and turn-off) goes through here:
// counted in login_attempt, refused or slowed down by lib/auth/rate-limit.ts, audited, and run at most
// PASSWORD_CHECKS_AT_ONCE at a time per process, so a burst waits in memory instead of holding database connections.

export type PasswordPurpose = 'login' | 'password_change' | 'totp_setup' | 'totp_disable';
export type CheckedPassword<T> = { outcome: 'ok'; value: T } | { outcome: 'invalid' } | { outcome: 'rate_limited' };
export type PasswordAttempt = {
  email: string;
  actorId: string | null;
  requestHeaders: Headers;
  purpose: PasswordPurpose;
};

// One of each per process (kept on globalThis: Next.js dev reloads modules).
const globalForChecks = globalThis as unknown as { passwordChecks?: Semaphore; attemptReservations?: Semaphore };
const passwordChecks = () => (globalForChecks.passwordChecks ??= createSemaphore(PASSWORD_CHECKS_AT_ONCE));
// Reservations are short transactions; at most this many hold a pooled connection at once.
const reservations = () => (globalForChecks.attemptReservations ??= createSemaphore(PASSWORD_CHECKS_AT_ONCE));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks a password under login throttling. `check` runs the real check (Better Auth) and answers null for a wrong
 * password. Failures and refusals are audited here (login_failed / login_rate_limited); successes by the caller.
 */
export async function throttledPasswordCheck<T>(
  attempt: PasswordAttempt,
  check: () => Promise<T | null>,
): Promise<CheckedPassword<T>> {
  const email = attempt.email.trim().toLowerCase();
  const ip = clientIpFrom(attempt.requestHeaders);
  const audit = (action: AuditAction, extra: Record<string, boolean | number> = {}) => {
    const details = { ...(attempt.purpose === 'login' ? {} : { purpose: attempt.purpose }), ...extra };
    const { actorId } = attempt;
    return recordAudit({
      actorId,
      actorEmail: email,
      action,
      recordType: 'user',
      recordId: actorId,
      ip,
      details: Object.keys(details).length > 0 ? details : null,
    });
  };
  if (passwordChecks().waiting >= PASSWORD_CHECKS_WAITING_MAX) {
    await audit('login_rate_limited', { busy: true });
    return { outcome: 'rate_limited' };
  }
  const device = await knownDeviceOf(attempt.requestHeaders, email);
  const reserved = await reservations().run(() => reserveAttempt({ email, ip, device }));
  if (!reserved) {
    await audit('login_rate_limited');
    return { outcome: 'rate_limited' };
  }
  if (reserved.delayMs > 0) await sleep(reserved.delayMs);
  const value = await passwordChecks().run(check);
  if (value === null) {
    await audit('login_failed', reserved.delayMs > 0 ? { delayedMs: reserved.delayMs } : {});
    return { outcome: 'invalid' };
  }
  await markAttemptSucceeded(reserved.id);
  return { outcome: 'ok', value };
}
