import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getCountryFeatures, findCountryFeatures } from '@/lib/maps/atlas';
import { classFor, countClasses } from '@/lib/maps/classes';
import { normaliseIso2List, numericToIso2 } from '@/lib/maps/iso';
import { layoutMarkers } from '@/lib/maps/markers';
import { buildChoropleth, buildCountriesMap, buildMarkerMap } from '@/lib/maps/render';

const box = { width: 400, height: 300, padding: 10 };
const inBox = (x: number, y: number) => x >= 0 && x <= box.width && y >= 0 && y <= box.height;

describe('ISO codes', () => {
  it('maps world-atlas numeric ids to alpha-2', () => {
    expect(numericToIso2('036')).toBe('AU');
    expect(numericToIso2(36)).toBe('AU');
    expect(numericToIso2('776')).toBe('TO');
    expect(numericToIso2(undefined)).toBeNull();
    expect(numericToIso2('-99')).toBeNull();
  });
  it('normalises lists of alpha-2 codes', () => {
    expect(normaliseIso2List([' fj', 'TO', 'to', 'xxx', ''])).toEqual(['FJ', 'TO']);
  });
  it('tags almost every atlas country with a code, small island states included at 50m', () => {
    const features = getCountryFeatures('50m');
    const tagged = features.filter((f) => f.properties.iso2);
    expect(tagged.length).toBeGreaterThan(230);
    expect(
      findCountryFeatures(['TO', 'FM', 'FJ'])
        .map((f) => f.properties.iso2)
        .sort(),
    ).toEqual(['FJ', 'FM', 'TO']);
    expect(getCountryFeatures('110m').some((f) => f.properties.iso2 === 'TO')).toBe(false);
  });
});

describe('count classes', () => {
  it('uses one class per value for small maxima and contiguous ranges otherwise', () => {
    expect(countClasses(0)).toEqual([]);
    expect(countClasses(3).map((c) => [c.min, c.max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(countClasses(10).map((c) => [c.min, c.max])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
  });
  it('covers 1..max without gaps, and every count finds its class', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (max) => {
        const classes = countClasses(max);
        expect(classes[0]!.min).toBe(1);
        expect(classes.at(-1)!.max).toBe(max);
        classes.forEach((c, i) => {
          expect(c.min).toBeLessThanOrEqual(c.max);
          if (i > 0) expect(c.min).toBe(classes[i - 1]!.max + 1);
        });
        expect(new Set(classes.map((c) => c.colour)).size).toBe(classes.length);
      }),
    );
    const classes = countClasses(10);
    expect(classFor(0, classes)).toBeNull();
    expect(classFor(4, classes)?.min).toBe(3);
  });
});

describe('marker layout', () => {
  const pt = (id: string, x: number, y: number) => ({ id, x, y, lat: 0, lon: 0, label: id, href: `/${id}` });
  it('leaves distant markers where they are', () => {
    const groups = layoutMarkers([pt('a', 10, 10), pt('b', 100, 100)], 16);
    expect(groups).toHaveLength(2);
    expect(groups.flatMap((g) => g.members).every((m) => !m.displaced)).toBe(true);
  });
  it('spreads markers at the same place so that any two are at least minDistance apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), (n) => {
        const groups = layoutMarkers(
          Array.from({ length: n }, (_, i) => pt(`p${i}`, 200, 150)),
          16,
        );
        expect(groups).toHaveLength(1);
        const ms = groups[0]!.members;
        expect(ms).toHaveLength(n);
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++) {
            expect(Math.hypot(ms[i]!.x - ms[j]!.x, ms[i]!.y - ms[j]!.y)).toBeGreaterThanOrEqual(15.8);
          }
        expect(ms.every((m) => m.displaced && m.anchorX === 200 && m.anchorY === 150)).toBe(true);
      }),
    );
  });
});

