import { expect, test } from '@playwright/test';

// Query parameters NAMED like JavaScript object properties (issue 11): `/en/projects?constructor=x` answered 500, and
// on every public page the language switcher, which built its query on a plain object, crashed the client ("This page
// couldn't load"). Each page must render its heading and a language switcher that keeps every parameter.
const HOSTILE = 'constructor=x&toString=y&__proto__=z';

const PAGES = [
  ['/en', 'IOM projects and migrant resource centres', 'Français', '/fr'],
  ['/fr', 'Projets de l’OIM et centres de ressources pour les migrants', 'English', '/en'],
  ['/en/projects', 'Projects', 'Français', '/fr/projets'],
  ['/fr/projets', 'Projets', 'English', '/en/projects'],
  ['/en/resource-centres', 'Migrant resource centres', 'Français', '/fr/centres-de-ressources'],
  ['/fr/centres-de-ressources', 'Centres de ressources pour les migrants', 'English', '/en/resource-centres'],
  ['/en/regions', 'Projects by region', 'Français', '/fr/regions'],
  ['/fr/regions', 'Projets par région', 'English', '/en/regions'],
  [
    '/en/resource-centres/pohnpei-migrant-resource-centre',
    'Pohnpei Migrant Resource Centre',
    'Français',
    '/fr/centres-de-ressources/pohnpei-migrant-resource-centre',
  ],
  [
    '/fr/centres-de-ressources/pohnpei-migrant-resource-centre',
    'Centre de documentation pour migrants de Pohnpei',
    'English',
    '/en/resource-centres/pohnpei-migrant-resource-centre',
  ],
] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('query parameters named like object properties', () => {
  for (const [path, heading, other, otherPath] of PAGES) {
    test(`${path}?${HOSTILE} renders, and the language switcher keeps the query string`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const res = await page.goto(`${path}?${HOSTILE}`);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      const switcher = page.getByRole('banner').getByRole('link', { name: other });
      // Rendered by the client (it reads the query string): wait for the link to carry it.
      await expect(switcher).toHaveAttribute('href', new RegExp(`^${escape(otherPath)}\\?`));
      // Next.js itself reads the query into a plain object for the server render, where `__proto__` cannot be a name:
      // that one is dropped before any code of ours sees it; the others are kept.
      for (const param of ['constructor=x', 'toString=y']) {
        await expect(switcher).toHaveAttribute('href', new RegExp(`[?&]${escape(param)}(&|$)`));
      }
      // Still rendered once the client has run: no crash replaced the page.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      expect(errors).toEqual([]);
    });
  }

  test('the project list applies its own parameters beside such names', async ({ page }) => {
    const res = await page.goto(`/en/projects?${HOSTILE}&valueOf=v&hasOwnProperty=h&q=pacifique`);
    expect(res?.status()).toBe(200);
    const rows = page.locator('[data-testid="project-table"] tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-code', 'PX.0220');
  });
});
