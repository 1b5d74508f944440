import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { cookies, headers } from 'next/headers';
import { forbidden } from 'next/navigation';
import { cache } from 'react';
import { getAuth } from '@/lib/auth/auth';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from '@/lib/auth/policy';
import { clientIpFrom, recordAudit } from '@/lib/audit/record-audit';
import { sameOrigin } from '@/lib/security/action-guard';
import { getRequireTwoFactor } from '@/lib/data/settings';
import { getDb } from '@/lib/db';
import { redirect } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

export type StaffRole = 'admin' | 'editor';

/** The signed-in staff member, as every action and data function sees them. */
export type Actor = { userId: string; role: StaffRole; email: string; name: string };

/** A signed-in staff member with what the account pages need on top. */
export type ActorState = Actor & { sessionId: string; twoFactorEnabled: boolean; twoFactorRequired: boolean };

export type DenialReason = 'unauthenticated' | 'forbidden' | 'two_factor_required' | 'bad_origin';

/** Thrown by requireRole: the caller may not do this. Actions turn it into a localised form error. */
export class AccessDeniedError extends Error {
  constructor(
    readonly reason: DenialReason,
    readonly required: StaffRole,
  ) {
    super(`Access denied (${reason}, needs ${required})`);
    this.name = 'AccessDeniedError';
  }
}

/** What a role check is about, for the "denied" audit row. */
export type RoleCheckContext = { action?: string; recordType?: string; recordId?: string | number };

const isStaffRole = (value: unknown): value is StaffRole => value === 'admin' || value === 'editor';

/** Resolves the session of these request headers; ends it when expired, idle or its user disabled. */
export async function resolveActor(requestHeaders: Headers): Promise<ActorState | null> {
  const auth = await getAuth();
  const found = await auth.api.getSession({ headers: requestHeaders });
  if (!found) return null;
  const db = getDb();
  // Better Auth has just read the user's row for this session (its cookie cache is off: lib/auth/auth.ts), with the
  // role, the disabled flag and the 2FA state, so it is not read again.
  const { session, user: foundUser } = found;
  const role = isStaffRole(foundUser.role) ? foundUser.role : null;
  const user = role && {
    id: foundUser.id,
    email: foundUser.email,
    name: foundUser.name,
    role,
    disabled: foundUser.disabled,
    twoFactorEnabled: foundUser.twoFactorEnabled === true,
  };
  if (!user || user.disabled) {
    await db.session.deleteMany({ where: { userId: found.user.id } });
    return null;
  }
  const now = Date.now();
  const age = now - new Date(session.createdAt).getTime();
  const idle = now - new Date(session.updatedAt).getTime();
  if (age > SESSION_ABSOLUTE_SECONDS * 1000 || idle > SESSION_IDLE_SECONDS * 1000) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (idle > SESSION_UPDATE_AGE_SECONDS * 1000) {
    await db.session.updateMany({ where: { id: session.id }, data: { updatedAt: new Date(now) } });
  }
  const twoFactorRequired = !user.twoFactorEnabled && (await getRequireTwoFactor());
  return {
    userId: user.id,
    role: user.role,
    email: user.email,
    name: user.name,
    sessionId: session.id,
    twoFactorEnabled: user.twoFactorEnabled,
    twoFactorRequired,
  };
}

/**
 * The request headers with the cookies as Next.js currently sees them: after a server action changed cookies (a
 * login, Better Auth replacing a session), the page rendered in the same response must see the new session.
 */
async function currentRequestHeaders(): Promise<Headers> {
  const h = new Headers(await headers());
  const jar = await cookies();
  const serialised = typeof jar.toString === 'function' ? jar.toString() : '';
  if (serialised && serialised !== '[object Object]') h.set('cookie', serialised);
  return h;
}

// Once per render: React's cache() memoises within a server render, not within a server action.
const renderActorState = cache(async (): Promise<ActorState | null> => resolveActor(await currentRequestHeaders()));