describe('maps', () => {
  it('zooms a countries map across the antimeridian and highlights the countries (Fiji, Tonga, Vanuatu)', () => {
    const map = buildCountriesMap(['FJ', 'TO', 'VU'], box);
    expect(map.found.sort()).toEqual(['FJ', 'TO', 'VU']);
    const highlighted = map.shapes.filter((s) => s.highlighted).map((s) => s.iso2);
    expect(new Set(highlighted)).toEqual(new Set(['FJ', 'TO', 'VU']));
    // Zoomed in: far-away countries are clipped away entirely.
    expect(map.shapes.some((s) => s.iso2 === 'FR' || s.iso2 === 'BR')).toBe(false);
    expect(JSON.stringify(map).length).toBeLessThan(60_000);
    // Next to Australia, Tonga is tiny: it gets a visible dot inside the map; Australia does not.
    const wide = buildCountriesMap(['AU', 'TO'], box);
    const tonga = wide.dots.find((d) => d.iso2 === 'TO');
    expect(tonga && inBox(tonga.x, tonga.y)).toBe(true);
    expect(wide.dots.map((d) => d.iso2)).toEqual(['TO']);
  });
  it('keeps coordinates to one decimal', () => {
    const { shapes } = buildCountriesMap(['BZ', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI'], box);
    expect(shapes.filter((s) => s.highlighted)).toHaveLength(8);
    expect(shapes.every((s) => !/\d\.\d{2}/.test(s.d))).toBe(true);
  });
  it('shades the world map by count, with a dot for countries too small to see', () => {
    const map = buildChoropleth({ FJ: 1, TO: 1, MX: 3, FM: 2 }, { width: 960, height: 470, padding: 4 });
    expect(map.classes.map((c) => c.max)).toEqual([1, 2, 3]);
    const mx = map.shapes.find((s) => s.iso2 === 'MX')!;
    expect(mx.fill).toBe(map.classes[2]!.colour);
    // Countries without any count are part of the grey land, not shapes of their own.
    expect(map.shapes.some((s) => s.iso2 === 'FR')).toBe(false);
    expect(map.land.length).toBeGreaterThan(1000);
    expect(map.borders.length).toBeGreaterThan(1000);
    expect(JSON.stringify(map).length).toBeLessThan(110_000);
    expect(map.dots.map((d) => d.iso2).sort()).toEqual(expect.arrayContaining(['FM', 'TO']));
    expect(map.dots.some((d) => d.iso2 === 'MX')).toBe(false);
  });
  it('fits a marker map to the points and keeps every marker inside it', () => {
    const points = [
      { id: 'a', lat: 6.96, lon: 158.21, label: 'Pohnpei', href: '/a' },
      { id: 'b', lat: 12.37, lon: 123.62, label: 'Masbate', href: '/b' },
      { id: 'c', lat: 12.371, lon: 123.621, label: 'Masbate 2', href: '/c' },
      { id: 'd', lat: 13.33, lon: -87.84, label: 'La Unión', href: '/d' },
      { id: 'bad', lat: Number.NaN, lon: 10, label: 'x', href: '/x' },
    ];
    const map = buildMarkerMap(points, box);
    const members = map.groups.flatMap((g) => g.members);
    expect(members.map((m) => m.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(members.every((m) => inBox(m.x, m.y))).toBe(true);
    const [b, c] = ['b', 'c'].map((id) => members.find((m) => m.id === id)!);
    expect(Math.hypot(b!.x - c!.x, b!.y - c!.y)).toBeGreaterThanOrEqual(15.8);
    // A single point still shows its surroundings: not a zoom onto one pixel.
    const one = buildMarkerMap([points[0]!], box);
    expect(one.shapes.length).toBeGreaterThan(0);
  });
  it('falls back to a light world map when the places span the globe', () => {
    const map = buildCountriesMap(['FJ', 'BR', 'NO'], box);
    expect(map.shapes.some((s) => s.iso2 === 'AU')).toBe(true);
    expect(JSON.stringify(map).length).toBeLessThan(150_000);
    const markers = buildMarkerMap(
      [
        { id: 'a', lat: 60, lon: 10, label: 'a', href: '/a' },
        { id: 'b', lat: -20, lon: 178, label: 'b', href: '/b' },
      ],
      box,
    );
    expect(JSON.stringify(markers).length).toBeLessThan(150_000);
    expect(markers.groups.flatMap((g) => g.members).every((m) => inBox(m.x, m.y))).toBe(true);
  });
  it('has sane atlas geometry (positive areas)', () => {
    expect(getCountryFeatures('110m').every((f) => geoArea(f) > 0)).toBe(true);
  });
});
