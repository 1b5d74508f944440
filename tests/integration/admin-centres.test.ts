import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { actorState } from '../support/mock-actor';

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());

const write = await import('@/lib/data/record-write');
const createCentre = (raw: unknown) => write.createRecord('centre', raw);
const updateCentre = (slug: string, raw: unknown) => write.updateRecord('centre', slug, raw);
const restoreCentreRevision = (slug: string, revisionId: unknown, version: unknown) =>
  write.restoreRecordRevision('centre', slug, revisionId, version);
const setCentresState = (slugs: unknown, action: unknown) => write.setRecordsState('centre', slugs, action);
const deleteCentreForGood = (slug: string, confirmation: unknown) =>
  write.deleteRecordForGood('centre', slug, confirmation);
const { listAdminCentres } = await import('@/lib/data/admin-centres');
const { getAdminRecord, listRecordRevisions } = await import('@/lib/data/admin-records');
const { getDb } = await import('@/lib/db');
const { parseAdminCentreQuery } = await import('@/lib/validation/admin-list');

const form = {
  slug: 'zt-test-centre',
  nameEn: 'Test centre',
  nameFr: 'Centre d’essai',
  nameEs: 'Centro de prueba',
  kind: 'resource_centre',
  status: 'operational',
  countryCode: 'sn',
  locality: 'Dakar',
  latitude: '14.7167',
  longitude: '-17.4677',
  services: ['hotline', 'legal-assistance'],
  languages: ['fr', 'wo'],
  projects: ['FM.0283'],
};

describe('staff centre data layer', () => {
  beforeEach(() => {
    actorState.role = 'editor';
  });
  afterAll(async () => {
    await getDb().resourceCentre.deleteMany({ where: { slug: { startsWith: 'zt-' } } });
    await getDb().$disconnect();
  });

  it('creates a draft with its links and a first revision', async () => {
    const services = await getDb().service.findMany({ select: { slug: true } });
    expect(services.map((s) => s.slug)).toEqual(expect.arrayContaining(['hotline', 'legal-assistance']));
    const r = await createCentre(form);
    expect(r).toEqual({ ok: true, key: 'zt-test-centre', version: 1 });
    const c = await getAdminRecord('centre', 'zt-test-centre');
    expect(c?.values).toMatchObject({
      publicationState: 'draft',
      countryCode: 'SN',
      latitude: '14.716700',
      languages: ['fr', 'wo'],
      projects: ['FM.0283'],
    });
    // Not a form field: only "Confirm as verified" sets it (tests/integration/centre-verification.test.ts).
    expect(c?.values).not.toHaveProperty('lastVerifiedAt');
  });

  it('answers a NUL in a text field with a field error, not a database error', async () => {
    const r = await createCentre({ ...form, slug: 'zt-nul-centre', descriptionEn: 'Open\u0000daily' });
    expect(r).toMatchObject({ ok: false, fieldErrors: { descriptionEn: [{ key: 'controlCharacters' }] } });
    expect(await getDb().resourceCentre.count({ where: { slug: 'zt-nul-centre' } })).toBe(0);
  });

  it('refuses unknown services, languages and projects and a taken slug', async () => {
    const r = await createCentre({ ...form, services: ['teleportation'], languages: ['zz'], projects: ['QQ.9999'] });
    expect(r).toMatchObject({
      ok: false,
      reason: 'invalid',
      fieldErrors: {
        services: [{ key: 'unknownService' }],
        languages: [{ key: 'unknownLanguage' }],
        projects: [{ key: 'unknownProject' }],
        slug: [{ key: 'slugTaken' }],
      },
    });
  });

  it('refuses a stale save with the other person changes; restores an earlier revision', async () => {
    expect(await updateCentre('zt-test-centre', { ...form, locality: 'Thiès', version: 1, intent: 'publish' })).toEqual(
      { ok: true, key: 'zt-test-centre', version: 2 },
    );
    const stale = await updateCentre('zt-test-centre', { ...form, phone: '+221 33 000 00 00', version: 1 });
    expect(stale).toMatchObject({
      ok: false,
      reason: 'conflict',
      changes: [
        { field: 'locality', before: 'Dakar', after: 'Thiès' },
        { field: 'publicationState', before: 'draft', after: 'published' },
      ],
    });
    const h = await listRecordRevisions('centre', 'zt-test-centre');
    const first = h!.revisions.at(-1)!;
    expect(await restoreCentreRevision('zt-test-centre', first.id, 2)).toMatchObject({ ok: true, version: 3 });
    expect((await getAdminRecord('centre', 'zt-test-centre'))?.values).toMatchObject({
      locality: 'Dakar',
      publicationState: 'published',
    });
  });

  it('lists with filters and needs review', async () => {
    const q = (sp: Record<string, string | string[]>) => listAdminCentres(parseAdminCentreQuery(sp), 'en');
    expect((await q({ q: 'zt-test', state: 'published' })).items.map((i) => i.slug)).toEqual(['zt-test-centre']);
    expect((await q({ country: 'sn' })).total).toBe(1);
    const planned = (await q({ status: 'planned' })).items.map((i) => i.slug);
    expect(planned.length).toBeGreaterThan(0);
  });

  it('unpublishes, archives and deletes (admin, typed slug)', async () => {
    expect(await setCentresState(['zt-test-centre'], 'unpublish')).toEqual({ ok: true, changed: 1, refused: [] });
    expect(await setCentresState(['zt-test-centre'], 'archive')).toEqual({ ok: true, changed: 1, refused: [] });
    await expect(deleteCentreForGood('zt-test-centre', 'zt-test-centre')).rejects.toThrow(/Access denied/);
    actorState.role = 'admin';
    expect(await deleteCentreForGood('zt-test-centre', 'zt-test')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await deleteCentreForGood('zt-test-centre', 'zt-test-centre')).toEqual({ ok: true });
    expect(await getAdminRecord('centre', 'zt-test-centre')).toBeNull();
  });
});
