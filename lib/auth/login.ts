import 'server-only';
import { isAPIError } from 'better-auth/api';
import { getAuth } from '@/lib/auth/auth';
import { rememberDevice } from '@/lib/auth/device-cookie';
import { throttledPasswordCheck } from '@/lib/auth/password-attempt';
import { clientIpFrom, recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';

export type LoginOutcome = 'ok' | 'two_factor' | 'invalid' | 'rate_limited';

async function userIdOf(email: string): Promise<string | null> {
  const user = await getDb().user.findUnique({ where: { email }, select: { id: true } });
  return user?.id ?? null;
}

/** Checks a password through Better Auth under login throttling; audits the outcome. Sets the cookies. */
export async function signInWithPassword(
  rawEmail: string,
  password: string,
  requestHeaders: Headers,
): Promise<LoginOutcome> {
  const auth = await getAuth();
  const email = rawEmail.trim().toLowerCase();
  const actorId = await userIdOf(email);
  const checked = await throttledPasswordCheck({ email, actorId, requestHeaders, purpose: 'login' }, async () => {
    try {
      const body = { email, password, rememberMe: true };
      const result = await auth.api.signInEmail({ body, headers: requestHeaders });
      return 'twoFactorRedirect' in result && result.twoFactorRedirect ? ('two_factor' as const) : ('ok' as const);
    } catch (error) {
      if (!isAPIError(error)) throw error;
      return null;
    }
  });
  if (checked.outcome !== 'ok') return checked.outcome;
  if (checked.value === 'ok') {
    await rememberDevice(requestHeaders, email);
    const ip = clientIpFrom(requestHeaders);
    await recordAudit({ actorId, actorEmail: email, action: 'login', recordType: 'user', recordId: actorId, ip });
  }
  return checked.value;
}

/** Completes a login with a TOTP code (after signInWithPassword answered "two_factor"); audits the outcome. */
export async function verifyTotpLogin(code: string, requestHeaders: Headers): Promise<'ok' | 'invalid'> {
  const auth = await getAuth();
  const ip = clientIpFrom(requestHeaders);
  try {
    const result = await auth.api.verifyTOTP({ body: { code }, headers: requestHeaders });
    const user = result.user as { id: string; email: string };
    await rememberDevice(requestHeaders, user.email);
    await recordAudit({
      actorId: user.id,
      actorEmail: user.email,
      action: 'login',
      recordType: 'user',
      recordId: user.id,
      ip,
      details: { secondFactor: 'totp' },
    });
    return 'ok';
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await recordAudit({ actorId: null, action: 'login_failed', ip, details: { secondFactor: 'totp' } });
    return 'invalid';
  }
}

/** Ends the current session on the server (row deleted) and clears the cookie; audits the logout. */
export async function signOutCurrent(
  requestHeaders: Headers,
  actor: { userId: string; email: string } | null,
): Promise<void> {
  const auth = await getAuth();
  try {
    await auth.api.signOut({ headers: requestHeaders });
  } finally {
    if (actor)
      await recordAudit({
        actorId: actor.userId,
        actorEmail: actor.email,
        action: 'logout',
        recordType: 'user',
        recordId: actor.userId,
        ip: clientIpFrom(requestHeaders),
      });
  }
}
