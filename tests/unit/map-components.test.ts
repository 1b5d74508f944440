import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

// The components read their strings with next-intl; here each string is its key and arguments.
vi.mock('next-intl/server', () => ({
  getTranslations: () =>
    Promise.resolve((key: string, values?: Record<string, unknown>) =>
      values ? `${key}${JSON.stringify(values)}` : key,
    ),
}));

const { ChoroplethMap } = await import('@/components/maps/choropleth-map');
const { CountriesMap } = await import('@/components/maps/countries-map');
const { MarkerMap } = await import('@/components/maps/marker-map');
const { SYMBOL_COLOURS, symbolPath, tapRadius } = await import('@/lib/maps/markers');

const html = async (el: Promise<unknown>) => renderToStaticMarkup((await el) as never);

describe('map components (server-rendered SVG)', () => {
  it('MarkerMap renders every point as a named SVG link, spreading close ones', async () => {
    const out = await html(
      MarkerMap({
        id: 'm',
        title: 'Centres',
        points: [
          { id: 'a', lat: 12.3686, lon: 123.6209, label: 'Masbate centre', href: '/en/resource-centres/masbate' },
          { id: 'b', lat: 12.369, lon: 123.621, label: 'Other Masbate centre', href: '/en/resource-centres/other' },
          { id: 'c', lat: 6.9631, lon: 158.2089, label: 'Pohnpei centre', href: '/en/resource-centres/pohnpei' },
        ],
      }),
    );
    expect(out).toMatch(/^<figure/);
    expect(out).toContain('aria-labelledby="m-title"');
    expect(out).toContain('<title id="m-title">Centres</title>');
    for (const [href, label] of [
      ['masbate', 'Masbate centre'],
      ['other', 'Other Masbate centre'],
      ['pohnpei', 'Pohnpei centre'],
    ] as const) {
      expect(out).toContain(`<a href="/en/resource-centres/${href}" aria-label="${label}" class="map-marker"`);
    }
    // The two Masbate centres overlap: both are moved apart, each with a leader line to its place.
    expect(out.match(/<line /g)).toHaveLength(2);
    expect(out).not.toContain('NaN');
  });

  it('MarkerMap tells statuses apart by shape and colour, labels close-ups, and has large tap areas', async () => {
    const points = [
      { id: 'a', lat: 12.37, lon: 123.62, label: 'Masbate', href: '/a', symbol: 'circle' as const },
      { id: 'b', lat: 8.5, lon: 125.9, label: 'Agusan', href: '/b', symbol: 'diamond' as const },
      { id: 'c', lat: 7.1, lon: 124.3, label: 'Maguindanao', href: '/c', symbol: 'square' as const },
      { id: 'd', lat: 10.9, lon: 122.0, label: 'Antique', href: '/d' },
    ];
    const legend = {
      title: 'Key',
      items: [
        { symbol: 'circle' as const, label: 'Open' },
        { symbol: 'diamond' as const, label: 'Planned' },
      ],
    };
    const out = await html(
      MarkerMap({ id: 'i', title: 'Inset', points, width: 480, height: 360, labels: true, legend }),
    );
    for (const [symbol, n] of [
      ['circle', 2],
      ['diamond', 1],
      ['square', 1],
    ] as const) {
      expect(out.match(new RegExp(`data-symbol="${symbol}"`, 'g'))).toHaveLength(n);
      expect(out).toContain(`fill="${SYMBOL_COLOURS[symbol]}"`);
    }
    // Every name is written on the map (hidden from assistive technology: the link is named already).
    for (const p of points) expect(out).toMatch(new RegExp(`class="map-marker-label" aria-hidden="true">${p.label}<`));
    // Every marker has a tap area at least 44 CSS px across on a 320 px wide phone.
    const hits = [...out.matchAll(/class="map-marker-hit"[^>]* r="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(hits).toHaveLength(4);
    // …drawn under every visible marker, out of the tab order (the named marker links are the ones to tab to).
    expect(out.lastIndexOf('class="map-marker-hit"')).toBeLessThan(out.indexOf('class="map-marker"'));
    expect(out.match(/<a href="[^"]*" tabindex="-1" class="map-marker-hit-link">/g)).toHaveLength(4);
    for (const r of hits) expect((2 * r * 320) / 480).toBeGreaterThanOrEqual(44);
    expect(out).toContain('data-testid="map-legend"');
    expect(out).toContain('Key');
    expect(out).toContain('Planned');
    // Without labels and legend (the default): neither.
    const plain = await html(MarkerMap({ id: 'p', title: 'All', points }));
    expect(plain).not.toContain('map-marker-label');
    expect(plain).not.toContain('map-legend');
  });

  it('marker symbols are distinct shapes and colours, and tap areas grow with the map width', () => {
    const symbols = ['circle', 'diamond', 'triangle', 'square'] as const;
    expect(new Set(symbols.map((s) => symbolPath(s, 10, 10, 6))).size).toBe(4);
    expect(new Set(symbols.map((s) => SYMBOL_COLOURS[s])).size).toBe(4);
    for (const s of symbols) expect(symbolPath(s, 10, 10, 6)).toMatch(/^M[\d. -]+[aLh].*Z$/);
    expect(tapRadius(320)).toBe(22);
    expect(tapRadius(720)).toBeGreaterThanOrEqual(49.5);
  });

  it('MarkerMap renders nothing without points', async () => {
    expect(await MarkerMap({ id: 'm', title: 'x', points: [] })).toBeNull();
  });

  it('CountriesMap highlights the countries in a titled, described image', async () => {
    const out = await html(
      CountriesMap({
        id: 'k',
        title: 'Beneficiaries',
        countries: [
          { code: 'FJ', name: 'Fiji' },
          { code: 'TO', name: 'Tonga' },
        ],
      }),
    );
    expect(out).toContain('role="img" aria-labelledby="k-title k-desc"');
    expect(out).toContain('<desc id="k-desc">highlighted{&quot;countries&quot;:&quot;Fiji, Tonga&quot;}</desc>');
    expect(out).toMatch(/data-iso2="FJ" data-highlighted="true"/);
    expect(await CountriesMap({ id: 'k', title: 'x', countries: [] })).toBeNull();
  });

  it('ChoroplethMap has a legend and the figures as a table', async () => {
    const out = await html(
      ChoroplethMap({
        id: 'c',
        title: 'Projects',
        countLabel: 'Projects',
        counts: { MX: 4, FJ: 1 },
        names: { MX: 'Mexico', FJ: 'Fiji' },
      }),
    );
    expect(out).toContain('<ul aria-labelledby="c-legend"');
    expect(out).toContain('<td class="pr-6">Mexico</td><td class="text-right">4</td>');
    expect(out.indexOf('Mexico')).toBeLessThan(out.indexOf('>Fiji<'));
    expect(out).toMatch(/<path d="[^"]+" fill="#[0-9a-f]{6}" data-iso2="MX">/);
  });
});
