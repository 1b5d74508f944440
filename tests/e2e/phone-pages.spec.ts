import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Issue 15: every public page on a 390×844 phone, in French and English: nothing wider than the screen, every link
// and button of the main content a 44×44 px target (or with that much room around it), no accessibility violation;
// on the lists, the first result in view after applying a filter; and the site used without JavaScript. The same
// pages pass axe on a desktop screen too.
const PHONE = { width: 390, height: 844 };

const PAGES = {
  fr: [
    '/fr',
    '/fr/projets',
    '/fr/projets?region=asia-oceania&status=completed',
    '/fr/projets/PX.0220',
    '/fr/regions',
    '/fr/centres-de-ressources',
    '/fr/centres-de-ressources?country=PH',
    '/fr/centres-de-ressources/la-union-window-office',
    '/fr/centres-de-ressources/la-union-window-office/signaler',
    '/fr/projets/XX.0000',
    '/fr/adresse-inconnue',
  ],
  en: [
    '/en',
    '/en/projects',
    '/en/projects?region=asia-oceania&status=completed',
    '/en/projects/PX.0220',
    '/en/regions',
    '/en/resource-centres',
    '/en/resource-centres?country=PH',
    '/en/resource-centres/la-union-window-office',
    '/en/resource-centres/la-union-window-office/report',
    '/en/resource-centres/no-such-centre',
    '/en/unknown-address',
  ],
} as const;

type Target = { what: string; x: number; y: number; width: number; height: number };

/**
 * The links, buttons, disclosure summaries and checkbox rows of the main content smaller than 44×44 px whose 44 px
 * square around their centre reaches another target (WCAG 2.5.5's size, with 2.5.8's spacing exception). Links of a
 * map drawn in SVG are left out: each map has a list of the same links beside it.
 */
async function crampedTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return [{ what: 'no <main>', x: 0, y: 0, width: 0, height: 0 }];
    const selector = 'a[href], button, summary, select, input:not([type=hidden]), label:has(input)';
    const all = [...main.querySelectorAll<HTMLElement>(selector)]
      // A checkbox or radio button is tapped through its label row.
      .filter((el) => !(el instanceof HTMLInputElement && el.closest('label')))
      .filter((el) => !el.closest('svg') && el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        const what = `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}"`;
        return { what, x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
      })
      .filter((t) => t.width > 1 && t.height > 1);
    const overlaps = (a: Target, b: Target) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    return all.filter((t) => {
      if (t.width >= 44 && t.height >= 44) return false;
      const cx = t.x + t.width / 2;
      const cy = t.y + t.height / 2;
      const room = { what: '', x: cx - 22, y: cy - 22, width: 44, height: 44 };
      return all.some((o) => o !== t && !(o.x === t.x && o.y === t.y) && overlaps(room, o));
    });
  });
}

for (const [locale, paths] of Object.entries(PAGES)) {
  test.describe(`public pages on a phone (${locale})`, () => {
    test.use({ viewport: PHONE });
    for (const path of paths) {
      test(`${path}: fits 390 px, 44 px targets, no axe violation`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
        // The phone header stays one line: at most 100 px.
        expect((await page.locator('header').first().boundingBox())!.height).toBeLessThanOrEqual(100);
        expect(await crampedTargets(page)).toEqual([]);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe('the same pages on a desktop screen', () => {
  for (const path of [...PAGES.fr, ...PAGES.en]) {
    test(`${path}: no horizontal scrolling, no axe violation`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('after applying a filter on a phone, the first result is in view', () => {
  test.use({ viewport: PHONE });

  test('project list (fr): the results, their count and the chips, not the filters', async ({ page }) => {
    await page.goto('/fr/projets');
    await page.getByTestId('filter-panel').locator('summary').click();
    await page
      .getByTestId('filter-form')
      .getByRole('checkbox', { name: /Asie et Océanie/ })
      .check();
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await expect(page).toHaveURL(/region=asia-oceania.*#results$/);
    await expect(page.getByTestId('project-cards').locator('li').first()).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('result-summary')).toBeInViewport();
    await expect(page.getByTestId('filter-chips')).toBeInViewport();
  });

  test('centre list (en): the first centre in view', async ({ page }) => {
    await page.goto('/en/resource-centres');
    await page.getByTestId('filter-panel').locator('summary').click();
    await page
      .getByTestId('centre-filter-form')
      .getByRole('checkbox', { name: /Philippines/ })
      .check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/country=PH.*#results$/);
    await expect(page.getByTestId('centre-list').locator('li').first()).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test('the menu opens, the language switch keeps the page and its query, filtering works', async ({ page }) => {
    await page.goto('/fr/projets?status=completed');
    const menu = page.locator('header details');
    await expect(menu.getByRole('link', { name: 'Régions' })).toBeHidden();
    await menu.locator('summary').click();
    await expect(menu.getByRole('link', { name: 'Régions' })).toBeVisible();
    await menu.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/projects\?status=completed$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('filter-panel').locator('summary').click();
    await page
      .getByTestId('filter-form')
      .getByRole('checkbox', { name: /Latin America/ })
      .check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/region=latin-america-caribbean/);
    await expect(page.getByTestId('project-cards').locator('li')).toHaveCount(1);
  });

  test('the 404 page is there, in the page language, with its search and links', async ({ page }) => {
    for (const [path, title, search] of [
      ['/fr/projets/XX.0000', 'Page introuvable', 'Rechercher dans les projets'],
      ['/en/nothing-here', 'Page not found', 'Search the projects'],
      ['/es/centros-de-recursos/ninguno', 'Página no encontrada', 'Buscar en los proyectos'],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await page.getByLabel(search).fill('migrants');
      await page.getByLabel(search).press('Enter');
      await expect(page).toHaveURL(/q=migrants/);
      await expect(page.locator('#results')).toBeVisible();
    }
  });
});
