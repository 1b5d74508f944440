import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createE2eUser, e2eDatabaseUrl, loginThroughUi } from './auth-helpers';
import { sql } from '../support/auth';

// Issue 14 with a centre that has a phone, hours and a notice in force. It is inserted here (staff specs run after
// the public ones, whose centre counts it would otherwise change); the seed gives no centre hours or a phone.
const SLUG = 'zz-hours-centre';

const below = async (a: Locator, b: Locator) => {
  const [boxA, boxB] = [await a.boundingBox(), await b.boundingBox()];
  expect(boxA && boxB && boxA.y + boxA.height <= boxB.y).toBe(true);
};

test.beforeAll(async () => {
  await sql(
    e2eDatabaseUrl(),
    `INSERT INTO resource_centre (slug, name, description, notice, notice_from, notice_until, kind, country_code,
      locality, street_address, latitude, longitude, phone, email, hours, status, publication_state, updated_at)
    VALUES ($1, '{"en": "Hours test centre", "fr": "Centre test horaires", "es": "Centro de prueba de horario"}',
      '{"es": "Descripción del centro."}', '{"es": "Cerrado por obras el viernes."}', current_date - 1,
      current_date + 1, 'resource_centre', 'SV', 'La Unión', 'Calle 1', 13.3369, -87.8439, '+503 2222-3333',
      'info@example.org', '24/7', 'operational', 'published', now())
    ON CONFLICT (slug) DO NOTHING`,
    [SLUG],
  );
});

test('a centre with hours, phone and a notice: the practical card first, with call and share', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/es/centros-de-recursos/${SLUG}`);
  const description = page.getByRole('heading', { level: 2, name: 'Acerca de este centro' });
  const card = page.getByTestId('centre-practical');
  const notice = card.getByTestId('centre-notice');
  await expect(notice).toContainText('Cerrado por obras el viernes.');
  const state = card.getByTestId('centre-state');
  await expect(state).toContainText('En funcionamiento');
  await expect(state).toContainText('Abierto ahora');
  await expect(card.getByTestId('week-hours')).toContainText('lunes');
  await expect(card.getByTestId('week-hours')).toContainText('00:00–24:00');
  const call = card.locator('[data-action="call"]');
  await expect(call).toHaveAttribute('href', 'tel:+50322223333');
  await expect(card.locator('[data-action="email"]')).toHaveAttribute('href', 'mailto:info@example.org');
  const directions = card.locator('[data-action="directions"]');
  await expect(directions).toHaveAttribute('href', 'https://www.openstreetmap.org/directions?to=13.3369%2C-87.8439');
  const share = card.locator('[data-action="shareSms"]');
  const body = new URL((await share.getAttribute('href')) ?? '').searchParams.get('body') ?? '';
  expect(body).toContain('Centro de prueba de horario');
  expect(body).toContain('Teléfono: +503 2222-3333');
  expect(body).toContain('Horario: lunes 00:00–24:00');
  for (const item of [notice, state, card.getByTestId('centre-address'), call, directions, share]) {
    await below(item, description);
  }
  for (const link of await card.locator('[data-action]').all()) {
    const box = await link.boundingBox();
    expect(box && box.width >= 44 && box.height >= 44).toBe(true);
  }
  await expectNoAxeViolations(page);
});

test('staff see a readable week of the saved hours under the centre form', async ({ page }) => {
  await loginThroughUi(page, await createE2eUser('editor'), 'en');
  await page.goto(`/en/admin/centres/${SLUG}`);
  const preview = page.getByTestId('hours-preview');
  await expect(preview).toContainText('Time zone: America/El_Salvador');
  await expect(preview).toContainText('Open now');
  await expect(preview).toContainText('Sunday');
  await expectNoAxeViolations(page);
});
