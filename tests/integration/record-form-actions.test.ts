import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { actorState } from '../support/mock-actor';
import { nextHeadersMock } from '../support/next-request';

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());
vi.mock('next/headers', () => nextHeadersMock);
// The real messages (English), as next-intl would give them in a request.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('use-intl/core');
  const messages = (await import('@/messages/en.json')).default;
  return {
    getTranslations: (opts: string | { namespace?: string }) =>
      Promise.resolve(
        createTranslator({
          locale: 'en',
          messages,
          namespace: (typeof opts === 'string' ? opts : opts.namespace) as 'adminForm',
        }),
      ),
  };
});
const redirects = vi.hoisted(() => [] as unknown[]);
vi.mock('@/lib/i18n/navigation', () => ({
  redirect: vi.fn((to: unknown) => {
    redirects.push(to);
  }),
}));

const records = await import('@/lib/actions/records');
const write = await import('@/lib/data/record-write');
const { getAdminRecord } = await import('@/lib/data/admin-records');
const { getDb } = await import('@/lib/db');

// The staff record form's actions: after a conflict the form keeps the other person's changes where one had not
// changed the field and offers "take their value" where both did (saving nothing); publishing from the edit page
// names the record in the list's message.
type Fields = Record<string, string | string[]>;
function form(fields: Fields): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}
const project = {
  code: 'ZR.0001',
  titleEn: 'Original title',
  titleFr: 'Titre d’origine',
  status: 'planned',
  coverage: 'national',
  type: 'assisted-migration-services',
  region: 'africa',
  countries: ['SN'],
};
const save = (fields: Fields) =>
  records.saveRecordAction(
    'project',
    'update',
    { ok: true },
    form({ locale: 'en', originalKey: 'ZR.0001', ...fields }),
  );

describe('staff record form actions', () => {
  beforeEach(() => {
    actorState.role = 'editor';
    redirects.length = 0;
  });
  afterAll(async () => {
    await getDb().project.deleteMany({ where: { code: { startsWith: 'ZR.' } } });
    await getDb().$disconnect();
  });

  it('after a conflict keeps their untouched changes, and takes their value of a field on request', async () => {
    expect(await write.createRecord('project', { ...project, intent: 'draft' })).toMatchObject({ version: 1 });
    // Someone else saves a new French title and region while the form (version 1) is open.
    const theirs = { ...project, titleFr: 'Leur titre', region: 'asia-oceania', version: '1' };
    expect(await write.updateRecord('project', 'ZR.0001', theirs)).toMatchObject({ ok: true, version: 2 });

    // I change the French title too, and the summary; the region is as I loaded it.
    const mine = {
      ...project,
      titleFr: 'Mon titre',
      summaryEn: 'My summary',
      summaryFr: 'Mon résumé',
      version: '1',
      intent: 'draft',
    };
    const failed = await save(mine);
    if (failed.ok) throw new Error('the stale save went through');
    expect(failed.conflict).toMatchObject({
      currentVersion: 2,
      baseVersion: 1,
      changes: [
        { field: 'titleFr', before: 'Titre d’origine', after: 'Leur titre', state: 'yours' },
        { field: 'region', before: 'Africa', after: 'Asia and Oceania', state: 'theirs' },
      ],
    });
    expect(failed.values).toMatchObject({ titleFr: 'Mon titre', region: 'asia-oceania', summaryEn: 'My summary' });
    expect((await getAdminRecord('project', 'ZR.0001'))?.version).toBe(2);

    // "Take their value" for the French title: back in the form, nothing saved.
    const taken = await save({ ...failed.values, version: '2', conflictBase: '1', take: 'titleFr' });
    if (taken.ok) throw new Error('taking a value saved the record');
    expect(taken.formError).toBe(
      'Their value for “Title (French)” is now in the form (nothing was saved). Check the other fields, then save.',
    );
    expect(taken.values).toMatchObject({ titleFr: 'Leur titre', region: 'asia-oceania', summaryEn: 'My summary' });
    expect(taken.conflict?.changes.map((c) => c.state)).toEqual(['theirs', 'theirs']);
    expect(taken.values).not.toHaveProperty('take');
    expect((await getAdminRecord('project', 'ZR.0001'))?.version).toBe(2);
    expect(redirects).toEqual([]);

    // Saving the form now keeps both their changes and mine.
    expect(await save({ ...taken.values!, version: '2', intent: 'draft' })).toEqual({ ok: true });
    expect(JSON.stringify(redirects)).toMatch(/"saved":"updated"/);
    expect((await getAdminRecord('project', 'ZR.0001'))?.values).toMatchObject({
      titleFr: 'Leur titre',
      region: 'asia-oceania',
      summaryEn: 'My summary',
      titleEn: 'Original title',
    });
  });

  it('taking a value needs the editor role and a record', async () => {
    actorState.role = null;
    expect(await save({ ...project, version: '3', conflictBase: '1', take: 'titleFr' })).toMatchObject({
      ok: false,
      formError: 'You are not allowed to do this. Log in again with an account that has the right role.',
    });
    actorState.role = 'editor';
    const gone = await records.saveRecordAction(
      'project',
      'update',
      { ok: true },
      form({ locale: 'en', originalKey: 'ZR.0404', ...project, take: 'titleFr', conflictBase: '1' }),
    );
    expect(gone).toMatchObject({ ok: false, formError: 'This record no longer exists.' });
  });

  it('publishing one record from its edit page names it in the list message', async () => {
    await records.bulkRecordsAction('project', form({ locale: 'en', keys: 'zr.0001', bulkAction: 'publish' }));
    expect(redirects).toEqual([
      {
        href: {
          pathname: '/admin/projects',
          query: expect.objectContaining({ changed: '1', record: 'ZR.0001', did: 'publish' }),
        },
        locale: 'en',
      },
    ]);
    redirects.length = 0;
    await records.bulkRecordsAction(
      'project',
      form({ locale: 'en', keys: ['ZR.0001', 'ZR.0002'], bulkAction: 'archive' }),
    );
    expect(JSON.stringify(redirects)).not.toMatch(/record/);
  });
});
