import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, setRequestHeaders } from '../support/next-request';

vi.mock('next/headers', () => nextHeadersMock);
vi.mock('next/cache', () => ({ refresh: vi.fn() }));
vi.mock('next-intl/server', () => ({ getTranslations: () => Promise.resolve((key: string) => key) }));
vi.mock('@/lib/i18n/navigation', () => ({ redirect: vi.fn() }));

const { getAuth } = await import('@/lib/auth/auth');
const users = await import('@/lib/actions/users');
const account = await import('@/lib/actions/account');
const reference = await import('@/lib/actions/reference');
const { getDb } = await import('@/lib/db');
const { createTestUser } = await import('../support/auth');

const url = process.env.DATABASE_URL!;
let editorCookie = '';
let target: Awaited<ReturnType<typeof createTestUser>>;

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

// Every admin-only action of the staff section, with input that an admin would see succeed.
const adminActions = () =>
  [
    [
      'createUserAction',
      () =>
        users.createUserAction(
          { ok: true },
          form({ email: 'new-one@example.org', name: 'New', role: 'admin', password: 'long enough password' }),
        ),
    ],
    ['changeRoleAction', () => users.changeRoleAction({ ok: true }, form({ userId: target.id, role: 'admin' }))],
    ['setDisabledAction', () => users.setDisabledAction({ ok: true }, form({ userId: target.id, disabled: '1' }))],
    ['requireTwoFactorAction', () => account.requireTwoFactorAction({ ok: true }, form({ require2fa: 'on' }))],
    [
      'saveReferenceAction (update)',
      () =>
        reference.saveReferenceAction(
          { ok: true },
          form({ kind: 'region', slug: 'africa', nameEn: 'Hacked', nameFr: 'Piraté', sortOrder: '1' }),
        ),
    ],
    [
      'saveReferenceAction (create)',
      () =>
        reference.saveReferenceAction(
          { ok: true },
          form({ kind: 'service', slug: 'new-service', nameEn: 'New', nameFr: 'Nouveau', sortOrder: '1' }),
        ),
    ],
  ] as const;

async function snapshot() {
  const db = getDb();
  return {
    users: await db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, role: true, disabled: true } }),
    sessions: await db.session.count({ where: { userId: target.id } }),
    regions: await db.region.findMany({ orderBy: { id: 'asc' } }),
    services: await db.service.count(),
    settings: await db.appSetting.findMany({
      where: { key: { not: 'auth_secret' } },
      select: { key: true, value: true },
    }),
  };
}

beforeAll(async () => {
  const editor = await createTestUser(url, { role: 'editor' });
  target = await createTestUser(url, { role: 'editor' });
  const auth = await getAuth();
  const res = await auth.api.signInEmail({
    body: { email: editor.email, password: editor.password },
    asResponse: true,
  });
  editorCookie = res.headers.get('set-cookie')!.split(';')[0]!;
  await auth.api.signInEmail({ body: { email: target.email, password: target.password } });
});

afterAll(async () => {
  await getDb().$disconnect();
});

describe('admin-only staff actions refuse and change nothing', () => {
  for (const who of ['no session', 'a forged session cookie', 'an editor'] as const) {
    it(`with ${who}`, async () => {
      for (const [name, run] of adminActions()) {
        const cookie =
          who === 'an editor'
            ? editorCookie
            : who === 'a forged session cookie'
              ? 'iom.session_token=forged.signature'
              : '';
        setRequestHeaders(cookie ? { cookie } : {});
        const before = await snapshot();
        const deniedBefore = await getDb().auditLog.count({ where: { action: 'denied' } });
        const result = await run();
        expect(result, name).toMatchObject({ ok: false });
        expect(await snapshot(), name).toEqual(before);
        expect(await getDb().auditLog.count({ where: { action: 'denied' } }), name).toBe(deniedBefore + 1);
      }
    });
  }

  it('a post whose argument is not a form is answered with a refusal, not an error (the wrapper reads forms only)', async () => {
    setRequestHeaders({ cookie: editorCookie, host: 'h.example', origin: 'http://h.example' });
    for (const arg of ['project', 42, null, { get: 1 }]) {
      const answer = await users.createUserAction({ ok: true }, arg as unknown as FormData);
      expect(answer).toMatchObject({ ok: false, formError: 'errors.denied' });
      const ref = await reference.saveReferenceAction({ ok: true }, arg as unknown as FormData);
      expect(ref).toMatchObject({ ok: false });
    }
  });

  it('account actions need a session', async () => {
    setRequestHeaders({});
    const results = await Promise.all([
      account.changePasswordAction(
        { ok: true },
        form({ currentPassword: 'x', newPassword: 'long enough password', confirmPassword: 'long enough password' }),
      ),
      account.totpSetupAction({ ok: true }, form({ password: 'x' })),
      account.totpDisableAction({ ok: true }, form({ password: 'x' })),
    ]);
    for (const r of results) expect(r).toMatchObject({ ok: false, formError: 'errors.denied' });
  });

  it('an admin can require 2FA for everyone (audited); accounts without it are then refused staff actions', async () => {
    const admin = await createTestUser(url, { role: 'admin' });
    const res = await (
      await getAuth()
    ).api.signInEmail({ body: { email: admin.email, password: admin.password }, asResponse: true });
    setRequestHeaders({
      cookie: res.headers.get('set-cookie')!.split(';')[0]!,
      host: 'h.example',
      origin: 'http://h.example',
      'next-action': 'x',
    });
    try {
      expect(await account.requireTwoFactorAction({ ok: true }, form({ require2fa: 'on' }))).toMatchObject({
        ok: true,
      });
      expect((await getDb().appSetting.findUniqueOrThrow({ where: { key: 'require2fa' } })).value).toBe(true);
      const row = await getDb().auditLog.findFirstOrThrow({ where: { action: 'setting_changed', actorId: admin.id } });
      expect(row.details).toEqual({ require2fa: true });
      // The admin has no second factor either: further admin actions are refused until they set one up.
      expect(await account.requireTwoFactorAction({ ok: true }, form({}))).toMatchObject({ ok: false });
    } finally {
      await getDb().appSetting.update({ where: { key: 'require2fa' }, data: { value: false } });
    }
  });
});
