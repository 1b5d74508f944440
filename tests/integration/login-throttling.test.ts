import { randomInt } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, setRequestHeaders } from '../support/next-request';

vi.mock('next/headers', () => nextHeadersMock);
vi.mock('next/cache', () => ({ refresh: vi.fn() }));
vi.mock('next-intl/server', () => ({ getTranslations: () => Promise.resolve((key: string) => key) }));
vi.mock('@/lib/i18n/navigation', () => ({ redirect: vi.fn() }));
// The source address is read from a test header, whatever proxies clientIpFrom() trusts.
vi.mock('@/lib/audit/client-ip', () => ({ clientIpFrom: (h: Pick<Headers, 'get'>) => h.get('x-test-client-ip') }));

const { getAuth } = await import('@/lib/auth/auth');
const { signInWithPassword } = await import('@/lib/auth/login');
const account = await import('@/lib/actions/account');
const { getDb } = await import('@/lib/db');
const { createTestUser, uniqueEmail } = await import('../support/auth');

const url = process.env.DATABASE_URL!;
const WRONG = 'not the right password at all';

// Addresses of this run only (the integration database is shared by every test file of the run).
const run = randomInt(1, 250);
let next = 0;
function address(): string {
  next += 1;
  return `10.${run}.${Math.floor(next / 250)}.${(next % 250) + 1}`;
}

// A browser's cookie jar: whatever the code under test sets through next/headers' cookies().
let jar = new Map<string, string>();
type CookieSet = [string | { name: string; value: string }, string?];
nextHeadersMock.cookies.mockImplementation(() =>
  Promise.resolve({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (...args: CookieSet) => {
      const [name, value] = typeof args[0] === 'string' ? [args[0], args[1] ?? ''] : [args[0].name, args[0].value];
      jar.set(name, value);
    },
    delete: (name: string) => jar.delete(name),
    has: (name: string) => jar.has(name),
  } as never),
);

/** Logs in with the right password from `ip` in a fresh browser; returns that browser's cookies. */
async function browserOf(user: { email: string; password: string }, ip: string): Promise<string> {
  jar = new Map();
  expect(await signInWithPassword(user.email, user.password, new Headers({ 'x-test-client-ip': ip }))).toBe('ok');
  const cookies = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  jar = new Map();
  return cookies;
}

function from(ip: string, cookie?: string): Headers {
  return new Headers(cookie ? { 'x-test-client-ip': ip, cookie } : { 'x-test-client-ip': ip });
}

async function failuresOf(email: string) {
  return getDb().loginAttempt.count({ where: { email, succeeded: false } });
}

beforeEach(() => {
  jar = new Map();
});

afterAll(async () => {
  await getDb().$disconnect();
});

describe('login throttling per account and source address (issue 11, item 10)', () => {
  it('an attacker failing from address A cannot lock the owner out: the owner gets in from address B', async () => {
    const owner = await createTestUser(url, { role: 'admin' });
    const a = address();
    const outcomes = [];
    for (let i = 0; i < 12; i++) outcomes.push(await signInWithPassword(owner.email, WRONG, from(a)));
    expect(outcomes).toEqual([...Array(5).fill('invalid'), ...Array(7).fill('rate_limited')]);
    expect(await signInWithPassword(owner.email, owner.password, from(address()))).toBe('ok');
  });

  it('brute force from one address is refused, the right password too, until the window has passed', async () => {
    const user = await createTestUser(url, { role: 'editor' });
    const a = address();
    for (let i = 0; i < 5; i++) expect(await signInWithPassword(user.email, WRONG, from(a))).toBe('invalid');
    expect(await signInWithPassword(user.email, WRONG, from(a))).toBe('rate_limited');
    expect(await signInWithPassword(user.email, user.password, from(a))).toBe('rate_limited');
    expect(await failuresOf(user.email)).toBe(5);
    const rows = await getDb().auditLog.findMany({
      where: { actorEmail: user.email },
      orderBy: { id: 'asc' },
      select: { action: true, ip: true },
    });
    expect(rows).toEqual([
      ...Array(5).fill({ action: 'login_failed', ip: a }),
      ...Array(2).fill({ action: 'login_rate_limited', ip: a }),
    ]);
    // A minute is not enough any more; the window is 15 minutes.
    await getDb().$executeRaw`UPDATE login_attempt SET at = at - interval '61 seconds' WHERE email = ${user.email}`;
    expect(await signInWithPassword(user.email, user.password, from(a))).toBe('rate_limited');
    await getDb().$executeRaw`UPDATE login_attempt SET at = at - interval '15 minutes' WHERE email = ${user.email}`;
    expect(await signInWithPassword(user.email, user.password, from(a))).toBe('ok');
  });

  it('one address trying many accounts (credential stuffing) is refused after 30 failures', async () => {
    const a = address();
    const stuffing = Array.from({ length: 34 }, () => signInWithPassword(uniqueEmail('stuffed'), WRONG, from(a)));
    const outcomes = await Promise.all(stuffing);
    expect(outcomes.filter((o) => o === 'invalid')).toHaveLength(30);
    expect(outcomes.filter((o) => o === 'rate_limited')).toHaveLength(4);
    const user = await createTestUser(url, { role: 'editor' });
    expect(await signInWithPassword(user.email, user.password, from(a))).toBe('rate_limited');
    expect(await signInWithPassword(user.email, user.password, from(address()))).toBe('ok');
  });

  it('a known device (a browser that logged in there before) gets in from the attacked address, later', async () => {
    const owner = await createTestUser(url, { role: 'admin' });
    const a = address();
    const device = await browserOf(owner, a);
    for (let i = 0; i < 6; i++) await signInWithPassword(owner.email, WRONG, from(a));
    // A new browser at the same address is refused; the owner's browser is only slowed down.
    expect(await signInWithPassword(owner.email, owner.password, from(a))).toBe('rate_limited');
    const started = performance.now();
    expect(await signInWithPassword(owner.email, owner.password, from(a, device))).toBe('ok');
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    // A device cookie proves nothing for another account.
    const other = await createTestUser(url, { role: 'editor' });
    for (let i = 0; i < 5; i++) await signInWithPassword(other.email, WRONG, from(a));
    expect(await signInWithPassword(other.email, other.password, from(a, device))).toBe('rate_limited');
  });

  const spread = 'distinct addresses per attempt against one account are limited per account, with a higher ceiling';
  it(spread, { timeout: 120_000 }, async () => {
    const owner = await createTestUser(url, { role: 'admin' });
    const device = await browserOf(owner, address());
    const attempts = Array.from({ length: 100 }, () => signInWithPassword(owner.email, WRONG, from(address())));
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((o) => o === 'invalid')).toHaveLength(100);
    expect(await signInWithPassword(owner.email, WRONG, from(address()))).toBe('rate_limited');
    expect(await signInWithPassword(owner.email, owner.password, from(address()))).toBe('rate_limited');
    expect(await failuresOf(owner.email)).toBe(100);
    // The owner's own browser still gets in (slowed down), from anywhere.
    expect(await signInWithPassword(owner.email, owner.password, from(address(), device))).toBe('ok');
  });
});

