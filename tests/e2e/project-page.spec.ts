import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('English project page shows every field of PX.0220', async ({ page }) => {
  const res = await page.goto('/en/projects/PX.0220');
  expect(res?.status()).toBe(200);
  await expect(page).toHaveTitle(/^PX\.0220: /);
  const facts = page.getByRole('complementary');
  await expect(facts.locator('[data-field="prima-id"] dd')).toHaveText('FJ10P0514');
  await expect(facts.locator('[data-field="budget"] dd')).toHaveText('US$400,000');
  await expect(facts.locator('[data-field="status"] dd')).toHaveText('Active');
  await expect(facts.locator('[data-field="coverage"] dd')).toHaveText('Regional');
  await expect(facts.locator('[data-field="start-year"] dd')).toHaveText('2021');
  await expect(facts.locator('[data-field="end-year"] dd')).toHaveText('2024');
  await expect(facts.locator('[data-field="funding-year"] dd')).toHaveText('2020');
  await expect(facts.locator('[data-field="beneficiaries"] li')).toHaveText(['Fiji', 'Tonga', 'Vanuatu']);
  await expectNoAxeViolations(page);
});

test('French project page uses French names and number format', async ({ page }) => {
  await page.goto('/fr/projets/PX.0220');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const facts = page.getByRole('complementary');
  await expect(facts.locator('[data-field="budget"] dd')).toHaveText('400\u202f000\u00a0$US');
  await expect(facts.locator('[data-field="status"] dd')).toHaveText('Actif');
  await expect(facts.locator('[data-field="coverage"] dd')).toHaveText('Régional');
  await expect(facts.locator('[data-field="beneficiaries"] li')).toHaveText(['Fidji', 'Tonga', 'Vanuatu']);
  await expect(facts.locator('[data-field="region"] dd')).toHaveText('Asie et Océanie');
  await expectNoAxeViolations(page);
});

test('PO.0160 lists its eight beneficiary states in order', async ({ page }) => {
  await page.goto('/en/projects/po.0160');
  await expect(page.getByRole('complementary').locator('[data-field="beneficiaries"] li')).toHaveCount(8);
  await expect(page.getByRole('complementary').locator('[data-field="beneficiaries"] li').first()).toHaveText('Belize');
});

for (const [path, heading] of [
  ['/en/projects/XX.9999', 'Page not found'],
  ['/fr/projets/XX.9999', 'Page introuvable'],
  ['/fr/projets/%00%3Cx%3E', 'Page introuvable'],
  ['/en/nowhere', 'Page not found'],
] as const) {
  test(`${path} answers the localised 404 page`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  });
}
