import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

for (const [path, name] of [
  ['/en/projects/PX.0220', 'Map of the beneficiary member states'],
  ['/fr/projets/PX.0220', 'Carte des États membres bénéficiaires'],
] as const) {
  test(`${path} shows a map of its beneficiary states and passes axe`, async ({ page }) => {
    await page.goto(path);
    const map = page.getByRole('img', { name });
    await expect(map).toBeVisible();
    const highlighted = await map
      .locator('path[data-highlighted]')
      .evaluateAll((ps) => [...new Set(ps.map((p) => p.getAttribute('data-iso2')))].sort());
    expect(highlighted).toEqual(['FJ', 'TO', 'VU']);
    await expectNoAxeViolations(page);
  });
}

test('the map of a project follows its countries (PO.0160: eight states of Central America and the Caribbean)', async ({
  page,
}) => {
  await page.goto('/en/projects/PO.0160');
  const map = page.getByTestId('countries-map');
  const highlighted = await map
    .locator('path[data-highlighted]')
    .evaluateAll((ps) => [...new Set(ps.map((p) => p.getAttribute('data-iso2')))].sort());
  expect(highlighted).toEqual(['BZ', 'CR', 'DO', 'GT', 'HN', 'MX', 'NI', 'SV']);
  // Zoomed in on the region: Fiji is not drawn.
  await expect(map.locator('path[data-iso2="FJ"]')).toHaveCount(0);
});