describe('password checks of the account page count like logins (issue 11, item 9)', () => {
  function form(fields: Record<string, string>): FormData {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.set(k, v);
    return f;
  }

  /** A signed-in user whose requests come from `ip`, as a server action of this origin. */
  async function signedInFrom(ip: string) {
    const user = await createTestUser(url, { role: 'editor' });
    const body = { email: user.email, password: user.password };
    const res = await (await getAuth()).api.signInEmail({ body, asResponse: true });
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const action = { host: 'h.example', origin: 'http://h.example', 'next-action': 'x' };
    setRequestHeaders({ cookie, ...action, 'x-test-client-ip': ip });
    return user;
  }

  const change = (current: string) =>
    account.changePasswordAction(
      { ok: true },
      form({
        currentPassword: current,
        newPassword: 'a brand new passphrase',
        confirmPassword: 'a brand new passphrase',
      }),
    );

  it('the password change refuses the 6th wrong current password, with rows and audit like logins', async () => {
    const ip = address();
    const user = await signedInFrom(ip);
    for (let i = 0; i < 5; i++) {
      expect(await change(WRONG)).toMatchObject({ fieldErrors: { currentPassword: 'errors.passwordWrong' } });
    }
    expect(await change(WRONG)).toMatchObject({ ok: false, formError: 'errors.rateLimited' });
    expect(await change(user.password)).toMatchObject({ ok: false, formError: 'errors.rateLimited' });
    expect(await failuresOf(user.email)).toBe(5);
    const rows = await getDb().auditLog.findMany({
      where: { actorEmail: user.email },
      orderBy: { id: 'asc' },
      select: { action: true, ip: true, details: true },
    });
    expect(rows).toEqual([
      ...Array(5).fill({ action: 'login_failed', ip, details: { purpose: 'password_change' } }),
      ...Array(2).fill({ action: 'login_rate_limited', ip, details: { purpose: 'password_change' } }),
    ]);
    // The same limiter: a login from that address is refused too.
    expect(await signInWithPassword(user.email, user.password, from(ip))).toBe('rate_limited');
  });

  it('TOTP set-up and turn-off share the limit', async () => {
    const ip = address();
    const user = await signedInFrom(ip);
    const setUp = (password: string) => account.totpSetupAction({ ok: true }, form({ password }));
    const turnOff = (password: string) => account.totpDisableAction({ ok: true }, form({ password }));
    const wrong = { ok: false, fieldErrors: { password: 'errors.passwordWrong' } };
    for (let i = 0; i < 3; i++) expect(await setUp(WRONG)).toMatchObject(wrong);
    for (let i = 0; i < 2; i++) expect(await turnOff(WRONG)).toMatchObject(wrong);
    expect(await turnOff(WRONG)).toMatchObject({ ok: false, formError: 'errors.rateLimited' });
    expect(await setUp(user.password)).toMatchObject({ ok: false, formError: 'errors.rateLimited' });
    expect(await failuresOf(user.email)).toBe(5);
    const purposes = await getDb().auditLog.findMany({
      where: { actorEmail: user.email, action: 'login_failed' },
      orderBy: { id: 'asc' },
      select: { details: true },
    });
    expect(purposes.map((p) => p.details)).toEqual([
      ...Array(3).fill({ purpose: 'totp_setup' }),
      ...Array(2).fill({ purpose: 'totp_disable' }),
    ]);
  });
});
