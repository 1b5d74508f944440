import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Issue 15: the home page searches projects and centres, finds a centre near a place, shows the key figures as links,
// the world map of projects by country and the latest updated projects, all server-rendered.
const PHONE = { width: 390, height: 844 };

/** Links, buttons and disclosure controls of the main content (outside the map's SVG) under 44 CSS px tall. */
const smallTargets = (page: Page) =>
  page.locator('main a, main button, main summary, main input').evaluateAll((els) =>
    els
      .filter((el) => !el.closest('svg') && el.getClientRects().length > 0)
      .filter((el) => el.getBoundingClientRect().height < 44)
      .map((el) => `${el.tagName} ${el.textContent.trim()}`),
  );

test('the search box sends its words to the project list, or to the centre list', async ({ page }) => {
  await page.goto('/en');
  const search = page.getByRole('search', { name: 'Search projects and centres' });
  await search.getByLabel('Words to search for').fill('Pohnpei');
  await search.getByRole('button', { name: 'Search centres' }).click();
  await expect(page).toHaveURL(/\/en\/resource-centres\?q=Pohnpei$/);
  await expect(page.locator('[data-testid="centre-list"] > li')).toHaveCount(1);
  await page.goto('/fr');
  const recherche = page.getByRole('search', { name: 'Rechercher des projets et des centres' });
  await recherche.getByLabel('Mots à rechercher').fill('PX.0220');
  await recherche.getByLabel('Mots à rechercher').press('Enter');
  await expect(page).toHaveURL(/\/fr\/projets\?q=PX\.0220$/);
  await expect(page.getByTestId('project-table').locator('tbody tr')).toHaveCount(1);
});

test('the latest updated projects link to their pages', async ({ page }) => {
  await page.goto('/en');
  const latest = page.getByTestId('latest-projects');
  await expect(latest.locator('li')).toHaveCount(3);
  const codes = await latest.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-code')));
  expect([...codes].sort()).toEqual(['FM.0283', 'PO.0160', 'PX.0220']);
  await latest.locator('li[data-code="PX.0220"] a').click();
  await expect(page).toHaveURL(/\/en\/projects\/PX\.0220$/);
});

test('a country of the map links to its projects, and the countries are listed as links too', async ({ page }) => {
  await page.goto('/es');
  const map = page.getByTestId('home-map');
  await expect(map.getByRole('link', { name: 'México: 1 proyecto', exact: true })).toHaveCount(1);
  await map.locator('svg a[data-iso2="MX"]').click();
  await expect(page).toHaveURL(/\/es\/proyectos\?country=MX$/);
  await expect(page.getByTestId('project-table').locator('tbody tr')).toHaveCount(1);
  await page.goto('/es');
  await page.getByText('Los 12 países y sus proyectos').click();
  await expect(page.getByTestId('home-map-countries').getByRole('link')).toHaveCount(12);
});

for (const [home, heading, label, button, place, results] of [
  ['/en', 'Find a centre near you', 'Country, town or area', 'Find centres', 'Philippines', /\/en\/resource-centres\?/],
  ['/fr', 'Trouver un centre près de chez vous', 'Pays, ville ou région', 'Rechercher', 'Kolonia', /\/fr\/centres-/],
  ['/es', 'Encontrar un centro cerca de usted', 'País, ciudad o zona', 'Buscar', 'Filipinas', /\/es\/centros-/],
] as const) {
  test(`${home} on a phone: the centre search is in view, nothing scrolls sideways, targets are 44 px`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(home);
    const form = page.getByRole('search', { name: heading });
    await expect(form.getByLabel(label)).toBeInViewport({ ratio: 1 });
    await expect(form.getByRole('button', { name: button, exact: true })).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await smallTargets(page)).toEqual([]);
    await expectNoAxeViolations(page);
    await form.getByLabel(label).fill(place);
    await form.getByRole('button', { name: button, exact: true }).click();
    await expect(page).toHaveURL(results);
    await expect(page.locator('[data-testid="centre-list"] > li').first()).toBeVisible();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the forms, the map and the figures work from the server-rendered HTML', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByTestId('home-map').locator('svg a[data-iso2="MX"]')).toHaveAttribute(
      'href',
      '/en/projects?country=MX',
    );
    await expect(page.getByTestId('figure-budget')).toHaveAttribute('href', '/en/projects?sort=-budget');
    await page.getByLabel('Country, town or area').fill('Filipinas');
    await page.getByRole('button', { name: 'Find centres' }).click();
    await expect(page).toHaveURL(/\/en\/resource-centres\?q=Filipinas$/);
    await expect(page.locator('[data-testid="centre-list"] > li')).toHaveCount(4);
  });
});
