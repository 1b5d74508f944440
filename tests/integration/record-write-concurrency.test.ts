import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());

const { createRecord, setRecordsState, updateRecord } = await import('@/lib/data/record-write');
const { getDb } = await import('@/lib/db');
const { localisedOf } = await import('@/lib/format');

// Two saves of the same record at the same moment, both from the version the form was loaded with, through the one
// write path: exactly one goes through; the other is a conflict naming the first one's change. Nothing is lost
// silently, and the loser writes no revision or audit row.
const kinds = [
  {
    kind: 'project',
    recordType: 'project',
    key: 'ZK.0001',
    title: 'titleEn',
    form: {
      code: 'ZK.0001',
      titleEn: 'Concurrent project',
      titleFr: 'Projet concurrent',
      status: 'planned',
      coverage: 'national',
      type: 'assisted-migration-services',
      region: 'africa',
      countries: ['SN'],
    },
  },
  {
    kind: 'centre',
    recordType: 'resource_centre',
    key: 'zk-concurrent-centre',
    title: 'nameEn',
    form: {
      slug: 'zk-concurrent-centre',
      nameEn: 'Concurrent centre',
      nameFr: 'Centre concurrent',
      nameEs: 'Centro concurrente',
      kind: 'resource_centre',
      status: 'operational',
      countryCode: 'SN',
    },
  },
] as const;

async function row(recordType: string, key: string): Promise<{ id: number; version: number; title: string | null }> {
  if (recordType === 'project') {
    const p = await getDb().project.findUniqueOrThrow({ where: { code: key } });
    return { id: p.id, version: p.version, title: localisedOf(p.title).en };
  }
  const c = await getDb().resourceCentre.findUniqueOrThrow({ where: { slug: key } });
  return { id: c.id, version: c.version, title: localisedOf(c.name).en };
}

describe('saving the same record twice at the same moment from the same version', () => {
  afterAll(async () => {
    await getDb().project.deleteMany({ where: { code: 'ZK.0001' } });
    await getDb().resourceCentre.deleteMany({ where: { slug: 'zk-concurrent-centre' } });
    await getDb().$disconnect();
  });

  for (const k of kinds) {
    it(`${k.kind}s: exactly one save succeeds, the other is a conflict`, async () => {
      expect(await createRecord(k.kind, { ...k.form, intent: 'draft' })).toMatchObject({ ok: true, version: 1 });
      // The audit log is append-only: count from what other runs on this database left.
      const audits = await getDb().auditLog.count({ where: { recordId: k.key, action: 'update' } });
      for (let round = 1; round <= 5; round += 1) {
        const save = (who: string) =>
          updateRecord(k.kind, k.key, { ...k.form, [k.title]: `${who} ${String(round)}`, version: String(round) });
        const results = await Promise.all([save('A'), save('B')]);
        const winners = results.filter((r) => r.ok);
        const losers = results.flatMap((r) => (!r.ok && r.reason === 'conflict' ? [r] : []));
        expect(winners).toEqual([{ ok: true, key: k.key, version: round + 1 }]);
        const winner = results[0].ok ? 'A' : 'B';
        const change = expect.objectContaining({ field: k.title, after: `${winner} ${String(round)}` });
        const conflict = { currentVersion: round + 1, changes: expect.arrayContaining([change]) };
        expect(losers).toEqual([expect.objectContaining(conflict)]);

        const stored = await row(k.recordType, k.key);
        expect(stored).toMatchObject({ version: round + 1, title: `${winner} ${String(round)}` });
        const where = { recordType: k.recordType, recordId: stored.id };
        expect(await getDb().revision.count({ where })).toBe(round + 1);
        const audited = { recordType: k.recordType, recordId: k.key, action: 'update' as const };
        expect(await getDb().auditLog.count({ where: audited })).toBe(audits + round);
      }
    });
  }

  it('publishing a pending draft twice at the same moment applies it once', async () => {
    const { key, form } = kinds[0];
    expect(await setRecordsState('project', [key], 'publish')).toEqual({ ok: true, changed: 1, refused: [] });
    const { version } = await row('project', key);
    const draft = { ...form, titleEn: 'Pending title', version: String(version), intent: 'draft' };
    expect(await updateRecord('project', key, draft)).toMatchObject({ ok: true });
    const results = await Promise.all([
      setRecordsState('project', [key], 'publish'),
      setRecordsState('project', [key], 'publish'),
    ]);
    expect(results.map((r) => (r.ok ? r.changed : -1)).sort()).toEqual([0, 1]);
    const stored = await getDb().project.findUniqueOrThrow({ where: { code: key } });
    expect(stored).toMatchObject({ draft: null, version: version + 2 });
    expect(localisedOf(stored.title).en).toBe('Pending title');
  });
});
