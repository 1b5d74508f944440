import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { malformedPathResponse } from '@/lib/i18n/malformed-path';
import { routing } from '@/lib/i18n/routing';

const check = (path: string) => malformedPathResponse(new NextRequest(`http://localhost${path}`));

describe('malformed percent-encoding in a path', () => {
  it('leaves decodable paths alone', () => {
    for (const path of [
      '/',
      '/en/projects',
      '/fr/projets/PX.0220',
      '/en/a%20b',
      '/api/v1/projects/PX.0220',
      '/fr/caf%C3%A9',
    ]) {
      expect(check(path), path).toBeNull();
    }
  });

  it('answer page paths with a 404 page in the language of their locale', async () => {
    for (const [path, lang, title] of [
      ['/en/zzz%E0%A4%A', 'en', 'Page not found'],
      ['/fr/projets/%ZZ', 'fr', 'Page introuvable'],
      ['/%E0%A4%A', routing.defaultLocale, 'Page introuvable'],
    ] as const) {
      const res = check(path)!;
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await res.text();
      expect(html, path).toContain(`<html lang="${lang}">`);
      expect(html, path).toContain(`<h1>${title}</h1>`);
    }
  });

  it('answers an encoded % in a page path (which Next.js cannot route after the locale rewrite) with a 404 page', async () => {
    for (const path of ['/en/%25', '/en/projects/%25', '/fr/projets/%2541', '/fr/centres-de-ressources/a%25b']) {
      const res = check(path)!;
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain('<html lang=');
    }
  });

  it('gives its pages a Content-Security-Policy without scripts', () => {
    const csp = check('/en/%25')!.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
  });

  it('answers a JSON 404 under /api', async () => {
    const res = check('/api/v1/resource-centres/%E0%A4%A')!;
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});
