import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('/ redirects by Accept-Language', async ({ request }) => {
  for (const [accept, target] of [
    ['fr-FR,fr;q=0.9', '/fr'],
    ['en-GB,en;q=0.8', '/en'],
    ['de-DE', '/fr'],
  ] as const) {
    const res = await request.get('/', { headers: { 'accept-language': accept }, maxRedirects: 0 });
    expect(res.status()).toBeGreaterThanOrEqual(300);
    expect(res.status()).toBeLessThan(400);
    expect(new URL(res.headers().location ?? '', 'http://x').pathname).toBe(target);
  }
});

test('home pages show the figures in each language and pass axe', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Each figure is a link named by its number and words (issue 15).
  await expect(page.getByTestId('project-count')).toHaveText('3');
  await expect(page.getByTestId('figure-projects')).toHaveText('3 published projects');
  await expect(page.getByTestId('total-budget')).toHaveText('US$600,000');
  await expect(page.getByTestId('centre-count')).toHaveText('7');
  await expect(page.getByTestId('figure-centres')).toHaveText('7 resource centres');
  await expect(page.getByTestId('country-count')).toHaveText('12');
  await expect(page.getByTestId('figure-countries')).toHaveText('12 beneficiary countries');
  await expectNoAxeViolations(page);
  await page.goto('/fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle('Projets de l’OIM et centres de ressources pour les migrants');
  await expect(page.getByTestId('total-budget')).toHaveText('600\u202f000\u00a0$US');
  await expectNoAxeViolations(page);
});

test('the home page leads to projects, regions and centres in each language', async ({ page }) => {
  for (const [home, name, path] of [
    ['/en', 'See all resource centres', '/en/resource-centres'],
    ['/en', 'Projects by region', '/en/regions'],
    ['/en', '3 published projects', '/en/projects'],
    ['/en', 'US$600,000 total budget of the published projects', '/en/projects?sort=-budget'],
    ['/en', '7 resource centres', '/en/resource-centres'],
    ['/en', '12 beneficiary countries', '/en/regions'],
    ['/fr', 'Voir tous les centres de ressources', '/fr/centres-de-ressources'],
    ['/fr', 'Parcourir les projets', '/fr/projets'],
  ] as const) {
    await page.goto(home);
    await page.getByRole('main').getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path.replace(/[?$]/g, '\\$&')}$`));
  }
});

test('the language switcher keeps the page and its query string', async ({ page }) => {
  await page.goto('/en/projects?status=completed&sort=-budget');
  // Every other language, by its own name.
  await expect(page.getByRole('list', { name: 'Choose a language' }).getByRole('link')).toHaveText([
    'Français',
    'Español',
  ]);
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/projets\?status=completed&sort=-budget$/);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/projects\?status=completed&sort=-budget$/);
  await page.goto('/fr/projets/PX.0220');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/projects\/PX\.0220$/);
});

test('pages declare hreflang alternates and a localised title', async ({ page }) => {
  await page.goto('/fr/projets');
  await expect(page).toHaveTitle('Projets · Projets et centres de l’OIM');
  const alt = (lang: string) => page.locator(`link[rel="alternate"][hreflang="${lang}"]`);
  await expect(alt('fr')).toHaveAttribute('href', /\/fr\/projets$/);
  await expect(alt('en')).toHaveAttribute('href', /\/en\/projects$/);
  await expect(alt('es')).toHaveAttribute('href', /\/es\/proyectos$/);
  await expect(alt('x-default')).toHaveAttribute('href', /\/fr\/projets$/);
  await page.goto('/en/projects/PX.0220');
  await expect(alt('fr')).toHaveAttribute('href', /\/fr\/projets\/PX\.0220$/);
});
