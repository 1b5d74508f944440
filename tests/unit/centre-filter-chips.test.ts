import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { parseCentreFilters } from '@/lib/validation/centre-filters';

// Strings are their keys and arguments; a link shows where it goes.
vi.mock('next-intl/server', () => ({
  getLocale: () => Promise.resolve('en'),
  getTranslations: () =>
    Promise.resolve((key: string, values?: Record<string, unknown>) =>
      values ? `${key}${JSON.stringify(values)}` : key,
    ),
}));
vi.mock('@/lib/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: unknown; children: ReactNode }) =>
    createElement('a', { ...rest, href: JSON.stringify(href) }, children),
  getPathname: ({ href }: { href: unknown }) => JSON.stringify(href),
}));

const { centreFilterChips, CentreFilterChips } = await import('@/components/centres/centre-filter-chips');

const labels = { search: (q: string) => `q=${q}`, filter: (k: string, v: string) => `${k}=${v}` };
const facets = {
  countries: [{ code: 'PH', nameEn: 'Philippines', nameFr: 'Philippines', nameEs: 'Filipinas' }],
  services: [{ slug: 'hotline', nameEn: 'Hotline', nameFr: 'Ligne d’assistance', nameEs: 'Línea de ayuda' }],
  languages: [],
};

describe('centre filter chips', () => {
  it('makes one chip per active value, each removing only itself and going back to page 1', () => {
    const { filters } = parseCentreFilters({ q: 'Filipinas', country: ['PH', 'SV'], status: 'planned', page: '3' });
    const chips = centreFilterChips(filters, labels);
    expect(chips.map((c) => c.label)).toEqual(['q=Filipinas', 'country=PH', 'country=SV', 'status=planned']);
    expect(chips[0]?.query).toEqual({ country: ['PH', 'SV'], status: ['planned'] });
    expect(chips[1]?.query).toEqual({ q: 'Filipinas', country: ['SV'], status: ['planned'] });
    expect(chips[3]?.query).toEqual({ q: 'Filipinas', country: ['PH', 'SV'] });
  });

  it('makes none without filters, and then renders nothing', async () => {
    const { filters } = parseCentreFilters({ page: '2' });
    expect(centreFilterChips(filters, labels)).toEqual([]);
    const el = await CentreFilterChips({ locale: 'en', filters, facets });
    expect(renderToStaticMarkup(el as never)).toBe('');
  });

  it('renders named, removable links on the centre list, with names in the page language', async () => {
    const { filters } = parseCentreFilters({ country: 'PH', service: 'hotline' });
    const out = renderToStaticMarkup((await CentreFilterChips({ locale: 'es', filters, facets })) as never);
    expect(out).toContain('data-testid="filter-chips"');
    expect(out).toContain('Filipinas');
    expect(out).toContain('Línea de ayuda');
    expect(out).toContain('removeFilter');
    expect(out).toContain('&quot;pathname&quot;:&quot;/resource-centres&quot;');
    expect(out).toContain('clearAll');
  });
});
