import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { twoFactor } from 'better-auth/plugins';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, SESSION_ABSOLUTE_SECONDS } from '@/lib/auth/policy';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { SESSION_COOKIE_PREFIX } from '@/lib/auth/session-cookies';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';

const APP_NAME = 'IOM Development Fund portal';

/** Secure cookies everywhere but on a plain-HTTP loopback origin (local runs and tests of the production build). */
function secureCookies(): boolean {
  const url = new URL(getEnv().SITE_URL);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'https:' || (getEnv().NODE_ENV === 'production' && !loopback);
}

function createAuth(secret: string) {
  const db = getDb();
  const secure = secureCookies();
  return betterAuth({
    appName: APP_NAME,
    baseURL: getEnv().SITE_URL,
    secret,
    database: prismaAdapter(db, { provider: 'postgresql' }),
    user: {
      additionalFields: {
        role: { type: 'string', required: true, defaultValue: 'editor', input: false },
        disabled: { type: 'boolean', required: true, defaultValue: false, input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      autoSignIn: false,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      revokeSessionsOnPasswordReset: true,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    // expiresAt = creation + absolute limit, never extended; lib/auth/session.ts keeps the idle limit (updated_at).
    session: {
      expiresIn: SESSION_ABSOLUTE_SECONDS,
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
    },
    advanced: {
      useSecureCookies: secure,
      cookiePrefix: SESSION_COOKIE_PREFIX,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
    },
    // Our own limiter (lib/auth/rate-limit.ts) lives in PostgreSQL; Better Auth's routes are not mounted.
    rateLimit: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          // A disabled account never gets a session, whatever path asks for one.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabled: true } });
            return user && !user.disabled ? undefined : false;
          },
        },
      },
    },
    plugins: [twoFactor({ issuer: APP_NAME }), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { authPromise?: Promise<Auth> };

/** The Better Auth server instance of the process (created on first use: the secret may come from the database). */
export function getAuth(): Promise<Auth> {
  globalForAuth.authPromise ??= resolveAuthSecret().then(createAuth);
  globalForAuth.authPromise.catch(() => {
    globalForAuth.authPromise = undefined;
  });
  return globalForAuth.authPromise;
}
