import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { actorState } from '../support/mock-actor';

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());

const write = await import('@/lib/data/record-write');
const createProject = (raw: unknown) => write.createRecord('project', raw);
const updateProject = (code: string, raw: unknown) => write.updateRecord('project', code, raw);
const restoreProjectRevision = (code: string, revisionId: unknown, version: unknown) =>
  write.restoreRecordRevision('project', code, revisionId, version);
const setProjectsState = (codes: unknown, action: unknown) => write.setRecordsState('project', codes, action);
const deleteProjectForGood = (code: string, confirmation: unknown) =>
  write.deleteRecordForGood('project', code, confirmation);
const { listAdminProjects } = await import('@/lib/data/admin-projects');
const { getAdminRecord, listRecordRevisions } = await import('@/lib/data/admin-records');
const { listPublishedProjects } = await import('@/lib/data/projects');
const { getDb } = await import('@/lib/db');
const { parseAdminProjectQuery } = await import('@/lib/validation/admin-list');
const { parseProjectFilters } = await import('@/lib/validation/project-filters');

const form = {
  code: 'ZT.0001',
  titleEn: 'Test project',
  titleFr: 'Projet d’essai',
  status: 'planned',
  coverage: 'national',
  type: 'assisted-migration-services',
  region: 'africa',
  budgetUsd: '250 000',
  startYear: '2027',
  countries: ['SN', 'ML'],
};
const publicCodes = async () =>
  (await listPublishedProjects(parseProjectFilters({}).filters, 'en')).items.map((p) => p.code);

