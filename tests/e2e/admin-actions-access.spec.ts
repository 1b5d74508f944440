import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createE2eUser, e2eDatabaseUrl, loginThroughUi } from './auth-helpers';
import { sql } from '../support/auth';

// Server actions are public endpoints. This test enumerates every server action of the build (from Next.js's
// server-reference manifest) and POSTs each one directly: without a session, with a forged Origin, with no Origin,
// and as an editor; content, users, sessions, settings and revisions must stay exactly as they were.
type Entry = {
  exportedName?: string;
  filename?: string;
  workers?: Record<string, { exportedName?: string; filename?: string }>;
};
const manifest = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../.next/server/server-reference-manifest.json'), 'utf8'),
) as { node: Record<string, Entry> };

function describeAction(id: string, e: Entry): { id: string; name: string; file: string; page: string } {
  const [workerPage, worker] = Object.entries(e.workers ?? {})[0] ?? ['', {}];
  return {
    id,
    name: e.exportedName ?? worker.exportedName ?? '?',
    file: e.filename ?? worker.filename ?? '?',
    page: workerPage,
  };
}
const actions = Object.entries(manifest.node).map(([id, e]) => describeAction(id, e));
// Logging in (and out) is meant to work without a session.
const PUBLIC = new Set(['loginAction', 'totpLoginAction', 'logoutAction']);
const guarded = actions.filter((a) => !PUBLIC.has(a.name));

const FIELDS: Record<string, string> = {
  locale: 'en',
  code: 'ZX.0001',
  originalKey: 'FM.0283',
  slug: 'la-union-window-office',
  originalSlug: 'la-union-window-office',
  titleEn: 'Forged',
  status: 'active',
  coverage: 'national',
  type: 'assisted-migration-services',
  region: 'africa',
  kind: 'other',
  countryCode: 'SN',
  version: '1',
  intent: 'publish',
  keys: 'FM.0283',
  bulkAction: 'archive',
  revisionId: '1',
  confirmation: 'FM.0283',
  email: 'intruder@example.org',
  name: 'Intruder',
  role: 'admin',
  password: 'a long enough password',
  userId: '',
  disabled: '1',
  require2fa: 'on',
};

// Only the records the forged posts aim at (other specs write in parallel): FM.0283, the La Unión centre, their
// revisions, a would-be created project/centre/user, and a victim account whose role, state and sessions must hold.
async function state() {
  const url = e2eDatabaseUrl();
  const [row] = await sql(
    url,
    `SELECT
    (SELECT json_agg(json_build_array(code, version, publication_state, title) ORDER BY id) FROM project WHERE code IN ('FM.0283', 'ZX.0001')) AS projects,
    (SELECT json_agg(json_build_array(slug, version, publication_state) ORDER BY id) FROM resource_centre WHERE slug = 'la-union-window-office') AS centres,
    (SELECT count(*) FROM revision r WHERE (r.record_type = 'project' AND r.record_id IN (SELECT id FROM project WHERE code = 'FM.0283'))
       OR (r.record_type = 'resource_centre' AND r.record_id IN (SELECT id FROM resource_centre WHERE slug = 'la-union-window-office'))) AS revisions,
    (SELECT json_agg(json_build_array(email, role, disabled) ORDER BY email) FROM app_user WHERE id = $1 OR email = 'intruder@example.org') AS users,
    (SELECT count(*) FROM session WHERE user_id = $1) AS victim_sessions`,
    [FIELDS.userId],
  );
  return row;
}

// What React sends when a client calls a server action: the action's arguments encoded by `encodeReply` — the form's
// fields under the FormData's reference prefix ("1_"), then field "0", the JSON array of arguments in which "$K1" is
// the FormData. Pages bind some arguments (the record kind, the mode); the client sends those too, so a direct post
// may send anything there. Each action is posted with every argument shape the app's actions take, so that a missing
// role check behind any of them would show; the admin's positive control below proves the encoding is understood.
const KINDS = ['project', 'centre'] as const;
const ARGUMENT_SHAPES: unknown[][] = [
  ['$K1'],
  [{ ok: true }, '$K1'],
  ...KINDS.flatMap((k) => [
    [k, '$K1'],
    [k, { ok: true }, '$K1'],
    [k, 'create', { ok: true }, '$K1'],
    [k, 'update', { ok: true }, '$K1'],
  ]),
];

