import { expect, test } from '@playwright/test';
import { parseSitemap } from './sitemap';

const base = () => String(test.info().project.use.baseURL);

test('sitemap.xml lists every public page in every language with hreflang alternates', async ({ request }) => {
  const res = await request.get('/sitemap.xml');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('xml');
  const urls = parseSitemap(await res.text());
  const locs = urls.map((u) => u.loc.replace(base(), ''));
  for (const path of [
    '/fr',
    '/en',
    '/es',
    '/fr/projets',
    '/en/projects',
    '/es/proyectos',
    '/fr/regions',
    '/en/regions',
    '/es/regiones',
    '/fr/centres-de-ressources',
    '/en/resource-centres',
    '/es/centros-de-recursos',
    '/fr/projets/PX.0220',
    '/en/projects/PX.0220',
    '/es/proyectos/PX.0220',
    '/en/projects/FM.0283',
    '/fr/projets/PO.0160',
    '/fr/centres-de-ressources/pohnpei-migrant-resource-centre',
    '/en/resource-centres/la-union-window-office',
    '/es/centros-de-recursos/la-union-window-office',
  ])
    expect(locs).toContain(path);
  // 4 listing pages, 3 published projects and 7 published centres, each in 3 languages; nothing else.
  expect(urls).toHaveLength(42);
  expect(new Set(locs).size).toBe(42);
  expect(locs.some((l) => l.includes('admin'))).toBe(false);
  const px = urls.find((u) => u.loc.endsWith('/en/projects/PX.0220'))!;
  expect(px.alternates).toEqual({
    fr: `${base()}/fr/projets/PX.0220`,
    en: `${base()}/en/projects/PX.0220`,
    es: `${base()}/es/proyectos/PX.0220`,
    'x-default': `${base()}/fr/projets/PX.0220`,
  });
  // Every entry names every language, and itself among them.
  for (const u of urls) {
    expect(Object.keys(u.alternates).sort()).toEqual(['en', 'es', 'fr', 'x-default']);
    expect(Object.values(u.alternates)).toContain(u.loc);
  }
});

test('robots.txt keeps crawlers out of the staff section and the API and points to the sitemap', async ({
  request,
}) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  const text = await res.text();
  for (const line of [
    'User-Agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /fr/admin',
    'Disallow: /en/admin',
    'Disallow: /es/admin',
    'Disallow: /api',
  ]) {
    expect(text.split('\n').map((l) => l.trim())).toContain(line);
  }
  expect(text).toContain(`Sitemap: ${base()}/sitemap.xml`);
});

test('a project page has Open Graph and Twitter metadata in its language', async ({ page }) => {
  const meta = (attr: 'property' | 'name', key: string) => page.locator(`head meta[${attr}="${key}"]`);
  await page.goto('/en/projects/PX.0220');
  await expect(meta('property', 'og:type')).toHaveAttribute('content', 'article');
  await expect(meta('property', 'og:title')).toHaveAttribute('content', /^PX\.0220: /);
  await expect(meta('property', 'og:url')).toHaveAttribute('content', `${base()}/en/projects/PX.0220`);
  await expect(meta('property', 'og:locale')).toHaveAttribute('content', 'en_GB');
  // One alternate per other language, French among them.
  await expect(meta('property', 'og:locale:alternate')).toHaveCount(2);
  expect(
    await meta('property', 'og:locale:alternate').evaluateAll((m) => m.map((e) => e.getAttribute('content'))),
  ).toContain('fr_FR');
  await expect(meta('property', 'og:site_name')).toHaveAttribute(
    'content',
    'IOM projects and migrant resource centres',
  );
  await expect(meta('property', 'og:description')).toHaveAttribute('content', /\S/);
  await expect(meta('name', 'twitter:card')).toHaveAttribute('content', 'summary');
  await expect(meta('name', 'twitter:title')).toHaveAttribute('content', /^PX\.0220: /);
  await page.goto('/fr/projets/PX.0220');
  await expect(meta('property', 'og:url')).toHaveAttribute('content', `${base()}/fr/projets/PX.0220`);
  await expect(meta('property', 'og:locale')).toHaveAttribute('content', 'fr_FR');
  await page.goto('/fr/regions');
  await expect(meta('property', 'og:title')).toHaveAttribute('content', 'Projets par région');
  await expect(meta('property', 'og:type')).toHaveAttribute('content', 'website');
});

test('print stylesheet hides navigation and filters on the project list', async ({ page }) => {
  await page.goto('/en/projects');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
  await expect(page.locator('main form')).toBeHidden();
  await expect(page.getByTestId('project-table')).toBeVisible();
  const after = await page
    .locator('[data-testid="project-table"] tbody a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/en/projects/');
});
