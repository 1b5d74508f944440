import { expect, test, type APIResponse } from '@playwright/test';

// Issue 7: every response carries the security headers; pages get a fresh CSP nonce that their scripts use.
function expectCommonHeaders(res: APIResponse) {
  const h = res.headers();
  expect(h['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['x-powered-by']).toBeUndefined();
  expect(h['x-request-id']).toMatch(/^[A-Za-z0-9._:-]{8,}$/);
  const csp = h['content-security-policy'] ?? '';
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
    expect(csp).toContain(directive);
  const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc).not.toContain('unsafe-inline');
  return csp;
}

const nonceOf = (csp: string) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];

test('a public page, an admin page and API responses carry every security header', async ({ request }) => {
  const first = await request.get('/en/projects');
  expect(first.status()).toBe(200);
  const csp = expectCommonHeaders(first);
  const nonce = nonceOf(csp);
  expect(nonce).toBeTruthy();
  // The nonce is on the page's scripts and is new on every response.
  expect(await first.text()).toContain(`nonce="${String(nonce)}"`);
  expect(nonceOf(expectCommonHeaders(await request.get('/en/projects')))).not.toBe(nonce);

  const admin = await request.get('/fr/admin/connexion');
  expect(admin.status()).toBe(200);
  expect(nonceOf(expectCommonHeaders(admin))).toBeTruthy();
  expect(admin.headers()['cache-control']).toContain('no-store');

  for (const path of ['/api/v1/projects', '/api/v1/projects/NOPE.404', '/sitemap.xml']) {
    const res = await request.get(path);
    expect(res.status()).toBeLessThan(500);
    expect(expectCommonHeaders(res)).toContain("default-src 'none'");
  }
});

test('pages run their scripts under the policy without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  for (const path of ['/en/projects', '/fr/centres-de-ressources', '/en/admin/login']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});

test('an upstream request id is kept only when it is a plain token', async ({ request }) => {
  const kept = await request.get('/en', { headers: { 'x-request-id': 'lb-1234abcd' } });
  expect(kept.headers()['x-request-id']).toBe('lb-1234abcd');
  const replaced = await request.get('/en', { headers: { 'x-request-id': 'bad id\twith spaces' } });
  expect(replaced.headers()['x-request-id']).not.toContain(' ');
});
