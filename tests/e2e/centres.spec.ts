import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const slugsOnPage = (page: Page) =>
  page
    .locator('[data-testid="centre-list"] > li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-slug')).sort());
const PH = [
  'agusan-del-sur-one-stop-migrant-resource-centre',
  'antique-one-stop-migrant-resource-centre',
  'maguindanao-one-stop-migrant-resource-centre',
  'masbate-one-stop-migrant-resource-centre',
];

test.describe('resource centre list', () => {
  for (const [path, count, label] of [
    ['/fr/centres-de-ressources', '7 centres', 'Permanence téléphonique'],
    ['/en/resource-centres', '7 centres', 'Hotline'],
  ] as const) {
    test(`${path} shows the seven centres with translated labels, a map, and passes axe`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect(page.getByTestId('result-count')).toHaveText(count);
      expect(await slugsOnPage(page)).toHaveLength(7);
      await expect(page.locator('[data-slug="pohnpei-migrant-resource-centre"]')).toContainText(label);
      // Every marker is a link to its centre page, and the Philippine centres get their own zoomed inset.
      const markers = page.locator('[data-testid="centres-map"] a.map-marker');
      expect(await markers.count()).toBeGreaterThanOrEqual(7);
      await expect(page.getByTestId('map-inset-PH').locator('a.map-marker')).toHaveCount(4);
      const hrefs = await markers.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(`${path}/pohnpei-migrant-resource-centre`);
      await expectNoAxeViolations(page);
    });
  }

  test('French and English list the same centres', async ({ page }) => {
    await page.goto('/fr/centres-de-ressources');
    const fr = await slugsOnPage(page);
    await page.goto('/en/resource-centres');
    expect(await slugsOnPage(page)).toEqual(fr);
    await page.goto('/fr/centres-de-ressources?status=planned');
    await expect(page.locator('[data-slug="la-hachadura-window-office"]')).toContainText('Prévu');
    await expect(page.locator('[data-slug="la-hachadura-window-office"]')).toContainText(
      'Bureau d’information (« Window »)',
    );
  });

  test('filters through the URL: country, service, status', async ({ page }) => {
    await page.goto('/en/resource-centres?country=PH');
    expect(await slugsOnPage(page)).toEqual(PH);
    await page.goto('/fr/centres-de-ressources?service=counter-trafficking-awareness');
    expect(await slugsOnPage(page)).toEqual(['pohnpei-migrant-resource-centre']);
    await page.goto('/en/resource-centres?country=SV&status=planned');
    expect(await slugsOnPage(page)).toEqual(['la-hachadura-window-office']);
    await expect(page.getByTestId('result-count')).toHaveText('1 centre');
    // The map shows the filtered centres only.
    await page.goto('/en/resource-centres?country=SV');
    await expect(page.getByTestId('centres-map').locator('a.map-marker')).toHaveCount(2);
    await expect(page.getByTestId('map-inset-SV')).toHaveCount(0);
  });

  for (const q of ['La Union', 'la unión']) {
    test(`searching “${q}” finds the Window office first`, async ({ page }) => {
      await page.goto(`/fr/centres-de-ressources?q=${encodeURIComponent(q)}`);
      await expect(page.locator('[data-testid="centre-list"] > li').first()).toHaveAttribute(
        'data-slug',
        'la-union-window-office',
      );
    });
  }

  test('malformed filters are reported, ignored and never a 500', async ({ page }) => {
    const res = await page.goto(
      '/en/resource-centres?country=Philippines&kind=castle&status=open&page=-1&service=%3Cscript%3E&language=zz&country=PH',
    );
    expect(res?.status()).toBe(200);
    const issues = page.getByTestId('filter-issues');
    await expect(issues).toContainText('Some filters were ignored');
    await expect(issues).toContainText('“castle”');
    await expect(issues).toContainText('“<script>”');
    expect(await slugsOnPage(page)).toEqual(PH);
  });

  test('the language switcher keeps the filters and the centre', async ({ page }) => {
    await page.goto('/en/resource-centres?country=PH&q=centre');
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/centres-de-ressources\?country=PH&q=centre$/);
    expect(await slugsOnPage(page)).toEqual(PH);
    await page.goto('/fr/centres-de-ressources/masbate-one-stop-migrant-resource-centre');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/resource-centres\/masbate-one-stop-migrant-resource-centre$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masbate One-Stop Migrant Resource Centre');
  });

  test('an empty result offers a way back', async ({ page }) => {
    await page.goto('/en/resource-centres?q=zzzzzz');
    await expect(page.getByText('No centre matches these filters')).toBeVisible();
    await page.getByRole('link', { name: 'Show all centres' }).click();
    await expect(page).toHaveURL(/\/en\/resource-centres$/);
  });
});

test.describe('centre filters without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the GET form puts its state in the query string and keeps it', async ({ page }) => {
    await page.goto('/fr/centres-de-ressources');
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('la unión');
    await page.getByRole('group', { name: 'Statut' }).getByLabel('Prévu').check();
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    // The form's action ends with #results: the new page opens on the results.
    await expect(page).toHaveURL(/\/fr\/centres-de-ressources\?q=la\+uni%C3%B3n&status=planned#results$/);
    expect(await slugsOnPage(page)).toEqual(['la-hachadura-window-office']);
    await expect(page.getByRole('searchbox', { name: 'Rechercher' })).toHaveValue('la unión');
    await page.locator('[data-slug="la-hachadura-window-office"] a').click();
    await expect(page).toHaveURL(/\/fr\/centres-de-ressources\/la-hachadura-window-office$/);
    await expect(page.getByTestId('status-notice')).toHaveText('Centre prévu : il n’est pas encore ouvert.');
  });
});

test.describe('resource centre list on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('fits the screen, shows the results first and folds the filters below them', async ({ page }) => {
    await page.goto('/en/resource-centres?country=PH');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await slugsOnPage(page)).toEqual(PH);
    const summary = page.getByTestId('filter-panel').locator('summary');
    await expect(summary).toContainText('Search and filter · 1 active');
    await expect(page.getByRole('button', { name: 'Apply filters' })).toBeHidden();
    expect((await page.locator('#results').boundingBox())!.y).toBeLessThan((await summary.boundingBox())!.y);
    await summary.click();
    await expect(page.getByRole('group', { name: 'Country' }).getByLabel('Philippines')).toBeChecked();
    // Tap targets of the list's own controls (the entries and the map are checked with their components).
    const small = await page.locator('main').evaluate((main) =>
      [...main.querySelectorAll('a, button, summary, label:has(input)')]
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => !el.closest('[data-testid="centre-list"], [data-testid="centres-map"]'))
        .map((el) => ({ text: el.textContent.trim().slice(0, 40), height: el.getBoundingClientRect().height }))
        .filter((t) => t.height < 44),
    );
    expect(small).toEqual([]);
  });
});
