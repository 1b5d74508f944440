import { expect, test } from '@playwright/test';

// The open-data API through the real server (routing, proxy, headers), both locales for the malformed-path page.
test.describe('open data API over HTTP', () => {
  test('serves the OpenAPI document and answers conditional and cross-origin requests', async ({ request }) => {
    const doc = await request.get('/api/v1/openapi.json');
    expect(doc.status()).toBe(200);
    expect((await doc.json()).openapi).toBe('3.1.0');
    const list = await request.get('/api/v1/projects?sort=budget', { headers: { Origin: 'https://example.org' } });
    expect(list.headers()['access-control-allow-origin']).toBe('*');
    expect(list.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
    const etag = list.headers()['etag']!;
    expect(etag).toMatch(/^"/);
    const again = await request.get('/api/v1/projects?sort=budget', { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
    const preflight = await request.fetch('/api/v1/regions', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://example.org',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()['access-control-allow-origin']).toBe('*');
  });

  test('answers unknown paths and malformed segments with JSON errors, never HTML', async ({ request }) => {
    for (const path of [
      '/api/v1',
      '/api/v1/nothing',
      '/api/v1/projects/PX.0220/more',
      '/api/v1/resource-centres/%E0%A4%A',
      '/api/v1/projects/%E0%A4%A',
    ]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect(res.headers()['content-type'], path).toMatch(/^application\/json/);
      expect((await res.json()).error.code, path).toBe('not_found');
    }
    for (const path of ['/api/v1/projects', '/api/v1/regions']) {
      const post = await request.post(path, { data: {} });
      expect([post.status(), post.headers()['allow'], (await post.json()).error.code], path).toEqual([
        405,
        'GET, HEAD, OPTIONS',
        'method_not_allowed',
      ]);
    }
    const nul = await request.get('/api/v1/projects?q=%00');
    expect(nul.status()).toBe(200);
  });

  for (const locale of ['en', 'fr'] as const) {
    test(`a page path with broken percent-encoding gets the ${locale} 404 page, not a 500`, async ({ page }) => {
      const res = await page.goto(`/${locale}/zzz%E0%A4%A`);
      expect(res?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});
