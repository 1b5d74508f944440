import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createE2eUser, e2eDatabaseUrl, loginThroughUi } from './auth-helpers';
import { sql } from '../support/auth';

// Issue 14, public corrections: a visitor reports wrong information from a centre page (a plain form, no account),
// then an editor finds it in the queue with the current value next to the proposed one, and dismisses it.
const SLOW = { timeout: 30_000 };
const SLUG = 'antique-one-stop-migrant-resource-centre';
const CORRECTION = 'e2e: the telephone number is now +63 36 540 0000.';

test.beforeAll(async () => {
  // Reports count against the per-address limit (every browser here is 127.0.0.1): start from none of this spec's.
  await sql(e2eDatabaseUrl(), `DELETE FROM centre_report WHERE correction LIKE 'e2e:%'`);
});

test('a visitor reports wrong information; an editor sees it in the queue and dismisses it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`/en/resource-centres/${SLUG}`);
  await page.getByRole('link', { name: 'Report wrong information' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/resource-centres/${SLUG}/report$`), SLOW);
  await expect(page.getByRole('heading', { level: 1, name: 'Report wrong information' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing ticked, nothing typed: the errors sit next to the fields.
  await page.getByRole('button', { name: 'Send the report' }).click();
  await expect(page.getByText('Tick at least one piece of information that is wrong.')).toBeVisible(SLOW);
  await expect(page.getByLabel('What is right?')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Say what the right information is.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('checkbox', { name: 'Telephone' }).check();
  await page.getByLabel('What is right?').fill(CORRECTION);
  await page.getByLabel('Your e-mail or telephone (optional)').fill('visitor@example.org');
  await page.getByRole('button', { name: 'Send the report' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'your report has been received' })).toBeVisible(SLOW);
  await expect(page.getByText('the report itself is never published')).toBeVisible();
  const [stored] = await sql(
    e2eDatabaseUrl(),
    `SELECT r.status, r.fields FROM centre_report r JOIN resource_centre c ON c.id = r.centre_id
      WHERE c.slug = $1 AND r.correction = $2`,
    [SLUG, CORRECTION],
  );
  expect(stored).toEqual({ status: 'pending', fields: ['phone'] });

  await loginThroughUi(page, await createE2eUser('editor'), 'en');
  await page.goto('/en/admin');
  await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).first().click();
  await expect(page).toHaveURL(/\/en\/admin\/reports$/, SLOW);
  const item = page.getByRole('listitem').filter({ hasText: CORRECTION });
  await expect(item).toBeVisible();
  await expect(item.getByRole('rowheader', { name: 'Telephone' })).toBeVisible();
  await expect(item.getByText('Contact: visitor@example.org')).toBeVisible();
  await expectNoAxeViolations(page);

  // Dismissing needs a reason.
  await item.getByRole('button', { name: 'Dismiss' }).click();
  await expect(item.getByText('Give the reason for dismissing the report.').first()).toBeVisible(SLOW);
  await item.getByLabel('Reason').fill('The number on the page was checked by phone.');
  await item.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('The report was dismissed.')).toBeVisible(SLOW);
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: CORRECTION })).toHaveCount(0);
  const [decided] = await sql(e2eDatabaseUrl(), `SELECT status, reason FROM centre_report WHERE correction = $1`, [
    CORRECTION,
  ]);
  expect(decided).toEqual({ status: 'dismissed', reason: 'The number on the page was checked by phone.' });
});

test('an editor accepts a report: the corrected phone is saved as a new version and shown on the page', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const correction = 'e2e: call +63 36 540 1111 instead.';
  await page.goto(`/fr/centres-de-ressources/${SLUG}/signaler`);
  await page.getByRole('checkbox', { name: 'Téléphone' }).check();
  await page.getByLabel('Quelle est la bonne information').fill(correction);
  await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'signalement' })).toBeVisible(SLOW);
  const [before] = await sql(e2eDatabaseUrl(), `SELECT version FROM resource_centre WHERE slug = $1`, [SLUG]);

  await loginThroughUi(page, await createE2eUser('editor'), 'en');
  await page.goto('/en/admin/reports');
  const item = page.getByRole('listitem').filter({ hasText: correction });
  // The form starts from the centre's current value; the editor types the right one.
  const phone = item.getByLabel('Phone');
  await phone.fill('not a number');
  await item.getByRole('button', { name: 'Accept and save the correction' }).click();
  await expect(item.getByText('Check the corrected values.')).toBeVisible(SLOW);
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await phone.fill('+63 36 540 1111');
  await item.getByRole('button', { name: 'Accept and save the correction' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was saved' })).toBeVisible(SLOW);
  const [after] = await sql(e2eDatabaseUrl(), `SELECT version, phone FROM resource_centre WHERE slug = $1`, [SLUG]);
  expect(after).toEqual({ version: Number(before?.version) + 1, phone: '+63 36 540 1111' });
  await page.goto(`/en/resource-centres/${SLUG}`);
  await expect(page.getByTestId('centre-practical').locator('[data-action="call"]')).toHaveAttribute(
    'href',
    'tel:+63365401111',
  );
});
