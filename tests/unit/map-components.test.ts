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
