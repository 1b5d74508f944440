import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

type JsonLd = {
  '@type': string;
  name: string;
  address: Record<string, string>;
  geo: { latitude: number; longitude: number };
  knowsLanguage: { name: string }[];
};

const jsonLdOf = async (page: import('@playwright/test').Page) => {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]!) as JsonLd;
};

test.describe('centre page', () => {
  for (const [path, name, language, service, projectPath] of [
    [
      '/fr/centres-de-ressources/pohnpei-migrant-resource-centre',
      'Centre de documentation pour migrants de Pohnpei',
      'Anglais',
      'Permanence téléphonique',
      '/fr/projets/FM.0283',
    ],
    [
      '/en/resource-centres/pohnpei-migrant-resource-centre',
      'Pohnpei Migrant Resource Centre',
      'English',
      'Hotline',
      '/en/projects/FM.0283',
    ],
  ] as const) {
    test(`${path} shows the centre, valid JSON-LD, links to its project and back, and passes axe`, async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page.locator('[data-field="languages"] dd')).toHaveText(language);
      await expect(page.getByTestId('services')).toContainText(service);
      await expect(page.locator('[data-field="address"] dd')).toContainText('Kolonia');
      await expect(page.getByTestId('marker-map').locator('a.map-marker')).toHaveCount(1);
      const ld = await jsonLdOf(page);
      expect(ld).toMatchObject({
        '@type': 'GovernmentOffice',
        name,
        address: { addressLocality: 'Kolonia', addressCountry: 'FM' },
        geo: { latitude: 6.9639, longitude: 158.2092 },
      });
      expect(ld.knowsLanguage[0]?.name).toBe(language);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
        'href',
        /\/en\/resource-centres\/pohnpei-migrant-resource-centre$/,
      );
      await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute(
        'href',
        /\/fr\/centres-de-ressources\/pohnpei-migrant-resource-centre$/,
      );
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', new RegExp(`^${name}`));
      await expectNoAxeViolations(page);
      await page.getByTestId('related-projects').getByRole('link', { name: 'FM.0283' }).click();
      await expect(page).toHaveURL(new RegExp(`${projectPath.replace('.', '\\.')}$`));
      await page.getByRole('link', { name }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
    });
  }

  test('a planned centre is clearly labelled in both languages', async ({ page }) => {
    await page.goto('/en/resource-centres/la-hachadura-window-office');
    await expect(page.getByTestId('status-notice')).toHaveText('Planned centre: it is not open yet.');
    await expect(page.locator('[data-field="status"] dd')).toHaveText('Planned');
    await expect(page.locator('[data-field="languages"] dd')).toHaveText('Spanish');
    await page.goto('/fr/centres-de-ressources/la-hachadura-window-office');
    await expect(page.locator('[data-field="languages"] dd')).toHaveText('Espagnol');
    await page.goto('/fr/centres-de-ressources/la-union-window-office');
    await expect(page.getByTestId('status-notice')).toHaveCount(0);
    await expect(page.locator('[data-field="status"] dd')).toHaveText('En service');
  });

  for (const [path, title] of [
    ['/fr/centres-de-ressources/nulle-part', 'Page introuvable'],
    ['/en/resource-centres/nowhere', 'Page not found'],
  ] as const) {
    test(`${path} answers a localised 404`, async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    });
  }

  test('the API answers JSON, HSDS and JSON errors', async ({ request }) => {
    const list = await request.get('/api/v1/resource-centres?country=PH');
    expect(await list.json()).toMatchObject({ total: 4, page: 1, pageSize: 20 });
    const one = await request.get('/api/v1/resource-centres/pohnpei-migrant-resource-centre');
    expect(await one.json()).toMatchObject({
      data: { slug: 'pohnpei-migrant-resource-centre', projects: [{ code: 'FM.0283' }] },
    });
    const missing = await request.get('/api/v1/resource-centres/nowhere');
    expect([missing.status(), (await missing.json()).error.code]).toEqual([404, 'not_found']);
    const bad = await request.get('/api/v1/resource-centres?status=open');
    expect([bad.status(), (await bad.json()).error.code]).toEqual([400, 'invalid_parameter']);
    const hsds = await request.get('/api/v1/resource-centres?format=hsds');
    expect((await hsds.json()).total_items).toBe(7);
  });
});
