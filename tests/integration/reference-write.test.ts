import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, setRequestHeaders } from '../support/next-request';

vi.mock('next/headers', () => nextHeadersMock);
vi.mock('@/lib/i18n/navigation', () => ({ redirect: vi.fn() }));

const { getAuth } = await import('@/lib/auth/auth');
const { saveReferenceItem, listReferenceItems } = await import('@/lib/data/reference-admin');
const { getDb } = await import('@/lib/db');
const { createTestUser } = await import('../support/auth');

// Reference data goes through the write path's steps: version check, revision and audit row in one transaction.
const url = process.env.DATABASE_URL!;

beforeAll(async () => {
  const admin = await createTestUser(url, { role: 'admin' });
  const res = await (
    await getAuth()
  ).api.signInEmail({ body: { email: admin.email, password: admin.password }, asResponse: true });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  setRequestHeaders({ cookie, 'x-forwarded-for': '203.0.113.9' });
});
afterAll(() => setRequestHeaders({}));

const region = async () => (await listReferenceItems('region')).find((r) => r.slug === 'africa')!;

describe('reference data write path', () => {
  it('an update checks the version, writes a revision with the item before and after, and an audit row', async () => {
    const { version, nameFr, nameEs, sortOrder } = await region();
    const r = await saveReferenceItem({
      kind: 'region',
      slug: 'africa',
      nameEn: 'Africa!',
      nameFr,
      nameEs,
      sortOrder,
      version,
    });
    expect(r).toEqual({ ok: true, created: false });
    expect(await region()).toMatchObject({ nameEn: 'Africa!', version: version + 1 });
    const db = getDb();
    const id = (await db.region.findUniqueOrThrow({ where: { slug: 'africa' }, select: { id: true } })).id;
    const rev = await db.revision.findFirstOrThrow({
      where: { recordType: 'region', recordId: id, version: version + 1 },
    });
    expect(rev).toMatchObject({ action: 'update', before: { nameEn: 'Africa' }, after: { nameEn: 'Africa!' } });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { recordType: 'region', recordId: 'africa', action: 'update' },
      orderBy: { id: 'desc' },
    });
    expect(audit.details).toEqual({ changed: ['nameEn'] });
  });

  it('two saves from the same version at the same moment: exactly one succeeds, the other is a conflict', async () => {
    const { version, nameFr, nameEs, sortOrder } = await region();
    const save = (nameEn: string) =>
      saveReferenceItem({ kind: 'region', slug: 'africa', nameEn, nameFr, nameEs, sortOrder, version });
    const results = await Promise.all([save('Africa A'), save('Africa B')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'conflict' }]);
    expect((await region()).version).toBe(version + 1);
  });

  it('adding an item whose slug exists is refused instead of overwriting it', async () => {
    const before = await region();
    const r = await saveReferenceItem({
      kind: 'region',
      slug: 'africa',
      nameEn: 'X',
      nameFr: 'X',
      nameEs: 'X',
      sortOrder: 0,
    });
    expect(r).toEqual({ ok: false, reason: 'slugTaken' });
    expect(await region()).toEqual(before);
  });

  it('a new item starts at version 1 with a "create" revision', async () => {
    const r = await saveReferenceItem({
      kind: 'service',
      slug: 'zt-new-service',
      nameEn: 'N',
      nameFr: 'N',
      nameEs: 'N',
      sortOrder: 9,
    });
    expect(r).toEqual({ ok: true, created: true });
    const db = getDb();
    const s = await db.service.findUniqueOrThrow({ where: { slug: 'zt-new-service' } });
    expect(s.version).toBe(1);
    expect(await db.revision.count({ where: { recordType: 'service', recordId: s.id, action: 'create' } })).toBe(1);
  });
});
