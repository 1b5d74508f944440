import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { actorState } from '../support/mock-actor';

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());

const { confirmCentreVerified, monthsLater } = await import('@/lib/data/record-write');
const { countOverdueCentres, getCentreVerification, listAdminCentres } = await import('@/lib/data/admin-centres');
const { getDb } = await import('@/lib/db');
const { adminQueryToSearch, parseAdminCentreQuery } = await import('@/lib/validation/admin-list');

const SLUG = 'zv-verify-centre';
const centreId = async () => (await getDb().resourceCentre.findUniqueOrThrow({ where: { slug: SLUG } })).id;

describe('confirming a centre as verified', () => {
  beforeAll(async () => {
    await getDb().resourceCentre.create({
      data: { slug: SLUG, name: { en: 'Verify centre' }, kind: 'shelter', status: 'operational', countryCode: 'FR' },
    });
  });
  beforeEach(() => {
    actorState.role = 'editor';
  });
  afterAll(async () => {
    await getDb().resourceCentre.deleteMany({ where: { slug: { startsWith: 'zv-' } } });
    await getDb().$disconnect();
  });

  it('counts six months on, the 31st of a shorter month becoming its last day', () => {
    expect(monthsLater(new Date('2026-12-02T18:00:00Z'), 6).toISOString()).toBe('2027-06-02T00:00:00.000Z');
    expect(monthsLater(new Date('2026-08-31T10:00:00Z'), 6).toISOString()).toBe('2027-02-28T00:00:00.000Z');
  });

  it('a never verified centre is overdue: in the filtered list and in the count', async () => {
    const overdue = await listAdminCentres(parseAdminCentreQuery({ overdue: '1', q: SLUG }), 'en');
    expect(overdue.items.map((c) => c.slug)).toEqual([SLUG]);
    expect(await countOverdueCentres()).toBeGreaterThan(0);
    expect(await getCentreVerification(SLUG)).toEqual({ lastVerifiedAt: null, nextCheckDue: null, overdue: true });
    expect(adminQueryToSearch(parseAdminCentreQuery({ overdue: '1' }))).toEqual({ overdue: '1' });
    expect(parseAdminCentreQuery({ overdue: 'yes' }).overdue).toBe(false);
  });

  it('sets lastVerifiedAt and nextCheckDue, with a revision and an audit row; a stale version is refused', async () => {
    const before = await countOverdueCentres();
    const now = new Date();
    expect(await confirmCentreVerified(SLUG, 1, now)).toEqual({ ok: true, version: 2 });
    const c = await getDb().resourceCentre.findUniqueOrThrow({ where: { slug: SLUG } });
    expect(c).toMatchObject({ version: 2, lastVerifiedAt: now, nextCheckDue: monthsLater(now, 6) });
    expect(await getCentreVerification(SLUG)).toMatchObject({ overdue: false });
    expect(await countOverdueCentres()).toBe(before - 1);
    const listed = await listAdminCentres(parseAdminCentreQuery({ overdue: '1', q: SLUG }), 'en');
    expect(listed.items).toEqual([]);
    const id = await centreId();
    const revision = await getDb().revision.findFirstOrThrow({
      where: { recordType: 'resource_centre', recordId: id, version: 2 },
    });
    expect(revision.after).toMatchObject({ lastVerifiedAt: now.toISOString() });
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { recordType: 'resource_centre', recordId: SLUG },
      orderBy: { at: 'desc' },
    });
    expect(audit).toMatchObject({ action: 'update', details: { verified: true, version: 2 } });
    // From the version seen before: refused, nothing written.
    expect(await confirmCentreVerified(SLUG, 1)).toEqual({ ok: false, reason: 'conflict' });
    expect(await confirmCentreVerified('zv-no-such-centre', 1)).toEqual({ ok: false, reason: 'not_found' });
    expect((await getDb().resourceCentre.findUniqueOrThrow({ where: { slug: SLUG } })).version).toBe(2);
  });

  it('a next check in the past makes it overdue again', async () => {
    await getDb().resourceCentre.update({ where: { slug: SLUG }, data: { nextCheckDue: new Date('2020-01-01') } });
    const overdue = await listAdminCentres(parseAdminCentreQuery({ overdue: '1', q: SLUG }), 'en');
    expect(overdue.items.map((c) => c.slug)).toEqual([SLUG]);
  });

  it('needs a signed-in editor', async () => {
    actorState.role = null;
    await expect(confirmCentreVerified(SLUG, 2)).rejects.toThrow();
    await expect(countOverdueCentres()).rejects.toThrow();
  });
});
