import { describe, expect, it } from 'vitest';
import { matchRoute } from '@/lib/i18n/route-match';
import { routing } from '@/lib/i18n/routing';

describe('matchRoute: which page of the locale routing an address names', () => {
  it('reads the locale, the internal path name and the parameters of localised addresses', () => {
    expect(matchRoute('/fr')).toEqual({ locale: 'fr', pathname: '/', params: {} });
    expect(matchRoute('/es/')).toEqual({ locale: 'es', pathname: '/', params: {} });
    expect(matchRoute('/fr/projets/PX.0220')).toEqual({
      locale: 'fr',
      pathname: '/projects/[code]',
      params: { code: 'PX.0220' },
    });
    expect(matchRoute('/es/centros-de-recursos/la-union/reportar')).toEqual({
      locale: 'es',
      pathname: '/resource-centres/[slug]/report',
      params: { slug: 'la-union' },
    });
    expect(matchRoute('/en/admin/projects/PX.1/history')?.params).toEqual({ code: 'PX.1' });
  });

  it('names nothing for an unknown path, another language path name, or a parameter spanning segments', () => {
    expect(matchRoute('/fr/nope')).toBeNull();
    // The English path name under the French locale is not a French address.
    expect(matchRoute('/fr/projects')).toBeNull();
    expect(matchRoute('/en/projects/a/b')).toBeNull();
    expect(matchRoute('/de/projects')).toBeNull();
    expect(matchRoute('/en/page-not-found')).toBeNull();
  });

  it('knows every declared path name in every locale', () => {
    for (const locale of routing.locales) {
      for (const [pathname, entry] of Object.entries(routing.pathnames)) {
        const template = typeof entry === 'string' ? entry : entry[locale];
        const path = `/${locale}${template === '/' ? '' : template.replace(/\[[a-z]+\]/gi, 'x1')}`;
        expect(matchRoute(path)?.pathname, path).toBe(pathname);
      }
    }
  });

  it('answers a long hostile path (one segment per parameter)', () => {
    const path = `/en/projects/${'a'.repeat(50_000)}/${'b/'.repeat(10_000)}`;
    expect(matchRoute(path)).toBeNull();
  });
});
