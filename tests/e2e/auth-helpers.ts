import { expect, type Page } from '@playwright/test';
import { createTestUser, type TestUser } from '../support/auth';

const LOGIN_PATH = { en: '/en/admin/login', fr: '/fr/admin/connexion' } as const;
const LABELS = {
  en: { email: 'E-mail address', password: 'Password', submit: 'Log in' },
  fr: { email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter' },
} as const;

/** The database the end-to-end server runs on (set by tests/e2e/global-setup.ts). */
export function e2eDatabaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the tests through playwright (global setup)');
  return url;
}

/** Creates a staff account in the end-to-end database. */
export function createE2eUser(
  role: 'admin' | 'editor',
  extra: Partial<Omit<TestUser, 'id' | 'role'>> = {},
): Promise<TestUser> {
  return createTestUser(e2eDatabaseUrl(), { role, ...extra });
}

/** Fills and submits the login form without waiting for the outcome. */
export async function submitLogin(page: Page, user: Pick<TestUser, 'email' | 'password'>, locale: 'en' | 'fr' = 'en') {
  if (!page.url().includes(LOGIN_PATH[locale])) await page.goto(LOGIN_PATH[locale]);
  const l = LABELS[locale];
  const submit = page.getByRole('button', { name: l.submit });
  // React resets the form when the previous attempt's answer is rendered (the button is enabled again then):
  // filling before that would lose what was typed.
  await expect(submit).toBeEnabled({ timeout: 20_000 });
  await page.getByLabel(l.email).fill(user.email);
  await page.getByLabel(l.password, { exact: true }).fill(user.password);
  // Wait for the server action's answer, so repeated identical messages are not mistaken for the new one.
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), submit.click()]);
}

/** The login form's message region. */
export function loginMessage(page: Page) {
  return page.locator('#login-message');
}

/** Logs in through the login page and waits for the staff dashboard. */
export async function loginThroughUi(
  page: Page,
  user: Pick<TestUser, 'email' | 'password'>,
  locale: 'en' | 'fr' = 'en',
) {
  await page.goto(LOGIN_PATH[locale]);
  await submitLogin(page, user, locale);
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
}
