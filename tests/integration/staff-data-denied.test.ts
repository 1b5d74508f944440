import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, setRequestHeaders } from '../support/next-request';

// The data functions that change accounts, settings and reference data check the admin role themselves, whoever
// calls them (not only the server actions in front of them).
vi.mock('next/headers', () => nextHeadersMock);
vi.mock('@/lib/i18n/navigation', () => ({ redirect: vi.fn() }));

const { getAuth } = await import('@/lib/auth/auth');
const { AccessDeniedError } = await import('@/lib/auth/session');
const users = await import('@/lib/data/users');
const { setRequireTwoFactor } = await import('@/lib/data/settings-admin');
const { saveReferenceItem } = await import('@/lib/data/reference-admin');
const { getDb } = await import('@/lib/db');
const { createTestUser } = await import('../support/auth');

const url = process.env.DATABASE_URL!;
const newServiceSlug = `denied-test-${randomBytes(3).toString('hex')}`;
let editorCookie = '';
let adminCookie = '';
let target: Awaited<ReturnType<typeof createTestUser>>;
let africa: { nameEn: string; nameFr: string; sortOrder: number } | null = null;

async function cookieOf(user: { email: string; password: string }): Promise<string> {
  const res = await (await getAuth()).api.signInEmail({ body: user, asResponse: true });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

// Every data function of the staff section that changes something, with input an admin would see succeed.
const writes = () =>
  [
    [
      'createStaffUser',
      () =>
        users.createStaffUser({
          email: `new-${randomBytes(3).toString('hex')}@example.org`,
          name: 'New',
          role: 'editor',
          password: 'long enough password',
        }),
    ],
    ['setStaffRole', () => users.setStaffRole(target.id, 'admin')],
    ['setStaffDisabled', () => users.setStaffDisabled(target.id, true)],
    [
      'saveReferenceItem (update)',
      () =>
        saveReferenceItem({
          kind: 'region',
          slug: 'africa',
          nameEn: 'Hacked',
          nameFr: 'Piraté',
          nameEs: 'Pirateado',
          sortOrder: 1,
          version: 1,
        }),
    ],
    [
      'saveReferenceItem (create)',
      () =>
        saveReferenceItem({
          kind: 'service',
          slug: newServiceSlug,
          nameEn: 'New',
          nameFr: 'Nouveau',
          nameEs: 'Nuevo',
          sortOrder: 1,
        }),
    ],
    // Last: once it is on, the admin (who has no second factor) is refused too.
    ['setRequireTwoFactor', () => setRequireTwoFactor(true)],
  ] as const;

async function snapshot() {
  const db = getDb();
  return {
    users: await db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, role: true, disabled: true } }),
    regions: await db.region.findMany({ orderBy: { id: 'asc' } }),
    services: await db.service.count(),
    settings: await db.appSetting.findMany({
      where: { key: { not: 'auth_secret' } },
      select: { key: true, value: true },
    }),
  };
}

beforeAll(async () => {
  africa = await getDb().region.findUnique({
    where: { slug: 'africa' },
    select: { nameEn: true, nameFr: true, sortOrder: true },
  });
  editorCookie = await cookieOf(await createTestUser(url, { role: 'editor' }));
  adminCookie = await cookieOf(await createTestUser(url, { role: 'admin' }));
  target = await createTestUser(url, { role: 'editor' });
});

afterAll(async () => {
  const db = getDb();
  await db.appSetting.updateMany({ where: { key: 'require2fa' }, data: { value: false } });
  await db.service.deleteMany({ where: { slug: newServiceSlug } });
  if (africa) await db.region.update({ where: { slug: 'africa' }, data: africa });
  else await db.region.deleteMany({ where: { slug: 'africa' } });
  await db.$disconnect();
});

describe('staff data functions check the admin role themselves', () => {
  for (const who of ['no session', 'a forged session cookie', 'an editor'] as const) {
    it(`refuse ${who}, audit the refusal and change nothing`, async () => {
      const cookie =
        who === 'an editor' ? editorCookie : who === 'a forged session cookie' ? 'iom.session_token=forged.sig' : '';
      setRequestHeaders(cookie ? { cookie } : {});
      for (const [name, run] of writes()) {
        const before = await snapshot();
        const deniedBefore = await getDb().auditLog.count({ where: { action: 'denied' } });
        await expect(run(), name).rejects.toBeInstanceOf(AccessDeniedError);
        expect(await snapshot(), name).toEqual(before);
        expect(await getDb().auditLog.count({ where: { action: 'denied' } }), name).toBe(deniedBefore + 1);
      }
    });
  }

  it('let an admin through (each write changes something)', async () => {
    setRequestHeaders({ cookie: adminCookie });
    for (const [name, run] of writes()) {
      const before = await snapshot();
      await run();
      expect(await snapshot(), name).not.toEqual(before);
    }
  });
});
