import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Issue 16, embeds: the embeddable pages may be framed by any site (CSP `frame-ancestors *`, no X-Frame-Options) and
// set no cookie; every other page still refuses framing. A donor's page is served by the test itself from another
// origin on this machine (a plain http server on another port: Chromium keeps a page it does not see served from the
// local network from framing local addresses).

test('embed pages are framable, cookie-free and without the site header; their figures are the list’s', async ({
  page,
  request,
}) => {
  for (const path of ['/en/embed/projects?region=asia-oceania', '/fr/integrer/projets/PX.0220']) {
    const res = await request.get(path, { headers: { accept: 'text/html' } });
    expect(res.status(), path).toBe(200);
    const headers = res.headers();
    expect(headers['content-security-policy']).toContain('frame-ancestors *');
    expect(headers['content-security-policy']).not.toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['set-cookie']).toBeUndefined();
  }
  await page.goto('/en/projects?region=asia-oceania');
  const summary = await page.getByTestId('result-summary').textContent();
  await page.goto('/en/embed/projects?region=asia-oceania');
  await expect(page.locator('header')).toHaveCount(0);
  const count = summary?.match(/^(\d+)/)?.[1];
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${count} IOM projects`);
  await expect(page.getByTestId('embed-total')).toContainText(summary?.split('·')[1]?.trim().split(' ').pop() ?? '');
  await expect(page.getByRole('link', { name: /IOM portal/ })).toHaveAttribute(
    'href',
    /\/en\/projects\?region=asia-oceania$/,
  );
  await expectNoAxeViolations(page);
  await page.goto('/fr/integrer/projets/PX.0220');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('link', { name: 'Ouvrir ce projet sur le portail de l’OIM' })).toHaveAttribute(
    'href',
    /\/fr\/projets\/PX\.0220$/,
  );
  await expectNoAxeViolations(page);
});

test('every other page refuses framing', async ({ request }) => {
  for (const path of ['/en', '/fr/projets', '/en/projects/PX.0220', '/es/centros-de-recursos', '/en/admin/login']) {
    const res = await request.get(path, { headers: { accept: 'text/html' } });
    expect(res.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(res.headers()['x-frame-options'], path).toBe('DENY');
  }
});

test('a donor’s site shows the embed in an iframe, and the browser refuses to frame the list itself', async ({
  page,
  baseURL,
}) => {
  const donor = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Donor</title><body>
      <iframe id="ok" title="IOM projects" src="${baseURL}/en/embed/projects/PX.0220"></iframe>
      <iframe id="refused" title="List" src="${baseURL}/en/projects"></iframe></body></html>`);
  });
  await new Promise<void>((resolve) => donor.listen(0, '127.0.0.1', resolve));
  const { port } = donor.address() as AddressInfo;
  try {
    await page.goto(`http://127.0.0.1:${port}/page`);
    await expect(page.frameLocator('#ok').getByRole('heading', { level: 1 })).toContainText('Pacific');
    // Chromium replaces a frame refused by `frame-ancestors` with its error page.
    await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
    expect(page.frames().some((f) => /\/en\/projects$/.test(f.url()))).toBe(false);
  } finally {
    donor.close();
  }
});

test('the project page and the list give the embed code and the view’s permanent link', async ({ page }) => {
  await page.goto('/en/projects/PX.0220');
  await expect(page.getByLabel('Code to paste into your page')).toHaveValue(
    /^<iframe src="http:\/\/[^"]+\/en\/embed\/projects\/PX\.0220" title="PX\.0220 · [^"]+" width="100%"/,
  );
  await page.goto('/fr/projets?status=completed');
  await expect(page.getByLabel('Lien vers cette vue')).toHaveValue(/\/fr\/projets\?status=completed$/);
  await expect(page.getByLabel('Code à coller dans votre page')).toHaveValue(
    /\/fr\/integrer\/projets\?status=completed"/,
  );
});
