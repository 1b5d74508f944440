import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { parseSitemap } from './sitemap';

// Issue 13: Spanish is the third language of the portal. Languages are configuration (lib/i18n/routing.ts): Spanish
// pages, negotiation, the language switcher, hreflang alternates and the sitemap follow the locale list.
const base = () => String(test.info().project.use.baseURL);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('/es answers in Spanish, with amounts written the Spanish way', async ({ page }) => {
  const res = await page.goto('/es');
  expect(res?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle('Proyectos de la OIM y centros de recursos para migrantes');
  await expect(page.getByTestId('total-budget')).toHaveText('600.000\u00a0US$');
});

for (const [accept, target] of [
  ['es-SV,es;q=0.9', '/es'],
  ['fr-CA', '/fr'],
  ['en-US', '/en'],
] as const) {
  test(`/ with Accept-Language: ${accept} is redirected to ${target}`, async ({ request }) => {
    const res = await request.get('/', { headers: { 'accept-language': accept }, maxRedirects: 0 });
    expect(res.status()).toBeGreaterThanOrEqual(300);
    expect(res.status()).toBeLessThan(400);
    expect(new URL(res.headers().location ?? '', base()).pathname).toBe(target);
  });
}

test('the language switcher links the Spanish page, query string kept, to every other language', async ({ page }) => {
  await page.goto('/es/proyectos?status=active');
  const switcher = page.getByRole('banner').getByRole('list', { name: 'Elegir un idioma' });
  await expect(switcher.getByRole('link')).toHaveCount(2);
  const french = switcher.getByRole('link', { name: 'Français', exact: true });
  const english = switcher.getByRole('link', { name: 'English', exact: true });
  // Rendered by the client (it reads the query string): wait for the links to carry it.
  await expect(french).toHaveAttribute('href', '/fr/projets?status=active');
  await expect(english).toHaveAttribute('href', '/en/projects?status=active');
  // Each link is marked as being in its language, and described in it.
  await expect(french).toHaveAttribute('lang', 'fr');
  await expect(french).toHaveAttribute('hreflang', 'fr');
  await expect(french).toHaveAttribute('title', 'Lire cette page en français');
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(english).toHaveAttribute('hreflang', 'en');
  await expect(english).toHaveAttribute('title', 'Read this page in English');
  await english.click();
  await expect(page).toHaveURL(/\/en\/projects\?status=active$/);
  const spanish = page.getByRole('banner').getByRole('link', { name: 'Español', exact: true });
  await expect(spanish).toHaveAttribute('href', '/es/proyectos?status=active');
  await expect(spanish).toHaveAttribute('lang', 'es');
  await expect(spanish).toHaveAttribute('title', 'Leer esta página en español');
  await spanish.click();
  await expect(page).toHaveURL(/\/es\/proyectos\?status=active$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('Spanish pages declare fr, en, es and x-default alternates', async ({ page }) => {
  const alternates = page.locator('head link[rel="alternate"][hreflang]');
  const alt = (lang: string) => page.locator(`head link[rel="alternate"][hreflang="${lang}"]`);
  for (const [path, fr, en, es] of [
    ['/es/proyectos', '/fr/projets', '/en/projects', '/es/proyectos'],
    ['/es/proyectos/PX.0220', '/fr/projets/PX.0220', '/en/projects/PX.0220', '/es/proyectos/PX.0220'],
  ] as const) {
    expect((await page.goto(path))?.status()).toBe(200);
    await expect(alternates).toHaveCount(4);
    expect((await alternates.evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')))).sort()).toEqual([
      'en',
      'es',
      'fr',
      'x-default',
    ]);
    await expect(alt('fr')).toHaveAttribute('href', new RegExp(`${escape(fr)}$`));
    await expect(alt('en')).toHaveAttribute('href', new RegExp(`${escape(en)}$`));
    await expect(alt('es')).toHaveAttribute('href', new RegExp(`${escape(es)}$`));
    await expect(alt('x-default')).toHaveAttribute('href', new RegExp(`${escape(fr)}$`));
  }
});

test('sitemap.xml lists the Spanish address of every public page, with its alternates', async ({ request }) => {
  const res = await request.get('/sitemap.xml');
  expect(res.status()).toBe(200);
  const urls = parseSitemap(await res.text());
  const locs = urls.map((u) => u.loc.replace(base(), ''));
  for (const path of [
    '/es',
    '/es/proyectos',
    '/es/regiones',
    '/es/centros-de-recursos',
    '/es/proyectos/PX.0220',
    '/es/proyectos/FM.0283',
    '/es/proyectos/PO.0160',
    '/es/centros-de-recursos/pohnpei-migrant-resource-centre',
    '/es/centros-de-recursos/la-union-window-office',
  ])
    expect(locs).toContain(path);
  // Every public page is there in every language: as many Spanish entries as French and English ones.
  const inLocale = (locale: string) => urls.filter((u) => new URL(u.loc).pathname.split('/')[1] === locale);
  const spanish = inLocale('es');
  expect(spanish.length).toBeGreaterThan(0);
  expect(spanish).toHaveLength(inLocale('fr').length);
  expect(spanish).toHaveLength(inLocale('en').length);
  expect(spanish.length * 3).toBe(urls.length);
  expect(urls.find((u) => u.loc === `${base()}/es/proyectos/PX.0220`)?.alternates).toEqual({
    fr: `${base()}/fr/projets/PX.0220`,
    en: `${base()}/en/projects/PX.0220`,
    es: `${base()}/es/proyectos/PX.0220`,
    'x-default': `${base()}/fr/projets/PX.0220`,
  });
  for (const u of spanish) expect(u.alternates.es).toBe(u.loc);
});

test('Spanish staff and error addresses: login in Spanish, no-store, a Spanish 404 page', async ({ request }) => {
  // A visitor without a session is sent to the login page in the language of the path.
  const staff = await request.get('/es/admin/proyectos', { maxRedirects: 0 });
  expect(staff.status()).toBe(303);
  expect(new URL(staff.headers().location ?? '', base()).pathname).toBe('/es/admin/acceso');
  const login = await request.get('/es/admin/acceso');
  expect(login.status()).toBe(200);
  expect(login.headers()['cache-control']).toContain('no-store');
  expect(await login.text()).toContain('<html lang="es"');
  // A path Next.js cannot route gets the proxy's own 404 page, in Spanish under /es.
  const broken = await request.get('/es/%25');
  expect(broken.status()).toBe(404);
  const html = await broken.text();
  expect(html).toContain('<html lang="es">');
  expect(html).toContain('<h1>Página no encontrada</h1>');
});

test('Spanish public pages go through the page cache', async ({ request }) => {
  // An address no other test asks for; what browsers send for a page load.
  const res = await request.get('/es/regiones?cache=es', { headers: { accept: 'text/html,*/*;q=0.8' } });
  expect(res.status()).toBe(200);
  expect(['MISS', 'HIT']).toContain(res.headers()['x-page-cache']);
});

test.describe('axe', () => {
  test('/es passes axe at desktop width', async ({ page }) => {
    await page.goto('/es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expectNoAxeViolations(page);
  });

  test('/es passes axe on a 390×844 phone, without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    // On a phone the navigation and the languages are in the header's menu.
    await page.getByRole('banner').locator('summary').click();
    await expect(page.getByRole('banner').getByRole('link', { name: 'English', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
