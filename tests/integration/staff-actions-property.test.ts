import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, setRequestHeaders } from '../support/next-request';

vi.mock('next/headers', () => nextHeadersMock);
vi.mock('next/cache', () => ({ refresh: vi.fn() }));
vi.mock('next-intl/server', () => ({ getTranslations: () => Promise.resolve((key: string) => key) }));
vi.mock('@/lib/i18n/navigation', () => ({ redirect: vi.fn() }));

const { getAuth } = await import('@/lib/auth/auth');
const users = await import('@/lib/actions/users');
const reference = await import('@/lib/actions/reference');
const { getDb } = await import('@/lib/db');
const { createTestUser } = await import('../support/auth');

let adminHeaders: Record<string, string> = {};

beforeAll(async () => {
  const admin = await createTestUser(process.env.DATABASE_URL!, { role: 'admin' });
  const res = await (
    await getAuth()
  ).api.signInEmail({ body: { email: admin.email, password: admin.password }, asResponse: true });
  adminHeaders = {
    cookie: res.headers.get('set-cookie')!.split(';')[0]!,
    host: 'portal.example',
    origin: 'https://portal.example',
    'next-action': 'x',
  };
});

afterAll(async () => {
  await getDb().$disconnect();
});

function form(fields: Record<string, unknown>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields))
    // Fuzzed values of any kind, sent as text the way a browser would stringify them.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (v !== undefined) f.set(k, typeof v === 'string' ? v : new Blob([String(v)]));
  return f;
}

// Each input breaks at least one rule: bad e-mail, empty/too long name, unknown role or a password under 12 characters.
const badEmail = fc.oneof(
  fc.string({ maxLength: 40 }).filter((s) => !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(s.trim())),
  fc.constant(undefined),
);
const goodEmail = fc.emailAddress();
// Too long even once trimmed (a long run of spaces around one character is a valid name).
const longName = fc.string({ minLength: 201, maxLength: 260 }).filter((s) => s.trim().length > 200);
const badName = fc.oneof(fc.constant(''), fc.constant('   '), longName, fc.constant(undefined));
const goodName = fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim().length > 0);
const badRole = fc.oneof(
  fc.string({ maxLength: 10 }).filter((s) => s !== 'admin' && s !== 'editor'),
  fc.constant(undefined),
);
const goodRole = fc.constantFrom('admin', 'editor');
const badPassword = fc.oneof(fc.string({ maxLength: 11 }), fc.constant(undefined));
const goodPassword = fc.string({ minLength: 12, maxLength: 40 });

const malformedNewUser = fc
  .record({
    email: fc.tuple(fc.boolean(), badEmail, goodEmail),
    name: fc.tuple(fc.boolean(), badName, goodName),
    role: fc.tuple(fc.boolean(), badRole, goodRole),
    password: fc.tuple(fc.boolean(), badPassword, goodPassword),
  })
  .filter((r) => r.email[0] || r.name[0] || r.role[0] || r.password[0])
  .map((r) => ({
    email: r.email[0] ? r.email[1] : r.email[2],
    name: r.name[0] ? r.name[1] : r.name[2],
    role: r.role[0] ? r.role[1] : r.role[2],
    password: r.password[0] ? r.password[1] : r.password[2],
  }));

describe('staff actions under malformed input (fast-check)', () => {
  it('createUserAction accepts none of 1,000 malformed inputs and creates no row', async () => {
    setRequestHeaders(adminHeaders);
    const before = await getDb().user.count();
    await fc.assert(
      fc.asyncProperty(malformedNewUser, async (input) => {
        const result = await users.createUserAction({ ok: true }, form({ locale: 'en', ...input }));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
    expect(await getDb().user.count()).toBe(before);
  });

  it('changeRoleAction and setDisabledAction accept none of 1,000 malformed inputs each', async () => {
    setRequestHeaders(adminHeaders);
    const snapshot = () =>
      getDb().user.findMany({ orderBy: { id: 'asc' }, select: { id: true, role: true, disabled: true } });
    const before = await snapshot();
    const anyText = fc.oneof(fc.string({ maxLength: 120 }), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(anyText, badRole, async (userId, role) => {
        expect((await users.changeRoleAction({ ok: true }, form({ userId, role }))).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
    await fc.assert(
      fc.asyncProperty(
        anyText.filter((id) => !before.some((u) => u.id === id)),
        async (userId) => {
          expect((await users.setDisabledAction({ ok: true }, form({ userId, disabled: '1' }))).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it('saveReferenceAction accepts none of 1,000 malformed inputs and changes no reference row', async () => {
    setRequestHeaders(adminHeaders);
    const snapshot = async () => [
      await getDb().region.findMany({ orderBy: { id: 'asc' } }),
      await getDb().projectType.findMany({ orderBy: { id: 'asc' } }),
      await getDb().service.findMany({ orderBy: { id: 'asc' } }),
    ];
    const before = await snapshot();
    const badSlug = fc.oneof(
      fc.string({ maxLength: 70 }).filter((s) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s.trim()) || s.trim().length > 64),
      fc.constant(undefined),
    );
    const badKind = fc.oneof(
      fc.string({ maxLength: 12 }).filter((s) => !['region', 'projectType', 'service'].includes(s)),
      fc.constant(undefined),
    );
    const badOrder = fc.oneof(fc.constantFrom('-1', '1.5', 'abc', '10001', '1e9'), fc.constant(undefined));
    const malformed = fc
      .record({
        k: fc.nat(3),
        kind: badKind,
        slug: badSlug,
        name: badName,
        order: badOrder,
        goodKind: fc.constantFrom('region', 'projectType', 'service'),
      })
      .map(({ k, kind, slug, name, order, goodKind }) => ({
        kind: k === 0 ? kind : goodKind,
        slug: k === 1 ? slug : 'probe-slug',
        nameEn: k === 2 ? name : 'Name',
        nameFr: 'Nom',
        sortOrder: k === 3 ? order : '1',
      }));
    await fc.assert(
      fc.asyncProperty(malformed, async (input) => {
        expect((await reference.saveReferenceAction({ ok: true }, form({ locale: 'fr', ...input }))).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
    expect(await snapshot()).toEqual(before);
  });
});