// The session a server action resolved for its role check, for the data functions it calls, which check the role
// again (every write path does): one lookup per action instead of two. Scoped to the action's own call chain: the page
// rendered after it in the same response resolves the session again, after whatever the action changed.
const actionSession = new AsyncLocalStorage<{ state: ActorState | null }>();

/** Runs the body of a server action with the session resolved once for every role check inside it. */
export async function withOneSessionLookup<T>(body: () => Promise<T>): Promise<T> {
  const scoped = actionSession.getStore();
  const state = scoped ? scoped.state : await renderActorState();
  return actionSession.run({ state }, body);
}

/** The signed-in staff member of the current request (with session state), or null; once per render or action. */
export async function getActorState(): Promise<ActorState | null> {
  const scoped = actionSession.getStore();
  return scoped ? scoped.state : renderActorState();
}

/** The signed-in staff member of the current request, or null. */
export async function getActor(): Promise<Actor | null> {
  const state = await getActorState();
  return state && { userId: state.userId, role: state.role, email: state.email, name: state.name };
}

/**
 * A POST (server action, with or without JavaScript) must carry an Origin naming this host. Next.js already refuses a
 * mismatching Origin; this also refuses a missing one, so a replayed request cannot act with a stolen cookie alone.
 */
export function originRefused(requestHeaders: Headers): boolean {
  const isPost = requestHeaders.has('next-action') || requestHeaders.has('content-type');
  if (!isPost) return false;
  const origin = requestHeaders.get('origin');
  return !origin || !sameOrigin(origin, requestHeaders);
}

function denial(state: ActorState | null, role: StaffRole): DenialReason | null {
  if (!state) return 'unauthenticated';
  if (role === 'admin' && state.role !== 'admin') return 'forbidden';
  if (state.twoFactorRequired) return 'two_factor_required';
  return null;
}

/** Checks the role without throwing; a refusal writes a "denied" audit row. */
export async function checkRole(
  role: StaffRole,
  context: RoleCheckContext = {},
): Promise<{ ok: true; actor: Actor } | { ok: false; reason: DenialReason }> {
  const state = await getActorState();
  const requestHeaders = await headers();
  const reason = originRefused(requestHeaders) ? 'bad_origin' : denial(state, role);
  if (!reason && state)
    return { ok: true, actor: { userId: state.userId, role: state.role, email: state.email, name: state.name } };
  await recordAudit({
    actorId: state?.userId ?? null,
    actorEmail: state?.email ?? null,
    action: 'denied',
    recordType: context.recordType ?? null,
    recordId: context.recordId ?? null,
    ip: clientIpFrom(requestHeaders),
    details: { required: role, reason: reason ?? 'unauthenticated', attempted: context.action ?? null },
  });
  return { ok: false, reason: reason ?? 'unauthenticated' };
}

/** The actor if they hold `role` (admin includes editor); otherwise audits and throws AccessDeniedError. */
export async function requireRole(role: StaffRole, context: RoleCheckContext = {}): Promise<Actor> {
  const result = await checkRole(role, context);
  if (!result.ok) throw new AccessDeniedError(result.reason, role);
  return result.actor;
}

/**
 * For admin pages: the actor; without a session, a redirect to the login page (to the account page when a required
 * 2FA is missing); for a signed-in editor on an admin-only page, the localised "no access" page with a 403.
 */
export async function requirePageRole(role: StaffRole, locale: AppLocale): Promise<Actor> {
  const state = await getActorState();
  const reason = denial(state, role);
  if (!reason && state) return { userId: state.userId, role: state.role, email: state.email, name: state.name };
  if (reason === 'two_factor_required') redirect({ href: '/admin/account', locale });
  // Signed in, but the role does not reach: logging in again would not help, so not the login page. forbidden()
  // (experimental.authInterrupts in next.config.ts) renders app/[locale]/admin/forbidden.tsx with a 403.
  if (reason === 'forbidden') forbidden();
  return redirect({ href: '/admin/login', locale });
}
