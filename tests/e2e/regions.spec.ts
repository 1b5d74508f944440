import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const row = (page: Page, slug: string) => page.locator(`[data-testid="region-table"] tbody tr[data-region="${slug}"]`);
const codesOnPage = (page: Page) =>
  page
    .locator('[data-testid="project-table"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));

test('English regions page lists every region with count and budget, the map, and passes axe', async ({ page }) => {
  const res = await page.goto('/en/regions');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects by region');
  await expect(page.locator('[data-testid="region-table"] tbody tr')).toHaveCount(6);
  await expect(row(page, 'asia-oceania').locator('[data-field="count"]')).toHaveText('2');
  await expect(row(page, 'asia-oceania').locator('[data-field="budget"]')).toHaveText('US$500,000');
  await expect(row(page, 'latin-america-caribbean').locator('[data-field="count"]')).toHaveText('1');
  await expect(row(page, 'africa').locator('[data-field="count"]')).toHaveText('0');
  await expect(page.locator('[data-testid="region-table"] tfoot [data-field="budget"]')).toHaveText('US$600,000');
  const map = page.getByRole('img', { name: 'Published projects by beneficiary country' });
  await expect(map).toBeVisible();
  // Beneficiary countries are shaded, others are not; tiny island states get a dot.
  await expect(map.locator('path[data-iso2="MX"]')).toHaveAttribute('fill', /^#/);
  await expect(map.locator('path[data-iso2="FR"]')).toHaveCount(0);
  await expect(map.locator('circle[data-iso2="TO"]')).toHaveCount(1);
  await expect(map.locator('circle[data-iso2="FM"]')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Number of projects' }).getByRole('listitem')).toHaveText(['None', '1']);
  await expectNoAxeViolations(page);
});

test('French regions page uses French names and number format and passes axe', async ({ page }) => {
  await page.goto('/fr/regions');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projets par région');
  await expect(row(page, 'asia-oceania').getByRole('link')).toHaveText('Asie et Océanie');
  await expect(row(page, 'asia-oceania').locator('[data-field="budget"]')).toHaveText('500\u202f000\u00a0$US');
  await expect(page.getByRole('img', { name: 'Projets publiés par pays bénéficiaire' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a region links to the project list filtered by it, in both languages', async ({ page }) => {
  await page.goto('/en/regions');
  await page.getByRole('link', { name: 'Latin America and the Caribbean' }).click();
  await expect(page).toHaveURL(/\/en\/projects\?region=latin-america-caribbean$/);
  expect(await codesOnPage(page)).toEqual(['PO.0160']);
  await page.goto('/fr/regions');
  await page.getByRole('link', { name: 'Asie et Océanie' }).click();
  await expect(page).toHaveURL(/\/fr\/projets\?region=asia-oceania$/);
  expect((await codesOnPage(page)).sort()).toEqual(['FM.0283', 'PX.0220']);
});

test('the header links to the regions page', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Regions' }).click();
  await expect(page).toHaveURL(/\/en\/regions$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the maps are in the server-rendered HTML', async ({ page }) => {
    await page.goto('/en/regions');
    await expect(page.getByTestId('choropleth-map').locator('path[data-iso2="MX"]')).toHaveCount(1);
    await page.goto('/en/projects/PX.0220');
    await expect(page.getByTestId('countries-map').locator('path[data-highlighted]')).not.toHaveCount(0);
  });
});
