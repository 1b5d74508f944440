import { describe, expect, it } from 'vitest';
import { isMissingPublicPage } from '@/lib/data/public-pages';
import { formatShare, formatUsdCompact } from '@/lib/format';
import { matchRoute } from '@/lib/i18n/route-match';

describe('the project dashboard address', () => {
  // Its localised names and getPathname are checked with every other path name (locales.test.ts).
  it('is the dashboard rather than a project whose code would be DASHBOARD', async () => {
    const addresses = { fr: '/fr/projets/tableau-de-bord', en: '/en/projects/dashboard', es: '/es/proyectos/panel' };
    for (const [locale, path] of Object.entries(addresses)) {
      expect(matchRoute(path)).toEqual({ locale, pathname: '/projects/dashboard', params: {} });
      // The proxy answers it with the page, not with the 404 of an unknown project (no database is asked).
      expect(await isMissingPublicPage(path)).toBe(false);
    }
    expect(matchRoute('/en/projects/PX.0220')?.pathname).toBe('/projects/[code]');
  });
});

describe('chart figures', () => {
  it('writes short amounts with the currency named, in each language', () => {
    expect(formatUsdCompact('12345678.00', 'en')).toBe('US$12.3M');
    expect(formatUsdCompact('950000.00', 'en')).toBe('US$950K');
    expect(formatUsdCompact('0.00', 'en')).toBe('US$0');
    expect(formatUsdCompact('12345678.00', 'fr')).toMatch(/^12,3\sM\s\$US$/u);
    expect(formatUsdCompact('12345678.00', 'es')).toMatch(/^12,3\sM\sUS\$$/u);
  });

  it('writes shares as whole percentages, never a bare 0 for a small share', () => {
    expect(formatShare(0.613, 'en')).toBe('61%');
    expect(formatShare(0.613, 'fr')).toMatch(/^61\s%$/u);
    expect(formatShare(1, 'es')).toMatch(/^100\s%$/u);
    expect(formatShare(0.001, 'en')).toBe('<1%');
    expect(formatShare(0, 'en')).toBe('0%');
  });
});
