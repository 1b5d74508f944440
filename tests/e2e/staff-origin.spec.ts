import { expect as baseExpect, test } from '@playwright/test';
import { createE2eUser, e2eDatabaseUrl, loginThroughUi } from './auth-helpers';
import { sql, uniqueEmail } from '../support/auth';

// Server actions answer slowly when the shared CPU is busy: allow them more than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

// A server action replayed from another site (forged Origin: Next.js refuses it) or without any Origin (the role
// check refuses it and audits "bad_origin"), even with a valid admin session cookie, writes nothing.
test('server actions refuse a forged or missing Origin', async ({ page, context }) => {
  const admin = await createE2eUser('admin');
  await loginThroughUi(page, admin, 'en');
  await page.goto('/en/admin/users');
  const email = uniqueEmail('real');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Name', { exact: true }).fill('Real One');
  await page.getByLabel('Initial password').fill('a perfectly long passphrase');
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']),
    page.getByRole('button', { name: 'Create account' }).click(),
  ]);
  await expect(page.locator('#create-user-message')).toHaveText(`Account created for ${email}.`);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const base = request.headers();
  const count = async () =>
    (await sql<{ n: string }>(e2eDatabaseUrl(), 'SELECT count(*)::text AS n FROM app_user'))[0]!.n;
  const before = await count();
  for (const origin of ['https://evil.example', null]) {
    const forgedEmail = uniqueEmail('forged');
    const body = request.postData()!.replaceAll(email, forgedEmail);
    const headers: Record<string, string> = {
      'next-action': base['next-action']!,
      'content-type': base['content-type']!,
      accept: 'text/x-component',
      cookie,
    };
    if (origin) headers.origin = origin;
    const res = await page.request.fetch(request.url(), { method: 'POST', headers, data: body, maxRedirects: 0 });
    // Next.js rejects a foreign Origin outright; a missing one reaches the action, whose role check refuses it.
    if (origin) expect(res.status()).toBeGreaterThanOrEqual(400);
    expect(await sql(e2eDatabaseUrl(), 'SELECT 1 FROM app_user WHERE email = $1', [forgedEmail])).toHaveLength(0);
  }
  expect(await count()).toBe(before);
  const denied = await sql<{ details: { reason: string } }>(
    e2eDatabaseUrl(),
    `SELECT details FROM audit_log WHERE action = 'denied' AND actor_id = $1`,
    [admin.id],
  );
  expect(denied.map((d) => d.details.reason)).toEqual(['bad_origin']);
});
