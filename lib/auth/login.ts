import 'server-only';
import { isAPIError } from 'better-auth/api';
import { getAuth } from '@/lib/auth/auth';
import { isLoginRateLimited, lockLoginAttempts, recordLoginAttempt } from '@/lib/auth/rate-limit';
import { clientIpFrom, recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';

export type LoginOutcome = 'ok' | 'two_factor' | 'invalid' | 'rate_limited';

async function userIdOf(email: string): Promise<string | null> {
  const user = await getDb().user.findUnique({ where: { email }, select: { id: true } });
  return user?.id ?? null;
}

/** Checks a password through Better Auth under the per-account rate limit; audits the outcome. Sets the cookies. */
export async function signInWithPassword(email: string, password: string, requestHeaders: Headers): Promise<LoginOutcome> {
  const auth = await getAuth();
  const ip = clientIpFrom(requestHeaders);
  const actorId = await userIdOf(email);
  const outcome = await getDb().$transaction(
    async (tx) => {
      await lockLoginAttempts(tx, email);
      if (await isLoginRateLimited(tx, email)) return 'rate_limited' as const;
      let result: Awaited<ReturnType<typeof auth.api.signInEmail>> | { twoFactorRedirect: true };
      try {
        result = await auth.api.signInEmail({ body: { email, password, rememberMe: true }, headers: requestHeaders });
      } catch (error) {
        if (!isAPIError(error)) throw error;
        await recordLoginAttempt(tx, { email, ip, succeeded: false });
        return 'invalid' as const;
      }
      await recordLoginAttempt(tx, { email, ip, succeeded: true });
      return 'twoFactorRedirect' in result && result.twoFactorRedirect ? ('two_factor' as const) : ('ok' as const);
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
  const action = outcome === 'ok' ? 'login' : outcome === 'rate_limited' ? 'login_rate_limited' : outcome === 'invalid' ? 'login_failed' : null;
  if (action) await recordAudit({ actorId, actorEmail: email, action, recordType: 'user', recordId: actorId, ip });
  return outcome;
}

/** Completes a login with a TOTP code (after signInWithPassword answered "two_factor"); audits the outcome. */
export async function verifyTotpLogin(code: string, requestHeaders: Headers): Promise<'ok' | 'invalid'> {
  const auth = await getAuth();
  const ip = clientIpFrom(requestHeaders);
  try {
    const result = await auth.api.verifyTOTP({ body: { code }, headers: requestHeaders });
    const user = result.user as { id: string; email: string };
    await recordAudit({ actorId: user.id, actorEmail: user.email, action: 'login', recordType: 'user', recordId: user.id, ip, details: { secondFactor: 'totp' } });
    return 'ok';
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await recordAudit({ actorId: null, action: 'login_failed', ip, details: { secondFactor: 'totp' } });
    return 'invalid';
  }
}

/** Ends the current session on the server (row deleted) and clears the cookie; audits the logout. */
export async function signOutCurrent(requestHeaders: Headers, actor: { userId: string; email: string } | null): Promise<void> {
  const auth = await getAuth();
  try {
    await auth.api.signOut({ headers: requestHeaders });
  } finally {
    if (actor) await recordAudit({ actorId: actor.userId, actorEmail: actor.email, action: 'logout', recordType: 'user', recordId: actor.userId, ip: clientIpFrom(requestHeaders) });
  }
}
