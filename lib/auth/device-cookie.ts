import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { getAuth } from '@/lib/auth/auth';
import { DEVICE_COOKIE_DAYS } from '@/lib/auth/policy';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { SESSION_COOKIE_PREFIX } from '@/lib/auth/session-cookies';

// The "known device" of login throttling: after a successful login, the browser gets an HttpOnly cookie
// `<id>.<expiry>.<HMAC of id, expiry and the account's e-mail>`, signed with a key derived from AUTH_SECRET. It
// proves that this browser logged in to that account before; it names neither the account nor the person.

const NAME = `${SESSION_COOKIE_PREFIX}.device`;
const ID = /^[\w-]{22}$/;
const EXPIRY = /^\d{1,12}$/;

const globalForDevice = globalThis as unknown as { deviceKey?: Promise<Buffer> };

function deviceKey(): Promise<Buffer> {
  globalForDevice.deviceKey ??= resolveAuthSecret().then((secret) =>
    createHmac('sha256', secret).update('iom-portal device cookie v1').digest(),
  );
  globalForDevice.deviceKey.catch(() => {
    globalForDevice.deviceKey = undefined;
  });
  return globalForDevice.deviceKey;
}

async function signature(id: string, expiry: string, email: string): Promise<Buffer> {
  return createHmac('sha256', await deviceKey())
    .update(`${id}.${expiry}.${email.toLowerCase()}`)
    .digest();
}

// Secure exactly when the session cookie is (Better Auth adds `__Secure-` then, and so do we).
async function cookieSpec(): Promise<{ name: string; secure: boolean }> {
  const secure = (await getAuth()).options.advanced.useSecureCookies;
  return { name: secure ? `__Secure-${NAME}` : NAME, secure };
}

function readCookie(header: string | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The id of this browser's device cookie when it was given to `email`'s account and has not expired; else null. */
export async function knownDeviceOf(requestHeaders: Headers, email: string, now = Date.now()): Promise<string | null> {
  const value = readCookie(requestHeaders.get('cookie'), (await cookieSpec()).name);
  const [id, expiry, mac, ...rest] = (value ?? '').split('.');
  if (!id || !expiry || !mac || rest.length > 0 || !ID.test(id) || !EXPIRY.test(expiry)) return null;
  if (Number(expiry) * 1000 <= now) return null;
  const expected = await signature(id, expiry, email);
  const given = Buffer.from(mac, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

/** After a successful login: makes (or keeps) this browser a known device of `email`'s account for 90 days. */
export async function rememberDevice(requestHeaders: Headers, email: string): Promise<void> {
  const id = (await knownDeviceOf(requestHeaders, email)) ?? randomBytes(16).toString('base64url');
  const maxAge = DEVICE_COOKIE_DAYS * 24 * 60 * 60;
  const expiry = String(Math.floor(Date.now() / 1000) + maxAge);
  const mac = (await signature(id, expiry, email)).toString('base64url');
  const { name, secure } = await cookieSpec();
  (await cookies()).set(name, `${id}.${expiry}.${mac}`, { httpOnly: true, secure, sameSite: 'lax', path: '/', maxAge });
}
