import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const codesOnPage = (page: Page) => page.locator('[data-testid="project-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));

test.describe('project list', () => {
  for (const path of ['/fr/projets', '/en/projects']) {
    test(`${path} lists the three seeded projects and passes axe`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      expect((await codesOnPage(page)).sort()).toEqual(['FM.0283', 'PO.0160', 'PX.0220']);
      await expectNoAxeViolations(page);
    });
  }

  test('filters by region, status and sorts by budget through the URL', async ({ page }) => {
    await page.goto('/en/projects?region=latin-america-caribbean');
    expect(await codesOnPage(page)).toEqual(['PO.0160']);
    await page.goto('/en/projects?status=completed');
    expect((await codesOnPage(page)).sort()).toEqual(['FM.0283', 'PO.0160']);
    await page.goto('/fr/projets?sort=-budget');
    expect((await codesOnPage(page))[0]).toBe('PX.0220');
    await expect(page.getByRole('heading', { name: /3 projets/ })).toContainText('600\u202f000\u00a0$US');
  });

  test('shows a friendly empty state', async ({ page }) => {
    await page.goto('/en/projects?region=africa');
    await expect(page.getByText('No project matches these filters')).toBeVisible();
    await page.getByRole('link', { name: 'Show all projects' }).click();
    await expect(page).toHaveURL(/\/en\/projects$/);
  });

  test('malformed filters are reported, ignored and never a 500', async ({ page }) => {
    const res = await page.goto('/fr/projets?status=bogus&sort=price&page=-1&region=nowhere&region=%3Cscript%3E&status=active');
    expect(res?.status()).toBe(200);
    const issues = page.getByTestId('filter-issues');
    await expect(issues).toContainText('Certains filtres ont été ignorés');
    await expect(issues).toContainText('« bogus »');
    await expect(issues).toContainText('« nowhere »');
    expect(await codesOnPage(page)).toEqual(['PX.0220']);
  });
});

test.describe('filter form without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the GET form puts its state in the query string', async ({ page }) => {
    await page.goto('/en/projects');
    await page.getByLabel('Completed').check();
    await page.getByLabel('Sort by').selectOption('-budget');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/\/en\/projects\?status=completed&sort=-budget$/);
    expect(await codesOnPage(page)).toEqual(['FM.0283', 'PO.0160']);
    await expect(page.getByLabel('Completed')).toBeChecked();
  });
});
