import { renderToReadableStream } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { CentreListItem } from '@/lib/data/centres';

// Strings are their keys and arguments; a centre's page is its slug.
vi.mock('next-intl/server', () => ({
  getTranslations: () =>
    Promise.resolve((key: string, values?: Record<string, unknown>) =>
      values ? `${key}${JSON.stringify(values)}` : key,
    ),
}));
vi.mock('@/lib/i18n/navigation', () => ({
  getPathname: ({ href }: { href: { params: { slug: string } } }) => `/c/${href.params.slug}`,
}));

const { CentresMap, centrePoints, STATUS_SYMBOLS } = await import('@/components/centres/centre-map');

const country = (code: string) => ({ code, nameEn: code, nameFr: code, nameEs: code });
const centre = (slug: string, status: CentreListItem['status'], code: string, lat: number, lon: number) =>
  ({
    slug,
    name: { en: `Centre ${slug}`, fr: null, es: null },
    kind: 'resource_centre',
    status,
    locality: null,
    adminArea: null,
    country: country(code),
    latitude: lat,
    longitude: lon,
    services: [],
    streetAddress: null,
    phone: null,
    email: null,
    hours: null,
    timeZone: null,
    notice: { en: null, fr: null, es: null },
    noticeFrom: null,
    noticeUntil: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
  }) as CentreListItem;

const centres = [
  centre('a', 'operational', 'PH', 12.37, 123.62),
  centre('b', 'planned', 'PH', 8.5, 125.9),
  centre('c', 'closed', 'PH', 7.1, 124.3),
  centre('d', 'operational', 'FM', 6.96, 158.2),
];

describe('the centres map', () => {
  it('gives each status its own symbol', () => {
    expect(new Set(Object.values(STATUS_SYMBOLS)).size).toBe(4);
    expect(centrePoints(centres, 'en').map((p) => [p.id, p.symbol, p.href])).toEqual([
      ['a', 'circle', '/c/a'],
      ['b', 'diamond', '/c/b'],
      ['c', 'square', '/c/c'],
      ['d', 'circle', '/c/d'],
    ]);
  });

  it('has a legend of the statuses shown, open first, and names on the country inset only', async () => {
    // A streamed render waits for the nested (async) maps.
    const stream = await renderToReadableStream((await CentresMap({ centres, locale: 'en' })) as never);
    await stream.allReady;
    const out = await new Response(stream).text();
    const legend = out.slice(out.indexOf('data-testid="map-legend"'));
    expect(legend.indexOf('operational')).toBeLessThan(legend.indexOf('planned'));
    expect(legend).toContain('closed');
    expect(legend).not.toContain('temporarily_closed');
    const inset = out.slice(out.indexOf('data-testid="map-inset-PH"'));
    expect(inset.match(/class="map-marker-label"/g)).toHaveLength(3);
    expect(out.slice(0, out.indexOf('data-testid="map-inset-PH"'))).not.toContain('map-marker-label');
  });
});
