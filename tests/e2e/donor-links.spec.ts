import { expect, test } from '@playwright/test';

// Issue 16: every filtered view is also a dashboard, a feed and a link to keep. The list leads to the dashboard of the
// same view; both advertise the view's Atom feed (a <link rel="alternate"> and a visible "Follow this view"); the
// dashboard's chips keep the visitor on the dashboard; the centre list has its feed too.
test('the list and its dashboard link each other, advertise the same feed and give the view’s link', async ({
  page,
  request,
}) => {
  await page.goto('/en/projects?region=asia-oceania&status=active');
  const feed = '/api/v1/projects/feed.atom?region=asia-oceania&status=active&lang=en';
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    new RegExp(`${feed.replace(/[.?]/g, '\\$&')}$`),
  );
  await expect(page.getByTestId('follow-view')).toHaveAttribute('href', feed);
  const atom = await request.get(feed);
  expect(atom.status()).toBe(200);
  expect(atom.headers()['content-type']).toContain('application/atom+xml');

  // The spreadsheet and the semicolon CSV of the same view.
  const xlsx = await request.get(
    (await page.getByTestId('export-links').locator('[data-format="xlsx"]').getAttribute('href'))!,
  );
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  const semicolon = await request.get(
    (await page.getByTestId('export-links').locator('[data-format="csv-semicolon"]').getAttribute('href'))!,
  );
  expect((await semicolon.text()).split('\n')[0]).toContain(';');

  await page.getByTestId('dashboard-link').click();
  await expect(page).toHaveURL(/\/en\/projects\/dashboard\?region=asia-oceania&status=active$/);
  await expect(page.getByTestId('follow-view')).toHaveAttribute('href', feed);
  await expect(page.getByLabel('Link to this view')).toHaveValue(
    /\/en\/projects\/dashboard\?region=asia-oceania&status=active$/,
  );
  await expect(page.getByLabel('Code to paste into your page')).toHaveValue(
    // The code is HTML: `&` in an attribute is written `&amp;`.
    /src="http:\/\/[^"]+\/en\/embed\/projects\?region=asia-oceania&amp;status=active"/,
  );
  // Removing a filter from the dashboard stays on the dashboard.
  await page.getByRole('link', { name: /^Remove filter: .*Active/ }).click();
  await expect(page).toHaveURL(/\/en\/projects\/dashboard\?region=asia-oceania$/);

  await page.goto('/fr/centres-de-ressources?country=PH');
  await expect(page.getByTestId('follow-view')).toHaveAttribute(
    'href',
    '/api/v1/resource-centres/feed.atom?country=PH&lang=fr',
  );
});
