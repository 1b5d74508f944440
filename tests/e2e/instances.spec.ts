import { expect, test } from '@playwright/test';
import pg from 'pg';
import { migrate } from '../../lib/migrate';
import { runSeed } from '../../lib/seed/run-seed';
import { startNextServer, testSecrets, type NextServer } from '../../scripts/support/production-server';
import { createTestUser } from '../support/auth';
import { createTestDatabase } from '../support/test-database';

// Issue 7: two app processes on one database, nothing in front of them. A project published through one is on the
// other's public pages and API within 5 seconds (no per-process cache outlives an edit made elsewhere).
const CODE = 'ZI.0001';

async function sql(url: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

test('a project published on one instance shows on the other within 5 seconds', async ({ page, request }) => {
  test.setTimeout(180_000);
  const db = await createTestDatabase('iom_instances');
  const servers: NextServer[] = [];
  try {
    await migrate({ connectionString: db.url, log: () => {} });
    await runSeed({ connectionString: db.url, log: () => {} });
    await sql(
      db.url,
      `INSERT INTO project (code, title, status, type_id, coverage, region_id, publication_state, updated_at)
      SELECT $1, '{"en": "Shared draft", "fr": "Brouillon partagé"}', 'active', (SELECT id FROM project_type ORDER BY id LIMIT 1), 'national',
             (SELECT id FROM region WHERE slug = 'africa'), 'draft', now()`,
      [CODE],
    );
    const editor = await createTestUser(db.url, { role: 'editor' });
    // Instances of one deployment share their secrets.
    const env = testSecrets();
    const [a, b] = await Promise.all(
      [3152, 3153].map((port) => startNextServer({ port, databaseUrl: db.url, env, quiet: true })),
    );
    servers.push(a!, b!);
    const onB = async () => ({
      api: (await request.get(`${b!.url}/api/v1/projects/${CODE}`)).status(),
      list: (
        await (await request.get(`${b!.url}/en/projects?region=africa`, { headers: { accept: 'text/html' } })).text()
      ).includes(`href="/en/projects/${CODE}"`),
    });
    // Both instances have served the list (and filled whatever they cache) before the edit.
    expect(await onB()).toEqual({ api: 404, list: false });
    // B now answers the list from its page cache: the edit on A must still reach it.
    expect(
      (await request.get(`${b!.url}/en/projects?region=africa`, { headers: { accept: 'text/html' } })).headers()[
        'x-page-cache'
      ],
    ).toBe('HIT');

    await page.goto(`${a!.url}/en/admin/login`);
    await page.getByLabel('E-mail address').fill(editor.email);
    await page.getByLabel('Password', { exact: true }).fill(editor.password);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Log in' }).click(),
    ]);
    await expect(page).toHaveURL(/\/en\/admin$/, { timeout: 15_000 });
    await page.goto(`${a!.url}/en/admin/projects/${CODE}`);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect
      .poll(
        async () =>
          (await sql(db.url, 'SELECT publication_state FROM project WHERE code = $1', [CODE]))[0]?.publication_state,
      )
      .toBe('published');

    await expect.poll(onB, { timeout: 5_000, intervals: [250] }).toEqual({ api: 200, list: true });
    expect((await request.get(`${b!.url}/fr/projets/${CODE}`)).status()).toBe(200);
  } finally {
    for (const s of servers) await s.stop();
    await db.drop();
  }
});
