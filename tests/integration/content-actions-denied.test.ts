import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, setRequestHeaders } from '../support/next-request';

vi.mock('next/headers', () => nextHeadersMock);
vi.mock('next/cache', () => ({ refresh: vi.fn() }));
vi.mock('next-intl/server', () => ({ getTranslations: () => Promise.resolve((key: string) => key) }));
const redirects = vi.hoisted(() => [] as unknown[]);
vi.mock('@/lib/i18n/navigation', () => ({
  redirect: vi.fn((to: unknown) => {
    redirects.push(to);
  }),
}));

const { getAuth } = await import('@/lib/auth/auth');
const records = await import('@/lib/actions/records');
const { getDb } = await import('@/lib/db');
const { createTestUser } = await import('../support/auth');

// Every server action of the project and centre admin pages, with real role checks (Better Auth sessions):
// without a session, with a forged cookie, and (for admin-only ones) as an editor, each is refused, writes no
// content, revision or state change, and leaves a "denied" audit row.
const url = process.env.DATABASE_URL!;
let editorCookie = '';

function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}
const project = {
  locale: 'en',
  code: 'ZD.0001',
  titleEn: 'X',
  status: 'active',
  coverage: 'national',
  type: 'assisted-migration-services',
  region: 'africa',
  intent: 'publish',
};
const centre = {
  locale: 'en',
  slug: 'zd-centre',
  nameEn: 'X',
  kind: 'other',
  status: 'planned',
  countryCode: 'SN',
  intent: 'publish',
};

const editorActions = () =>
  [
    ['projects.createProjectAction', () => records.saveRecordAction('project', 'create', { ok: true }, form(project))],
    [
      'projects.updateProjectAction',
      () =>
        records.saveRecordAction(
          'project',
          'update',
          { ok: true },
          form({ ...project, code: 'FM.0283', originalKey: 'FM.0283', version: '1', titleEn: 'Hacked' }),
        ),
    ],
    [
      'projects.bulkProjectsAction',
      () =>
        records.bulkRecordsAction(
          'project',
          form({ locale: 'en', keys: ['FM.0283', 'PX.0220'], bulkAction: 'archive' }),
        ),
    ],
    [
      'projects.restoreProjectAction',
      () =>
        records.restoreRecordAction('project', form({ locale: 'en', code: 'FM.0283', revisionId: '1', version: '1' })),
    ],
    ['centres.createCentreAction', () => records.saveRecordAction('centre', 'create', { ok: true }, form(centre))],
    [
      'centres.updateCentreAction',
      () =>
        records.saveRecordAction(
          'centre',
          'update',
          { ok: true },
          form({
            ...centre,
            slug: 'pohnpei-migrant-resource-centre',
            originalKey: 'pohnpei-migrant-resource-centre',
            version: '1',
          }),
        ),
    ],
    [
      'centres.bulkCentresAction',
      () =>
        records.bulkRecordsAction(
          'centre',
          form({ locale: 'en', keys: ['pohnpei-migrant-resource-centre'], bulkAction: 'archive' }),
        ),
    ],
    [
      'centres.restoreCentreAction',
      () =>
        records.restoreRecordAction(
          'centre',
          form({ locale: 'en', slug: 'pohnpei-migrant-resource-centre', revisionId: '1', version: '1' }),
        ),
    ],
  ] as const;
const adminActions = () =>
  [
    [
      'projects.deleteProjectAction',
      () =>
        records.deleteRecordAction(
          'project',
          { ok: true },
          form({ locale: 'en', code: 'FM.0283', confirmation: 'FM.0283' }),
        ),
    ],
    [
      'centres.deleteCentreAction',
      () =>
        records.deleteRecordAction(
          'centre',
          { ok: true },
          form({
            locale: 'en',
            slug: 'pohnpei-migrant-resource-centre',
            confirmation: 'pohnpei-migrant-resource-centre',
          }),
        ),
    ],
  ] as const;

async function snapshot() {
  const db = getDb();
  return {
    projects: await db.project.findMany({
      orderBy: { id: 'asc' },
      select: { code: true, version: true, publicationState: true, title: true },
    }),
    centres: await db.resourceCentre.findMany({
      orderBy: { id: 'asc' },
      select: { slug: true, version: true, publicationState: true },
    }),
    revisions: await db.revision.count(),
    content: await db.auditLog.count({ where: { action: { not: 'denied' } } }),
  };
}

beforeAll(async () => {
  const editor = await createTestUser(url, { role: 'editor' });
  const res = await (
    await getAuth()
  ).api.signInEmail({ body: { email: editor.email, password: editor.password }, asResponse: true });
  editorCookie = res.headers.get('set-cookie')!.split(';')[0]!;
});
afterAll(async () => getDb().$disconnect());

describe('content admin actions refuse and write nothing', () => {
  const cases = [
    ['no session', '', [...editorActions(), ...adminActions()]],
    ['a forged session cookie', 'iom.session_token=forged.signature', [...editorActions(), ...adminActions()]],
    ['an editor on admin-only actions', 'editor', adminActions()],
  ] as const;
  for (const [who, cookie, actions] of cases) {
    it(`with ${who}`, async () => {
      for (const [name, run] of actions) {
        setRequestHeaders(cookie === 'editor' ? { cookie: editorCookie } : cookie ? { cookie } : {});
        const before = await snapshot();
        const denied = await getDb().auditLog.count({ where: { action: 'denied' } });
        redirects.length = 0;
        const result = await run();
        // Form actions return a refusal; the others redirect with the refusal in the query string.
        if (result !== undefined) expect(result, name).toMatchObject({ ok: false, formError: 'denied' });
        else expect(JSON.stringify(redirects), name).toMatch(/denied/);
        expect(await snapshot(), name).toEqual(before);
        expect(await getDb().auditLog.count({ where: { action: 'denied' } }), name).toBeGreaterThan(denied);
      }
    });
  }

  it('an argument that is not a form (a direct post may send anything) is refused, not an error', async () => {
    setRequestHeaders({ cookie: editorCookie });
    const before = await snapshot();
    for (const arg of ['project', 42, null, { get: 1 }] as unknown as FormData[]) {
      expect(await records.saveRecordAction('project', 'create', { ok: true }, arg)).toEqual({ ok: false });
      expect(await records.deleteRecordAction('project', { ok: true }, arg)).toEqual({ ok: false });
      await expect(records.bulkRecordsAction('project', arg)).resolves.toBeUndefined();
      await expect(records.restoreRecordAction('project', arg)).resolves.toBeUndefined();
    }
    expect(await snapshot()).toEqual(before);
  });

  it('the same editor session is accepted by an editor action (the check is not vacuous)', async () => {
    setRequestHeaders({ cookie: editorCookie });
    redirects.length = 0;
    await records.bulkRecordsAction('project', form({ locale: 'en', keys: ['PO.0160'], bulkAction: 'publish' }));
    expect(JSON.stringify(redirects)).toMatch(/"changed":"0"/);
  });
});
