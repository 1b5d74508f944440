import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { actorState } from '../support/mock-actor';

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());

const { dryRunProjectCsv, applyProjectCsv } = await import('@/lib/data/admin-project-import');
const { projectsToCsv } = await import('@/lib/api/project-csv');
const { queryProjectRecords } = await import('@/lib/data/projects');
const { parseProjectFilters } = await import('@/lib/validation/project-filters');
const { getDb } = await import('@/lib/db');

const exportCsv = async (lang: 'en' | 'fr') =>
  projectsToCsv(await queryProjectRecords(parseProjectFilters({}).filters, lang, null), lang);
const counts = async () => ({
  projects: await getDb().project.count(),
  revisions: await getDb().revision.count(),
  audit: await getDb().auditLog.count(),
});
const HEADER_EN =
  'Project ID,PRIMA ID,Title,Status,Type,Coverage,Region,Budget (USD),Start year,End year,Funding year,Beneficiary member states,Summary';
const row = (cells: Partial<Record<string, string>>) =>
  [
    cells.code ?? 'ZC.0001',
    cells.primaId ?? '',
    cells.title ?? 'CSV project',
    cells.status ?? 'Planned',
    cells.type ?? 'Assisted migration services',
    cells.coverage ?? 'National',
    cells.region ?? 'Africa',
    cells.budget ?? '1,000',
    cells.start ?? '2027',
    cells.end ?? '2028',
    cells.funding ?? '',
    cells.countries ?? 'Senegal; Mali',
    cells.summary ?? 'Imported',
  ]
    .map((c) => `"${c.replace(/"/g, '""')}"`)
    .join(',');

describe('CSV import of projects', () => {
  beforeEach(() => {
    actorState.role = 'editor';
  });
  afterAll(async () => {
    await getDb().project.deleteMany({ where: { code: { startsWith: 'ZC.' } } });
    await getDb().$disconnect();
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`re-importing the ${lang} export changes nothing`, async () => {
      const csv = await exportCsv(lang);
      const plan = await dryRunProjectCsv(csv);
      expect(plan.ok).toBe(true);
      if (!plan.ok) return;
      expect(plan.rows.length).toBeGreaterThan(0);
      expect(plan.rows.filter((r) => r.kind !== 'unchanged')).toEqual([]);
      // A form post turns every line break into CRLF (inside quoted descriptions too): still nothing to do.
      const posted = await dryRunProjectCsv(csv.replace(/\r?\n/g, '\r\n'));
      expect(posted.ok && posted.rows.filter((r) => r.kind !== 'unchanged')).toEqual([]);
      const before = await counts();
      const applied = await applyProjectCsv(csv);
      expect(applied).toMatchObject({ ok: true, created: 0, updated: 0 });
      expect(await counts()).toEqual(before);
    });
  }

  it('creates drafts and updates changed fields with revisions, in one go', async () => {
    const csv = `${HEADER_EN}\n${row({})}\n`;
    const dry = await dryRunProjectCsv(csv);
    expect(dry).toMatchObject({ ok: true, lang: 'en', rows: [{ line: 2, code: 'ZC.0001', kind: 'create' }] });
    expect(await getDb().project.count({ where: { code: 'ZC.0001' } })).toBe(0);
    expect(await applyProjectCsv(csv)).toMatchObject({ ok: true, created: 1, updated: 0 });
    const p = await getDb().project.findUniqueOrThrow({
      where: { code: 'ZC.0001' },
      select: { id: true, publicationState: true, budgetUsd: true },
    });
    expect(p.publicationState).toBe('draft');
    expect(p.budgetUsd?.toFixed(2)).toBe('1000.00');
    const changed = `${HEADER_EN}\n${row({ budget: '2000' })}\n`;
    expect(await dryRunProjectCsv(changed)).toMatchObject({
      ok: true,
      rows: [{ kind: 'update', changes: ['budgetUsd'] }],
    });
    expect(await applyProjectCsv(changed)).toMatchObject({ ok: true, created: 0, updated: 1 });
    const revs = await getDb().revision.findMany({
      where: { recordType: 'project', recordId: p.id },
      select: { version: true, action: true },
      orderBy: { version: 'asc' },
    });
    expect(revs).toEqual([
      { version: 1, action: 'create' },
      { version: 2, action: 'update' },
    ]);
  });

  it('rejects bad rows with reasons and writes nothing, not even the good rows', async () => {
    const csv = [
      HEADER_EN,
      row({ code: 'ZC.0101' }),
      row({ code: 'ZC.0102', region: 'Atlantis' }),
      row({ code: 'ZC.0103', type: 'Nope' }),
      row({ code: 'ZC.0104', countries: 'Senegal; Narnia' }),
      row({ code: 'ZC.0105', budget: '12abc' }),
      row({ code: 'ZC.0106' }),
      row({ code: 'ZC.0106' }),
      row({ code: 'ZC.0107', status: 'Sleeping' }),
    ].join('\n');
    const before = await counts();
    const applied = await applyProjectCsv(csv);
    expect(applied.ok).toBe(false);
    expect(await counts()).toEqual(before);
    const plan = await dryRunProjectCsv(csv);
    if (!plan.ok) throw new Error('plan');
    const reasons = plan.rows.map((r) => (r.kind === 'reject' ? r.problems.map((p) => p.reason) : r.kind));
    expect(reasons).toEqual([
      'create',
      ['unknownRegion'],
      ['unknownType'],
      ['unknownCountry'],
      ['budget'],
      ['duplicateCode'],
      ['duplicateCode'],
      ['unknownStatus'],
    ]);
  });

  it('refuses a file whose headers are not the export’s', async () => {
    expect(await dryRunProjectCsv('code,name\nA,B\n')).toEqual({ ok: false, error: 'headers' });
    expect(await dryRunProjectCsv('')).toEqual({ ok: false, error: 'empty' });
    expect(await dryRunProjectCsv('"unterminated\n')).toMatchObject({ ok: false });
  });

  it('never throws on random rows and writes nothing when a row is rejected', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('Africa', 'Planned', '1,000', '2027', 'ZC.0200', 'Senegal; Mali', ''),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 0, maxLength: 15 }), { maxLength: 4 }), async (rows) => {
        const csv = [HEADER_EN, ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))].join('\n');
        const before = await counts();
        const result = await applyProjectCsv(csv);
        if (!result.ok) expect(await counts()).toEqual(before);
        await getDb().project.deleteMany({ where: { code: { startsWith: 'ZC.02' } } });
      }),
      { numRuns: 25 },
    );
  });

  it('requires the editor role', async () => {
    actorState.role = null;
    await expect(dryRunProjectCsv(HEADER_EN)).rejects.toThrow(/Access denied/);
    await expect(applyProjectCsv(HEADER_EN)).rejects.toThrow(/Access denied/);
  });
});
