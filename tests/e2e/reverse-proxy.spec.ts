import http from 'node:http';
import { expect, test } from '@playwright/test';
import { startProductionServer, type ProductionServer } from '../../scripts/support/production-server';

// The deployment of docs/operations.md §4: `next start -H 127.0.0.1` behind nginx, which sends its own Host and
// X-Forwarded-* headers (the `proxy_set_header` lines of the documented configuration, mirrored in `viaNginx`).
const PORT = 3160;
const PUBLIC = 'https://portal.example.org';
let server: ProductionServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startProductionServer({
    port: PORT,
    dbPrefix: 'iom_proxy',
    quiet: true,
    env: { SITE_URL: PUBLIC, TRUSTED_PROXIES: 'loopback' },
  });
});

test.afterAll(async () => {
  await server.stop();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

// A raw request (fetch cannot set Host), with what nginx adds: `proxy_set_header Host $host`,
// `X-Forwarded-For $proxy_add_x_forwarded_for` (the client's own value, then the address nginx saw),
// `X-Forwarded-Proto $scheme`, `X-Forwarded-Host $host`.
function viaNginx(path: string, extra: Record<string, string> = {}, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      Host: 'portal.example.org',
      'X-Forwarded-For': '198.51.100.7',
      'X-Forwarded-Proto': 'https',
      'X-Forwarded-Host': 'portal.example.org',
      Accept: 'text/html',
      ...extra,
    };
    if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
    const req = http.request({ host: '127.0.0.1', port: PORT, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout on ${path}`)));
    req.end(body);
  });
}

test('French and English pages answer through the reverse proxy, with the public origin in their links', async () => {
  test.setTimeout(90_000);
  const pages = [
    ['/fr/projets', 'FM.0283'],
    ['/fr/projets/PX.0220', 'PX.0220'],
    ['/fr/centres-de-ressources', 'La Unión'],
    ['/fr/regions', '<h1'],
    ['/en/projects', 'FM.0283'],
    ['/en/resource-centres', 'La Unión'],
  ] as const;
  for (const [path, text] of pages) {
    // Twice: the second answer may come from the page cache.
    for (const round of [1, 2]) {
      const res = await viaNginx(path);
      expect(res.status, `${path} (${round})`).toBe(200);
      expect(res.body, path).toContain(text);
    }
  }
  const list = await viaNginx('/fr/projets');
  expect(list.body).toContain(`<link rel="canonical" href="${PUBLIC}/fr/projets"/>`);
  expect(list.headers.link).toContain(`<${PUBLIC}/en/projects>; rel="alternate"; hreflang="en"`);
  // Whatever host a request names, the alternates name the public origin (SITE_URL).
  const foreign = await viaNginx('/en/projects', { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' });
  expect(foreign.headers.link).toContain(`<${PUBLIC}/fr/projets>`);
  expect(foreign.headers.link).not.toContain('evil.example');
  // The locale redirect stays on the address the visitor used.
  const root = await viaNginx('/', { 'Accept-Language': 'fr' });
  expect(root.status).toBe(307);
  expect(root.headers.location).toBe('/fr');
});

test('requests Next.js cannot route or must refuse get a 4xx page with a CSP, never a 500', async () => {
  for (const path of ['/en/%25', '/en/projects/%25', '/fr/projets/%25', '/fr/%E0%A4%A']) {
    const res = await viaNginx(path);
    expect(res.status, path).toBe(404);
    expect(res.headers['content-security-policy'], path).toContain("default-src 'none'");
    expect(res.body, path).toMatch(/<html lang="(en|fr)">/);
  }
  // A form post over the body limit, and one from another site.
  const big = await viaNginx(
    '/en/admin/login',
    { 'Content-Type': 'text/plain;charset=UTF-8', 'Next-Action': 'x' },
    'POST',
    'x'.repeat(1024 * 1024 + 10),
  );
  expect(big.status).toBe(413);
  expect(big.body).toContain('Too much data sent');
  const foreign = await viaNginx(
    '/fr/admin/connexion',
    {
      Origin: 'https://evil.example',
      'Content-Type': 'text/plain;charset=UTF-8',
      'Next-Action': 'x',
    },
    'POST',
    '[]',
  );
  expect(foreign.status).toBe(403);
  expect(foreign.body).toContain('Demande refusée');
  expect(foreign.headers['content-security-policy']).toContain("default-src 'none'");
});
