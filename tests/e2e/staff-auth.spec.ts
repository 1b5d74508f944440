import { expect as baseExpect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createE2eUser, e2eDatabaseUrl, loginMessage, loginThroughUi, submitLogin } from './auth-helpers';
import { sql } from '../support/auth';

// Server actions answer slowly when the shared CPU is busy: allow them more than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

const LOGIN = { en: '/en/admin/login', fr: '/fr/admin/connexion' } as const;

for (const locale of ['en', 'fr'] as const) {
  test(`${locale}: admin pages send a visitor without a session to the login page, no-store`, async ({
    page,
    request,
  }) => {
    for (const path of [`/${locale}/admin`, `/${locale}/admin/${locale === 'en' ? 'users' : 'utilisateurs'}`]) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status()).toBe(303);
      expect(res.headers()['location']).toContain(LOGIN[locale]);
      expect(res.headers()['cache-control']).toContain('no-store');
    }
    const login = await request.get(LOGIN[locale]);
    expect(login.status()).toBe(200);
    expect(login.headers()['cache-control']).toContain('no-store');
    await page.goto(`/${locale}/admin`);
    await expect(page).toHaveURL(new RegExp(`${LOGIN[locale]}$`));
  });

  test(`${locale}: the login page has no axe violations, also with an error shown`, async ({ page }) => {
    await page.goto(LOGIN[locale]);
    await expectNoAxeViolations(page);
    await submitLogin(page, { email: 'nobody@example.org', password: 'not the right password' }, locale);
    await expect(loginMessage(page)).toBeVisible();
    await expect(page.getByLabel(locale === 'en' ? 'E-mail address' : 'Adresse e-mail')).toHaveValue(
      'nobody@example.org',
    );
    await expectNoAxeViolations(page);
  });

  test(`${locale}: an editor logs in and out; logout ends the session on the server`, async ({ page, context }) => {
    const editor = await createE2eUser('editor');
    await loginThroughUi(page, editor, locale);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name.endsWith('iom.session_token'));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    await page.getByRole('button', { name: locale === 'en' ? 'Log out' : 'Se déconnecter' }).click();
    await expect(page).toHaveURL(new RegExp(`${LOGIN[locale]}\\?out=1$`));
    expect(await sql(e2eDatabaseUrl(), 'SELECT 1 FROM session WHERE user_id = $1', [editor.id])).toHaveLength(0);
    // The old cookie, replayed, no longer opens anything.
    await context.addCookies([session!]);
    await page.goto(`/${locale}/admin`);
    await expect(page).toHaveURL(new RegExp(`${LOGIN[locale]}$`));
    const audit = await sql<{ action: string }>(
      e2eDatabaseUrl(),
      'SELECT action FROM audit_log WHERE actor_id = $1 ORDER BY id',
      [editor.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['login', 'logout']);
  });
}

test('the 6th wrong password from one address is refused by login throttling; after the window a correct login works', async ({
  page,
}) => {
  const user = await createE2eUser('editor');
  const wrong = { email: user.email, password: 'definitely the wrong one' };
  for (let i = 1; i <= 5; i++) {
    await submitLogin(page, wrong);
    await expect(loginMessage(page)).toHaveText('Wrong e-mail address or password.');
  }
  await submitLogin(page, wrong);
  await expect(loginMessage(page)).toHaveText(/Too many failed attempts/);
  // Even the right password is refused while the window lasts.
  await submitLogin(page, user);
  await expect(loginMessage(page)).toHaveText(/Too many failed attempts/);
  // Move the recorded attempts out of the 15-minute window instead of waiting.
  await sql(e2eDatabaseUrl(), `UPDATE login_attempt SET at = at - interval '15 minutes 1 second' WHERE email = $1`, [
    user.email,
  ]);
  await loginThroughUi(page, user);
  const actions = await sql<{ action: string }>(
    e2eDatabaseUrl(),
    `SELECT action FROM audit_log WHERE actor_email = $1 ORDER BY id`,
    [user.email],
  );
  expect(actions.map((a) => a.action)).toEqual([
    ...Array(5).fill('login_failed'),
    'login_rate_limited',
    'login_rate_limited',
    'login',
  ]);
});

const knownDevice = 'a browser that logged in to an account before is only slowed down where others are refused';
test(knownDevice, async ({ browser, page, context }) => {
  const owner = await createE2eUser('editor');
  await loginThroughUi(page, owner);
  const device = (await context.cookies()).find((c) => c.name.endsWith('iom.device'));
  expect(device?.httpOnly).toBe(true);
  expect(device?.sameSite).toBe('Lax');
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/login\?out=1$/);
  // Someone else, from the same address, guesses the owner's password until refused.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  for (let i = 1; i <= 5; i++) {
    await submitLogin(otherPage, { email: owner.email, password: 'not the owner password' });
    await expect(loginMessage(otherPage)).toHaveText('Wrong e-mail address or password.');
  }
  await submitLogin(otherPage, owner);
  await expect(loginMessage(otherPage)).toHaveText(/Too many failed attempts/);
  await other.close();
  // The owner's browser still gets in (after a delay of a second).
  await loginThroughUi(page, owner);
});
