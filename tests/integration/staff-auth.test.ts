import { afterAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, setRequestHeaders } from '../support/next-request';

vi.mock('next/headers', () => nextHeadersMock);
// next-intl's navigation needs Next's bundler resolution; pages' redirects are covered end to end.
vi.mock('@/lib/i18n/navigation', () => ({ redirect: vi.fn() }));

const { getAuth } = await import('@/lib/auth/auth');
const { AccessDeniedError, getActor, requireRole, resolveActor } = await import('@/lib/auth/session');
const { signInWithPassword } = await import('@/lib/auth/login');
const { recordAudit } = await import('@/lib/audit/record-audit');
const { setStaffDisabled } = await import('@/lib/data/users');
const { getDb } = await import('@/lib/db');
const { createTestUser } = await import('../support/auth');

const url = process.env.DATABASE_URL!;

type Refusal = InstanceType<typeof AccessDeniedError>;
/** What a refused call rejects with (checked with toBeInstanceOf before use). */
const refusal = (e: unknown) => e as Refusal;

/** Signs in through Better Auth and returns the session cookie header. */
async function sessionCookie(email: string, password: string): Promise<string> {
  const auth = await getAuth();
  const res = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** Sets the "require 2FA for everyone" setting directly (its data function wants an admin's request). */
async function setRequireTwoFactor(value: boolean): Promise<void> {
  await getDb().appSetting.upsert({
    where: { key: 'require2fa' },
    create: { key: 'require2fa', value },
    update: { value },
  });
}

afterAll(async () => {
  await setRequireTwoFactor(false);
  await getDb().$disconnect();
});

describe('requireRole', () => {
  it('refuses without a session, audits the denial and throws AccessDeniedError', async () => {
    setRequestHeaders({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' });
    const before = await getDb().auditLog.count({ where: { action: 'denied' } });
    const error = await requireRole('editor', {
      action: 'project.update',
      recordType: 'project',
      recordId: 'PX.0001',
    }).catch(refusal);
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect((error as Refusal).reason).toBe('unauthenticated');
    const row = await getDb().auditLog.findFirstOrThrow({ where: { action: 'denied' }, orderBy: { id: 'desc' } });
    expect(await getDb().auditLog.count({ where: { action: 'denied' } })).toBe(before + 1);
    expect(row).toMatchObject({ actorId: null, recordType: 'project', recordId: 'PX.0001', ip: '203.0.113.9' });
  });

  it('lets an editor do editor things, not admin things; an admin does both', async () => {
    const editor = await createTestUser(url, { role: 'editor' });
    const admin = await createTestUser(url, { role: 'admin' });
    setRequestHeaders({ cookie: await sessionCookie(editor.email, editor.password) });
    expect(await requireRole('editor')).toEqual({
      userId: editor.id,
      role: 'editor',
      email: editor.email,
      name: editor.name,
    });
    const denied = await requireRole('admin', { action: 'user.create' }).catch(refusal);
    expect(denied).toBeInstanceOf(AccessDeniedError);
    expect((denied as Refusal).reason).toBe('forbidden');
    const row = await getDb().auditLog.findFirstOrThrow({ where: { action: 'denied', actorId: editor.id } });
    expect(row.details).toMatchObject({ required: 'admin', reason: 'forbidden', attempted: 'user.create' });
    setRequestHeaders({ cookie: await sessionCookie(admin.email, admin.password) });
    expect((await requireRole('admin')).role).toBe('admin');
    expect((await requireRole('editor')).role).toBe('admin');
  });

  it('refuses an account without a second factor when an admin requires one for everyone', async () => {
    const editor = await createTestUser(url, { role: 'editor' });
    setRequestHeaders({ cookie: await sessionCookie(editor.email, editor.password) });
    await setRequireTwoFactor(true);
    try {
      expect(((await requireRole('editor').catch(refusal)) as Refusal).reason).toBe('two_factor_required');
      // The account page still knows who they are, so they can set it up.
      expect((await getActor())?.userId).toBe(editor.id);
    } finally {
      await setRequireTwoFactor(false);
    }
  });
});

describe('sessions', () => {
  it("a disabled user's existing session stops working on its next request, and they cannot log in again", async () => {
    const editor = await createTestUser(url, { role: 'editor' });
    const cookie = await sessionCookie(editor.email, editor.password);
    expect((await resolveActor(new Headers({ cookie })))?.userId).toBe(editor.id);
    // Disabling deletes the sessions; even a session row that survived would be refused and removed.
    await getDb().user.update({ where: { id: editor.id }, data: { disabled: true } });
    expect(await resolveActor(new Headers({ cookie }))).toBeNull();
    expect(await getDb().session.count({ where: { userId: editor.id } })).toBe(0);
    await getDb().user.update({ where: { id: editor.id }, data: { disabled: false } });
    const again = await sessionCookie(editor.email, editor.password);
    const admin = await createTestUser(url, { role: 'admin' });
    setRequestHeaders({ cookie: await sessionCookie(admin.email, admin.password) });
    await setStaffDisabled(editor.id, true);
    expect(await getDb().session.count({ where: { userId: editor.id } })).toBe(0);
    expect(await resolveActor(new Headers({ cookie: again }))).toBeNull();
    expect(await signInWithPassword(editor.email, editor.password, new Headers())).toBe('invalid');
  });

  it('ends a session idle for longer than the idle limit and one older than the absolute limit', async () => {
    const editor = await createTestUser(url, { role: 'editor' });
    const idleCookie = await sessionCookie(editor.email, editor.password);
    await getDb().session.updateMany({
      where: { userId: editor.id },
      data: { updatedAt: new Date(Date.now() - 31 * 60_000) },
    });
    expect(await resolveActor(new Headers({ cookie: idleCookie }))).toBeNull();
    const oldCookie = await sessionCookie(editor.email, editor.password);
    await getDb().session.updateMany({
      where: { userId: editor.id },
      data: { createdAt: new Date(Date.now() - 13 * 3600_000) },
    });
    expect(await resolveActor(new Headers({ cookie: oldCookie }))).toBeNull();
    expect(await getDb().session.count({ where: { userId: editor.id } })).toBe(0);
  });
});

describe('login rate limiter (PostgreSQL)', () => {
  it('refuses the 6th wrong password in 15 minutes, a right one too; after the window the right one works', async () => {
    const user = await createTestUser(url, { role: 'editor' });
    const h = new Headers({ 'x-forwarded-for': '198.51.100.7' });
    for (let i = 0; i < 5; i++)
      expect(await signInWithPassword(user.email, 'wrong password number x', h)).toBe('invalid');
    expect(await signInWithPassword(user.email, 'wrong password number x', h)).toBe('rate_limited');
    expect(await signInWithPassword(user.email, user.password, h)).toBe('rate_limited');
    // The limit is in the database: a new auth instance (a restart) sees it too.
    expect(await getDb().loginAttempt.count({ where: { email: user.email, succeeded: false } })).toBe(5);
    await getDb()
      .$executeRaw`UPDATE login_attempt SET at = at - interval '15 minutes 1 second' WHERE email = ${user.email}`;
    expect(await signInWithPassword(user.email, user.password, h)).toBe('ok');
  });

  it('counts parallel wrong attempts one by one', async () => {
    const user = await createTestUser(url, { role: 'editor' });
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => signInWithPassword(user.email, 'wrong password again', new Headers())),
    );
    expect(outcomes.filter((o) => o === 'invalid')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'rate_limited')).toHaveLength(3);
  });

  it('limits per account: another account is not affected', async () => {
    const a = await createTestUser(url, { role: 'editor' });
    const b = await createTestUser(url, { role: 'editor' });
    for (let i = 0; i < 6; i++) await signInWithPassword(a.email, 'wrong password for a', new Headers());
    expect(await signInWithPassword(b.email, b.password, new Headers())).toBe('ok');
  });
});

describe('audit log', () => {
  it('is append-only: the database rejects UPDATE, DELETE and TRUNCATE', async () => {
    await recordAudit({ actorId: null, action: 'login_failed', ip: '192.0.2.1' });
    const db = getDb();
    await expect(db.$executeRawUnsafe(`UPDATE audit_log SET action = 'login'`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow();
    expect(await db.auditLog.count()).toBeGreaterThan(0);
  });

  it('writes inside the caller transaction (rolled back with it)', async () => {
    const db = getDb();
    const before = await db.auditLog.count();
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit({ actorId: null, action: 'create', recordType: 'project', recordId: 'X' }, tx);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await db.auditLog.count()).toBe(before);
  });
});
