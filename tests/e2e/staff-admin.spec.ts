import QRCode from 'qrcode';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createE2eUser, e2eDatabaseUrl, loginMessage, loginThroughUi, submitLogin } from './auth-helpers';
import { sql, uniqueEmail } from '../support/auth';
import { totpCode } from '../support/totp';

// Server actions answer slowly when the shared CPU is busy: allow them more than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

// These flows span two browser sessions and many server round trips: more time than a page check on a shared CPU.
test.describe.configure({ timeout: 90_000 });

async function createEditorThroughUi(
  page: Page,
  email: string,
  password: string,
  labels: { email: string; name: string; password: string; create: string },
) {
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.name, { exact: true }).fill('Eddie Editor');
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole('button', { name: labels.create }).click();
}

test('en: an admin creates an editor, who logs in; editors are refused admin pages; disabling ends their session', async ({
  page,
  browser,
}) => {
  const admin = await createE2eUser('admin');
  await loginThroughUi(page, admin, 'en');
  await page.getByRole('navigation', { name: 'Staff section' }).getByRole('link', { name: 'Users' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/users$/);
  await expectNoAxeViolations(page);
  const labels = { email: 'E-mail address', name: 'Name', password: 'Initial password', create: 'Create account' };
  const email = uniqueEmail('editor');
  // A too-short password is refused next to the field; what was typed stays.
  await createEditorThroughUi(page, email, 'short', labels);
  await expect(page.locator('#new-password-error')).toHaveText('The password needs at least 12 characters.');
  await expect(page.getByLabel('E-mail address')).toHaveValue(email);
  await expectNoAxeViolations(page);
  const password = 'a perfectly long passphrase';
  await createEditorThroughUi(page, email, password, labels);
  await expect(page.locator('#create-user-message')).toHaveText(`Account created for ${email}.`);
  await expect(page.locator(`tr[data-email="${email}"]`)).toContainText('editor');
  // The users table fits a 1280 px wide window: no horizontal scrolling, long e-mails wrap.
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await loginThroughUi(editorPage, { email, password }, 'fr');
  await expect(editorPage.getByRole('link', { name: 'Utilisateurs' })).toHaveCount(0);
  // A page the editor's role does not reach: "no access" (403) where they are, not the login page.
  expect((await editorPage.goto('/fr/admin/utilisateurs'))?.status()).toBe(403);
  await expect(editorPage).toHaveURL(/\/fr\/admin\/utilisateurs$/);
  await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText('Vous n’avez pas accès à cette page');
  await expect(editorPage.getByText(`Vous êtes connecté·e en tant que ${email}`)).toBeVisible();
  expect((await editorPage.goto('/fr/admin/journal'))?.status()).toBe(403);

  await page.reload();
  const row = page.locator(`tr[data-email="${email}"]`);
  await row.getByRole('button', { name: 'Disable – Eddie Editor' }).click();
  await expect(row.getByRole('status')).toHaveText('Account disabled and its sessions ended.');
  // The editor's next request finds no session.
  await editorPage.goto('/fr/admin');
  await expect(editorPage).toHaveURL(/\/fr\/admin\/connexion$/);
  await submitLogin(editorPage, { email, password }, 'fr');
  await expect(loginMessage(editorPage)).toHaveText('Adresse e-mail ou mot de passe incorrect.');
  await editorContext.close();

  const actions = await sql<{ action: string }>(
    e2eDatabaseUrl(),
    'SELECT action FROM audit_log WHERE actor_id = $1 ORDER BY id',
    [admin.id],
  );
  expect(actions.map((a) => a.action)).toEqual(['login', 'user_created', 'user_disabled']);
});

test('fr: the audit log is paginated, admin only, and accessible', async ({ page }) => {
  const admin = await createE2eUser('admin');
  await loginThroughUi(page, admin, 'fr');
  await page.goto('/fr/admin/journal');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal d’audit');
  await expect(page.getByRole('cell', { name: admin.email }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Action').selectOption('login');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/action=login/);
  // Actions read in the staff member's language, not as stored codes.
  await expect(page.locator('tbody tr').first()).toContainText('Connexion');
  await expect(page.locator('tbody tr').first()).not.toContainText('login');
});

test('en: a user turns on TOTP, then logging in asks for the code', async ({ page }) => {
  const admin = await createE2eUser('admin');
  await loginThroughUi(page, admin, 'en');
  await page.goto('/en/admin/account');
  await expectNoAxeViolations(page);
  await page.getByLabel('Your password').fill(admin.password);
  await page.getByRole('button', { name: 'Turn on second factor' }).click();
  const uri = (await page.getByTestId('totp-uri').textContent())!;
  expect(uri).toMatch(/^otpauth:\/\/totp\//);
  // The QR code is the same link, for the phone's camera.
  const qr = page.getByRole('img', { name: 'QR code of the set-up link for an authenticator app' });
  await expect(qr).toBeVisible();
  const src = (await qr.getAttribute('src'))!;
  expect(src).toMatch(/^data:image\/svg\+xml;base64,/);
  const expected = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  expect(Buffer.from(src.split(',')[1]!, 'base64').toString()).toBe(expected);
  await expectNoAxeViolations(page);
  await page.getByLabel('Code from the app').fill(totpCode(uri));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('#totp-message')).toHaveText('Second factor on.');

  // "Require 2FA for everyone" is global state that would disturb parallel tests: covered by integration tests.
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/login\?out=1$/);
  await submitLogin(page, admin, 'en');
  await expect(page.getByRole('heading', { name: 'Second factor' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Code').fill('000000' === totpCode(uri) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.locator('#totp-message')).toHaveText('This code is not valid. Try the current code.');
  await page.getByLabel('Code').fill(totpCode(uri));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/en\/admin$/);
});

test('fr: an admin renames a region in reference data; the change is audited', async ({ page }) => {
  const admin = await createE2eUser('admin');
  await loginThroughUi(page, admin, 'fr');
  await page
    .getByRole('navigation', { name: 'Espace du personnel' })
    .getByRole('link', { name: 'Référentiels' })
    .click();
  await expect(page).toHaveURL(/\/fr\/admin\/referentiels$/);
  await expectNoAxeViolations(page);
  const form = page.getByRole('form', { name: 'africa', exact: true });
  const current = await form.getByLabel('Nom (français)').inputValue();
  await form.getByLabel('Ordre').fill('');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.locator('[id$="-sortOrder-error"]')).toHaveText('Saisissez un nombre entier de 0 à 10000.');
  await form.getByLabel('Ordre').fill('1');
  await form.getByLabel('Nom (français)').fill(`${current} (test)`);
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('« africa » enregistré.')).toBeVisible();
  const rows = await sql<{ action: string }>(
    e2eDatabaseUrl(),
    `SELECT action FROM audit_log WHERE actor_id = $1 AND record_type = 'region'`,
    [admin.id],
  );
  expect(rows.map((r) => r.action)).toEqual(['update']);
  await sql(e2eDatabaseUrl(), `UPDATE region SET name_fr = $1 WHERE slug = 'africa'`, [current]);
});
