import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Issue 14: on a phone, what someone needs to act (status, address, directions, share) comes before the description.
// The seed centres have no phone or hours (the sources give none); tests/e2e/staff-centre-hours.spec.ts covers those
// with a centre it inserts.

const below = async (a: Locator, b: Locator) => {
  const [boxA, boxB] = [await a.boundingBox(), await b.boundingBox()];
  expect(boxA && boxB && boxA.y + boxA.height <= boxB.y).toBe(true);
};

test.use({ viewport: { width: 390, height: 844 } });

test('the practical card of a centre comes first on a phone, with its one-tap links', async ({ page }) => {
  await page.goto('/es/centros-de-recursos/la-union-window-office');
  const description = page.getByRole('heading', { level: 2, name: 'Acerca de este centro' });
  const card = page.getByTestId('centre-practical');
  const status = card.locator('[data-status]');
  await expect(status).toHaveText('En funcionamiento');
  // The centre's status is not "open now": with no hours known, the card says so.
  await expect(card.getByTestId('centre-state')).toContainText('Horario no conocido');
  const address = card.getByTestId('centre-address');
  await expect(address).toContainText('La Unión');
  // No hours are known for this centre: nothing is invented.
  await expect(card.getByTestId('week-hours')).toHaveCount(0);
  await expect(card.locator('[data-action="call"]')).toHaveCount(0);
  const directions = card.locator('[data-action="directions"]');
  await expect(directions).toHaveAttribute(
    'href',
    /^https:\/\/www\.openstreetmap\.org\/directions\?to=-?[\d.]+%2C-?[\d.]+$/,
  );
  await expect(card.locator('[data-action="openInMaps"]')).toHaveAttribute('href', /^geo:-?[\d.]+,-?[\d.]+$/);
  const whatsapp = card.locator('[data-action="shareWhatsApp"]');
  await expect(whatsapp).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=[^\s]+$/);
  await expect(card.locator('[data-action="shareSms"]')).toHaveAttribute('href', /^sms:\?&body=[^\s]+$/);
  for (const item of [status, address, directions, whatsapp]) await below(item, description);
  for (const link of await card.locator('[data-action]').all()) {
    const box = await link.boundingBox();
    expect(box && box.width >= 44 && box.height >= 44).toBe(true);
  }
  await expectNoAxeViolations(page);
});
