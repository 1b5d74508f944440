import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Issue 16 (1): the dashboard of a filtered view of projects, on the seeded records (read only: nothing is published
// or changed here). Its figures are the list's for the same query; it passes axe in French and English, on a desktop
// and on a 390×844 phone; and its charts are SVG drawn on the server, there without JavaScript.
const PHONE = { width: 390, height: 844 };
const QUERY = 'region=asia-oceania&status=active';
const PAGES = {
  fr: { list: '/fr/projets', dashboard: '/fr/projets/tableau-de-bord' },
  en: { list: '/en/projects', dashboard: '/en/projects/dashboard' },
} as const;

const summaryOf = async (page: Page, path: string, testId: string) => {
  await page.goto(path);
  return (await page.getByTestId(testId).textContent())?.trim();
};

// Links of the main content (outside the charts) lower than 44 px.
const lowLinks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main a[href]')]
      .filter((a) => !a.closest('svg') && a.getClientRects().length > 0)
      .filter((a) => a.getBoundingClientRect().height < 44)
      .map((a) => a.textContent.trim()),
  );

for (const [locale, paths] of Object.entries(PAGES)) {
  for (const [screen, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', PHONE],
  ] as const) {
    test.describe(`project dashboard (${locale}, ${screen})`, () => {
      test.use({ viewport });

      for (const query of [QUERY, '']) {
        test(`?${query}: the list's figures, nothing wider than the screen, no axe violation`, async ({ page }) => {
          const suffix = query ? `?${query}` : '';
          const list = await summaryOf(page, `${paths.list}${suffix}`, 'result-summary');
          const dashboard = await summaryOf(page, `${paths.dashboard}${suffix}`, 'dashboard-summary');
          expect(list).toBeTruthy();
          expect(dashboard).toBe(list);
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
          if (screen === 'phone') expect(await lowLinks(page)).toEqual([]);
          await expectNoAxeViolations(page);
        });
      }
    });
  }
}

test.describe('project dashboard without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test('shows every chart as server-drawn SVG with its title, summary and table', async ({ page }) => {
    await page.goto(`/fr/projets/tableau-de-bord?${QUERY}`);
    await expect(page.getByTestId('dashboard-summary')).toHaveText(/^1 projet · budget total 400\s000\s\$US$/);
    const charts = page.locator('svg[data-testid="dashboard-chart"]');
    // Region, type, status, coverage, start year, funding year and countries (PX.0220 names Fiji, Tonga, Vanuatu).
    await expect(charts).toHaveCount(7);
    for (const svg of await charts.all()) {
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg).toHaveAccessibleName(/\S/);
      expect((await svg.boundingBox())?.width).toBeGreaterThan(300);
      expect(await svg.locator('rect').count()).toBeGreaterThan(0);
    }
    const region = page.getByTestId('dashboard-region');
    await expect(region.getByRole('heading')).toHaveText('Budget et nombre de projets par région');
    await expect(region.locator('svg')).toHaveAccessibleName(
      /^Budget et nombre de projets par région Asie et Océanie a le budget/,
    );
    await expect(region.getByRole('row', { name: /Asie et Océanie/ })).toContainText(/400\s000\s\$US/);
    await expect(page.getByTestId('dashboard-country').getByRole('row')).toHaveCount(4);
  });

  test('each chart links to a CSV of exactly its figures, in the page language', async ({ page, request }) => {
    await page.goto(`/fr/projets/tableau-de-bord?${QUERY}`);
    const href = await page.getByTestId('dashboard-region').getByTestId('dashboard-csv').getAttribute('href');
    expect(href).toBe(`/api/v1/projects/dashboard.csv?chart=region&lang=fr&${QUERY}`);
    const res = await request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await res.body()).toString('utf8')).toBe(
      '\uFEFFRégion,Projets,Budget (USD)\r\nAsie et Océanie,1,400000.00\r\n',
    );
  });

  test('links back to the list and to the other languages with the same query', async ({ page }) => {
    await page.goto(`/en/projects/dashboard?${QUERY}`);
    await page.getByRole('link', { name: 'See these projects in the list' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/projects\\?${QUERY}$`));
    await page.goto(`/en/projects/dashboard?${QUERY}`);
    await expect(page.locator('header a[hreflang="fr"]').first()).toHaveAttribute(
      'href',
      `/fr/projets/tableau-de-bord?${QUERY}`,
    );
  });

  test('says so when nothing matches, with no chart', async ({ page }) => {
    await page.goto('/en/projects/dashboard?q=zzzzqqqq');
    await expect(page.getByText('No project matches these filters')).toBeVisible();
    await expect(page.locator('svg[data-testid="dashboard-chart"]')).toHaveCount(0);
  });
});
