import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Issue 13's Spanish pages, as a Spanish-speaking visitor reads them: the project list, PX.0220 (its budget written
// by Intl.NumberFormat('es')), the centre list and every centre page, each in Spanish (the seed has Spanish text for
// every record, so no fallback note shows), each without axe violations, on a desktop and on a phone.
const VIEWPORTS = [
  { name: 'desktop', size: { width: 1280, height: 800 } },
  { name: 'phone', size: { width: 390, height: 844 } },
];

test('the project list and PX.0220 answer in Spanish', async ({ page }) => {
  expect((await page.goto('/es/proyectos'))?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proyectos');
  await expect(page.getByRole('link', { name: 'Protección y asistencia a migrantes en el Pacífico' })).toBeVisible();

  expect((await page.goto('/es/proyectos/PX.0220'))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Protección y asistencia a migrantes en el Pacífico',
  );
  await expect(page.getByText('400.000\u00a0US$').first()).toBeVisible();
  await expect(page.locator('[data-fallback-note]')).toHaveCount(0);
});

test('the centre list and every centre page answer in Spanish, with nothing shown in another language', async ({
  page,
}) => {
  test.setTimeout(60_000);
  expect((await page.goto('/es/centros-de-recursos'))?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const hrefs = await page
    .locator('main a[href^="/es/centros-de-recursos/"]')
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href') ?? ''))]);
  expect(hrefs.length).toBe(7);
  for (const href of hrefs) {
    expect((await page.goto(href))?.status(), href).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('[data-fallback-note]'), href).toHaveCount(0);
  }
  await page.goto('/es/centros-de-recursos/la-union-window-office');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('La Unión');
  await expect(page.getByText('Procuraduría para la Defensa de los Derechos Humanos (PDDH)').first()).toBeVisible();
});

for (const viewport of VIEWPORTS) {
  for (const path of ['/es/proyectos', '/es/proyectos/PX.0220', '/es/centros-de-recursos', '/es/regiones']) {
    test(`${viewport.name}: ${path} passes axe`, async ({ page }) => {
      await page.setViewportSize(viewport.size);
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
  test(`${viewport.name}: a Salvadoran centre page in Spanish passes axe`, async ({ page }) => {
    await page.setViewportSize(viewport.size);
    await page.goto('/es/centros-de-recursos/la-union-window-office');
    await expectNoAxeViolations(page);
  });
}
