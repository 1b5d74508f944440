import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());

const write = await import('@/lib/data/record-write');
const { listAuditLog } = await import('@/lib/data/audit');
const { getDb } = await import('@/lib/db');
const { parseAuditFilters } = await import('@/lib/validation/audit-filters');

// The audit log reads as staff know things: an edit records which fields it changed, and the accounts an entry
// mentions (its actor, the account acted on) come with their names and e-mail addresses.
const project = {
  code: 'ZA.0001',
  titleEn: 'Audit probe',
  status: 'planned',
  coverage: 'national',
  type: 'assisted-migration-services',
  region: 'africa',
  countries: ['SN'],
  intent: 'draft',
};

afterAll(async () => {
  const db = getDb();
  await db.project.deleteMany({ where: { code: { startsWith: 'ZA.' } } });
  await db.user.deleteMany({ where: { id: 'audit-readable-user' } });
  await db.$disconnect();
});

describe('readable audit log', () => {
  it('an edit names the fields it changed (stored names, labelled on the page)', async () => {
    expect(await write.createRecord('project', project)).toMatchObject({ ok: true, version: 1 });
    const saved = await write.updateRecord('project', 'ZA.0001', {
      ...project,
      titleFr: 'Sonde',
      countries: ['SN', 'ML'],
      version: '1',
    });
    expect(saved).toMatchObject({ ok: true, version: 2 });
    const row = await getDb().auditLog.findFirst({
      where: { action: 'update', recordType: 'project', recordId: 'ZA.0001' },
      orderBy: { id: 'desc' },
      select: { details: true },
    });
    expect(row?.details).toMatchObject({ version: 2, changed: ['titleFr', 'countries'] });
  });

  it('names the actor and the account acted on when they exist', async () => {
    const db = getDb();
    await db.user.create({
      data: { id: 'audit-readable-user', name: 'Ada Auditor', email: 'ada.auditor@example.org' },
    });
    await db.auditLog.createMany({
      data: [
        { action: 'user_enabled', recordType: 'user', recordId: 'no-such-account', actorId: 'no-such-actor' },
        {
          action: 'user_enabled',
          recordType: 'user',
          recordId: 'audit-readable-user',
          actorId: 'audit-readable-user',
          actorEmail: 'ada.auditor@example.org',
          details: { email: 'ada.auditor@example.org' },
        },
      ],
    });
    const { items } = await listAuditLog(parseAuditFilters({ action: 'user_enabled' }));
    const ada = { name: 'Ada Auditor', email: 'ada.auditor@example.org' };
    expect(items[0]).toMatchObject({ actor: ada, recordUser: ada, details: { email: ada.email } });
    expect(items[1]).toMatchObject({ actor: null, recordUser: null, recordId: 'no-such-account' });
  });
});