describe('staff project data layer', () => {
  beforeEach(() => {
    actorState.role = 'editor';
  });
  afterAll(async () => {
    await getDb().project.deleteMany({ where: { code: { startsWith: 'ZT.' } } });
    await getDb().$disconnect();
  });

  it('creates a draft that the public list does not show, with a first revision', async () => {
    const r = await createProject({ ...form, intent: 'draft' });
    expect(r).toEqual({ ok: true, key: 'ZT.0001', version: 1 });
    const p = await getAdminRecord('project', 'zt.0001');
    expect(p?.values).toMatchObject({
      publicationState: 'draft',
      budgetUsd: '250000.00',
      countries: ['SN', 'ML'],
      titleFr: 'Projet d’essai',
    });
    expect(await publicCodes()).not.toContain('ZT.0001');
    const h = await listRecordRevisions('project', 'ZT.0001');
    expect(h?.revisions.map((x) => x.action)).toEqual(['create']);
    const audit = await getDb().auditLog.findMany({
      where: { recordType: 'project', recordId: 'ZT.0001' },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([{ action: 'create', actorId: 'test-editor' }]);
  });

  it('refuses unknown references and a taken code with field errors, writing nothing', async () => {
    const before = await getDb().project.count();
    const r = await createProject({ ...form, region: 'atlantis', countries: ['ZZ'] });
    expect(r).toMatchObject({
      ok: false,
      reason: 'invalid',
      fieldErrors: {
        region: [{ key: 'unknownRegion' }],
        countries: [{ key: 'unknownCountry' }],
        code: [{ key: 'codeTaken' }],
      },
    });
    expect(await getDb().project.count()).toBe(before);
  });

  it('answers a NUL or another control character with a field error, not a database error', async () => {
    const before = await getDb().project.count();
    const r = await createProject({ ...form, code: 'ZT.0010', titleEn: 'Nul\u0000title', summaryFr: 'Bell\u0007' });
    expect(r).toMatchObject({
      ok: false,
      reason: 'invalid',
      fieldErrors: { titleEn: [{ key: 'controlCharacters' }], summaryFr: [{ key: 'controlCharacters' }] },
    });
    expect(await getDb().project.count()).toBe(before);
  });

  it('publishes in bulk, then the public list shows it', async () => {
    expect(await setProjectsState(['ZT.0001', 'FM.0283'], 'publish')).toEqual({ ok: true, changed: 1, refused: [] });
    expect(await publicCodes()).toContain('ZT.0001');
    expect(await setProjectsState('nonsense code!', 'publish')).toEqual({ ok: false, reason: 'invalid' });
    expect(await setProjectsState(['ZT.0001'], 'delete')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('saves from the current version and refuses a stale one with what the other person changed', async () => {
    const p = await getAdminRecord('project', 'ZT.0001');
    expect(p?.version).toBe(2);
    const first = await updateProject('ZT.0001', { ...form, titleFr: 'Nouveau titre', version: '2' });
    expect(first).toEqual({ ok: true, key: 'ZT.0001', version: 3 });
    const second = await updateProject('ZT.0001', { ...form, summaryEn: 'Mine', version: '2' });
    expect(second).toMatchObject({ ok: false, reason: 'conflict', currentVersion: 3 });
    if (second.ok || second.reason !== 'conflict') return;
    expect(second.changes).toEqual([{ field: 'titleFr', before: 'Projet d’essai', after: 'Nouveau titre' }]);
    expect((await getAdminRecord('project', 'ZT.0001'))?.values.summaryEn).toBeNull();
  });

  it('keeps a field-level history and restores an earlier title as a new revision', async () => {
    const h = await listRecordRevisions('project', 'ZT.0001');
    expect(h?.revisions.map((x) => [x.version, x.action])).toEqual([
      [3, 'update'],
      [2, 'publish'],
      [1, 'create'],
    ]);
    expect(h?.revisions[0]?.changes).toEqual([{ field: 'titleFr', before: 'Projet d’essai', after: 'Nouveau titre' }]);
    const createRev = h!.revisions[2]!;
    expect(await restoreProjectRevision('ZT.0001', createRev.id, 2)).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await restoreProjectRevision('ZT.0001', createRev.id, 3)).toEqual({ ok: true, key: 'ZT.0001', version: 4 });
    const p = await getAdminRecord('project', 'ZT.0001');
    expect(p?.values).toMatchObject({ titleFr: 'Projet d’essai', publicationState: 'published' });
    expect((await listRecordRevisions('project', 'ZT.0001'))?.revisions[0]).toMatchObject({
      action: 'restore',
      changes: [{ field: 'titleFr', before: 'Nouveau titre', after: 'Projet d’essai' }],
    });
  });

  it('a published project saved as a draft stays online as published until its changes are published', async () => {
    const { getPublishedProject } = await import('@/lib/data/projects');
    const v = (await getAdminRecord('project', 'ZT.0001'))!.version;
    expect(
      await updateProject('ZT.0001', { ...form, code: 'ZT.0099', version: String(v), intent: 'draft' }),
    ).toMatchObject({ ok: false, fieldErrors: { code: [{ key: 'codeLocked' }] } });
    expect(
      await updateProject('ZT.0001', { ...form, titleEn: 'Pending title', version: String(v), intent: 'draft' }),
    ).toEqual({ ok: true, key: 'ZT.0001', version: v + 1 });
    expect((await getPublishedProject('ZT.0001'))?.title.en).toBe('Test project');
    const admin = await getAdminRecord('project', 'ZT.0001');
    expect(admin).toMatchObject({
      pendingDraft: true,
      values: { titleEn: 'Pending title', publicationState: 'published' },
    });
    expect(await setProjectsState(['ZT.0001'], 'publish')).toEqual({ ok: true, changed: 1, refused: [] });
    expect((await getPublishedProject('ZT.0001'))?.title.en).toBe('Pending title');
    expect(await getAdminRecord('project', 'ZT.0001')).toMatchObject({ pendingDraft: false, version: v + 2 });
    const h = await listRecordRevisions('project', 'ZT.0001');
    expect(h?.revisions.slice(0, 2).map((r) => [r.action, r.changes.map((c) => c.field)])).toEqual([
      ['publish', []],
      ['update', ['titleEn']],
    ]);
  });

  it('lists any state with search, state and needs-review filters', async () => {
    const q = (sp: Record<string, string | string[]>) => listAdminProjects(parseAdminProjectQuery(sp), 'en');
    expect((await q({ q: 'zt.00' })).items.map((i) => i.code)).toEqual(['ZT.0001']);
    const dated = (await q({ review: 'dates' })).items.map((i) => i.code);
    expect(dated).toContain('PX.0220');
    expect(dated).not.toContain('FM.0283');
    expect((await q({ state: 'draft', q: 'ZT' })).total).toBe(0);
    expect((await q({ sort: '-budget' })).items[0]?.code).toBe('PX.0220');
  });

  it('archives, and hard delete needs the admin role and the typed code', async () => {
    expect(await setProjectsState(['ZT.0001'], 'archive')).toEqual({ ok: true, changed: 1, refused: [] });
    expect(await publicCodes()).not.toContain('ZT.0001');
    await expect(deleteProjectForGood('ZT.0001', 'ZT.0001')).rejects.toThrow();
    actorState.role = 'admin';
    expect(await deleteProjectForGood('ZT.0001', 'ZT.0002')).toMatchObject({ ok: false, reason: 'invalid' });
    // Other test files delete projects of their own in the same database: count this deletion's revision only.
    const deletions = () => getDb().revision.count({ where: { recordType: 'project', action: 'delete' } });
    const before = await deletions();
    expect(await deleteProjectForGood('ZT.0001', ' ZT.0001 ')).toEqual({ ok: true });
    expect(await getDb().project.count({ where: { code: 'ZT.0001' } })).toBe(0);
    expect((await deletions()) - before).toBe(1);
  });

  it('refuses everything without a session and writes nothing', async () => {
    actorState.role = null;
    const before = await Promise.all([getDb().project.count(), getDb().revision.count()]);
    await expect(createProject({ ...form, code: 'ZT.0009' })).rejects.toThrow(/Access denied/);
    await expect(updateProject('FM.0283', { ...form, version: '1' })).rejects.toThrow(/Access denied/);
    await expect(setProjectsState(['FM.0283'], 'archive')).rejects.toThrow(/Access denied/);
    await expect(listAdminProjects(parseAdminProjectQuery({}), 'en')).rejects.toThrow(/Access denied/);
    expect(await Promise.all([getDb().project.count(), getDb().revision.count()])).toEqual(before);
  });
});