function target(page: string) {
  return `/en/${page
    .replace(/^app\/\[locale\]\//, '')
    .replace(/\/page$/, '')
    .replace(/\[code\]/, 'FM.0283')
    .replace(/\[slug\]/, 'la-union-window-office')}`;
}

async function call(
  request: APIRequestContext,
  action: { id: string; page: string },
  args: unknown[],
  fields: Record<string, string>,
  headers: Record<string, string>,
) {
  // A FormData keeps the order (an object would put the key "0" first, and React reads the fields before it).
  const multipart = new FormData();
  for (const [k, v] of Object.entries(fields)) multipart.append(`_1_${k}`, v);
  multipart.append('0', JSON.stringify(args));
  const res = await request.post(target(action.page), {
    headers: { 'Next-Action': action.id, Accept: 'text/x-component', ...headers },
    multipart,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return res.status();
}

/** Posts the action with every argument shape; the statuses seen. */
async function post(request: APIRequestContext, action: { id: string; page: string }, headers: Record<string, string>) {
  const statuses: number[] = [];
  for (const args of ARGUMENT_SHAPES) statuses.push(await call(request, action, args, FIELDS, headers));
  return statuses;
}

const byName = (name: string) => {
  const a = guarded.find((x) => x.name === name);
  if (!a) throw new Error(`No server action named ${name} in the build`);
  return a;
};

test.beforeAll(async () => {
  // The victim: an editor with a session, whom admin-only user actions would promote or disable.
  const victim = await createE2eUser('editor');
  FIELDS.userId = victim.id;
});

test('the build has the content and staff admin actions to check', () => {
  const names = guarded.map((a) => a.name);
  for (const n of ['saveRecordAction', 'bulkRecordsAction', 'restoreRecordAction', 'deleteRecordAction']) {
    expect(names).toContain(n);
  }
});

test('every admin server action, posted directly without a session (no Origin, forged Origin, same Origin), writes nothing', async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const request = await playwright.request.newContext({ baseURL });
  const before = await state();
  for (const a of guarded) {
    for (const headers of [{}, { Origin: 'https://evil.example' }, { Origin: baseURL! }] as Record<string, string>[]) {
      for (const status of await post(request, a, headers)) {
        expect(status, `${a.name} ${JSON.stringify(headers)}`).toBeLessThan(600);
      }
    }
  }
  expect(await state()).toEqual(before);
  await request.dispose();
});

test('an editor posting admin-only actions directly (and any action with a forged or missing Origin) changes nothing', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const editor = await createE2eUser('editor');
  await loginThroughUi(page, editor, 'en');
  const request = page.request;
  const before = await state();
  const adminOnly = guarded.filter(
    (a) =>
      /delete|User|Role|Disabled|TwoFactor|requireTwoFactor|Reference/i.test(a.name) &&
      !/totp(Setup|Confirm|Disable)/i.test(a.name),
  );
  expect(adminOnly.map((a) => a.name)).toEqual(expect.arrayContaining(['deleteRecordAction', 'createUserAction']));
  for (const a of adminOnly) await post(request, a, { Origin: baseURL! });
  for (const a of guarded) await post(request, a, { Origin: 'https://evil.example' });
  // A replay with the editor's cookie but no Origin at all is refused by the role check too.
  for (const a of guarded) await post(request, a, {});
  expect(await state()).toEqual(before);
});

test('positive control: the same posts as an admin with the same Origin do change data', async ({ page, baseURL }) => {
  // Without this, the tests above would pass if the posts were not understood at all.
  test.setTimeout(120_000);
  const admin = await createE2eUser('admin');
  await loginThroughUi(page, admin, 'en');
  const url = e2eDatabaseUrl();
  const code = `ZY.${String(Date.now()).slice(-4)}`;
  const count = async () => Number((await sql(url, 'SELECT count(*) AS n FROM project WHERE code = $1', [code]))[0]?.n);
  const fields = { ...FIELDS, code, intent: 'draft' };
  const headers = { Origin: baseURL! };
  await call(page.request, byName('saveRecordAction'), ['project', 'create', { ok: true }, '$K1'], fields, headers);
  expect(await count()).toBe(1);
  const del = { locale: 'en', code, confirmation: code };
  await call(page.request, byName('deleteRecordAction'), ['project', { ok: true }, '$K1'], del, headers);
  expect(await count()).toBe(0);
});
