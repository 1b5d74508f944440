import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());

const { createRecord, setRecordsState, updateRecord } = await import('@/lib/data/record-write');
const { getAdminRecord } = await import('@/lib/data/admin-records');
const { listAdminProjects } = await import('@/lib/data/admin-projects');
const { parseAdminProjectQuery } = await import('@/lib/validation/admin-list');
const { getDb } = await import('@/lib/db');

// Translation status through the one write path: a change of the source text marks the other languages' texts out
// of date (form and list filter) until each is saved again, by editing it or by confirming it still matches.
const CODE = 'ZT.0001';
const base = {
  code: CODE,
  sourceLanguage: 'en',
  titleEn: 'Translation status project',
  titleFr: 'Projet de statut de traduction',
  titleEs: 'Proyecto de estado de traducción',
  summaryEn: 'The first summary.',
  summaryFr: 'Le premier résumé.',
  summaryEs: 'El primer resumen.',
  status: 'planned',
  coverage: 'national',
  type: 'assisted-migration-services',
  region: 'africa',
  countries: ['SN'],
};

async function current() {
  const record = await getAdminRecord('project', CODE);
  if (!record) throw new Error('no record');
  return record;
}

async function needing(lang: string): Promise<string[]> {
  const list = await listAdminProjects(parseAdminProjectQuery({ translate: lang, q: 'ZT.' }), 'en');
  return list.items.map((i) => i.code);
}

describe('translation status', () => {
  afterAll(async () => {
    await getDb().project.deleteMany({ where: { code: { startsWith: 'ZT.' } } });
    await getDb().$disconnect();
  });

  it('starts up to date, and a new source text makes the translations out of date until saved again', async () => {
    expect(await createRecord('project', { ...base, intent: 'draft' })).toMatchObject({ ok: true });
    let r = await current();
    expect(r.translation).toMatchObject({ summaryEn: 'source', summaryFr: 'current', summaryEs: 'current' });
    expect(await needing('es')).toEqual([]);

    const edited = { ...r.values, summaryEn: 'A rewritten summary.', version: String(r.version) };
    expect(await updateRecord('project', CODE, edited)).toMatchObject({ ok: true });
    r = await current();
    expect(r.translation).toMatchObject({ summaryFr: 'stale', summaryEs: 'stale', titleFr: 'current' });
    expect(await needing('fr')).toEqual([CODE]);
    expect(await needing('es')).toEqual([CODE]);

    // Saving the form again without touching the translations leaves them out of date.
    expect(await updateRecord('project', CODE, { ...r.values, version: String(r.version) })).toMatchObject({
      ok: true,
    });
    r = await current();
    expect(r.translation.summaryFr).toBe('stale');

    // French saved again with new text, Spanish confirmed as still matching: both up to date.
    const fixed = { ...r.values, summaryFr: 'Un résumé réécrit.', confirm: ['summary.es'], version: String(r.version) };
    expect(await updateRecord('project', CODE, fixed)).toMatchObject({ ok: true });
    r = await current();
    expect(r.translation).toMatchObject({ summaryFr: 'current', summaryEs: 'current' });
    expect(await needing('fr')).toEqual([]);
    expect(await needing('es')).toEqual([]);
  });

  it('counts a missing text as needing translation, and refuses to publish without English and French', async () => {
    const code = 'ZT.0002';
    const draft = { ...base, code, titleFr: '', summaryEs: '', intent: 'draft' };
    expect(await createRecord('project', draft)).toMatchObject({ ok: true });
    const r = await getAdminRecord('project', code);
    expect(r?.translation).toMatchObject({ titleFr: 'missing', summaryEs: 'missing' });
    expect(await needing('fr')).toContain(code);

    const published = await createRecord('project', { ...draft, code: 'ZT.0003', intent: 'publish' });
    expect(published).toMatchObject({
      ok: false,
      reason: 'invalid',
      fieldErrors: { titleFr: [{ key: 'requiredToPublish' }] },
    });
    expect(await getDb().project.count({ where: { code: 'ZT.0003' } })).toBe(0);

    // Spanish is not required for projects: publishing without a Spanish summary goes through.
    const noSpanish = { ...base, code: 'ZT.0004', summaryEs: '', intent: 'publish' };
    expect(await createRecord('project', noSpanish)).toMatchObject({ ok: true });

    // The list's publish action refuses the record that lacks a French title, and says so.
    expect(await setRecordsState('project', [code], 'publish')).toEqual({ ok: true, changed: 0, refused: [code] });
    expect((await getDb().project.findUniqueOrThrow({ where: { code } })).publicationState).toBe('draft');
  });
});
