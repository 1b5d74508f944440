import 'server-only';
import type { Geometry } from 'geojson';
import { geoArea, geoPath, type GeoProjection } from 'd3-geo';
import { findCountryFeatures, getCountryFeatures, getWorldOutline, type CountryFeature } from '@/lib/maps/atlas';
import { classFor, countClasses, NO_DATA_COLOUR, type CountClass } from '@/lib/maps/classes';
import { layoutMarkers, type MapPoint, type MarkerGroup } from '@/lib/maps/markers';
import { fitProjection, worldProjection, type Box } from '@/lib/maps/projection';

type Shape = { key: string; iso2: string | null; d: string };
type Dot = { iso2: string; x: number; y: number };

// Below this projected area (px²) a country is hard to see or click: it also gets a dot.
const TINY_AREA = 12;
// Countries smaller than this together (steradians, about 4,000 km²: Tonga, Micronesia) get a wider view for context.
const MICRO_STATES_AREA = 1e-4;
const round1 = (v: number) => Math.round(v * 10) / 10;

// Maps depend only on their inputs: keep the last few hundred, so a project page does not re-project the atlas.
const memo = new Map<string, unknown>();
function remember<T>(key: string, build: () => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  const value = build();
  const oldest = memo.keys().next();
  if (memo.size >= 300 && !oldest.done) memo.delete(oldest.value);
  memo.set(key, value);
  return value;
}

/** SVG path data of every feature in view (one decimal: plenty at screen size, and a small page). */
function shapesOf(features: CountryFeature[], projection: GeoProjection): Shape[] {
  const path = geoPath(projection).digits(1);
  const out: Shape[] = [];
  features.forEach((f, i) => {
    const d = path(f);
    if (d) out.push({ key: `${f.properties.iso2 ?? 'x'}-${i}`, iso2: f.properties.iso2, d });
  });
  return out;
}

/** A dot at the projected centre of each given country that is tiny (or absent) on the drawn map. */
function dotsFor(iso2: string[], projection: GeoProjection, drawnAreas: Map<string, number>): Dot[] {
  const path = geoPath(projection);
  return findCountryFeatures(iso2)
    .filter((f) => (drawnAreas.get(f.properties.iso2) ?? 0) < TINY_AREA)
    .map((f) => {
      const [x, y] = path.centroid(f);
      return { iso2: f.properties.iso2, x: round1(x), y: round1(y) };
    })
    .filter((d) => Number.isFinite(d.x) && Number.isFinite(d.y));
}

function areasOf(features: CountryFeature[], projection: GeoProjection): Map<string, number> {
  const path = geoPath(projection);
  const areas = new Map<string, number>();
  for (const f of features)
    if (f.properties.iso2) areas.set(f.properties.iso2, (areas.get(f.properties.iso2) ?? 0) + path.area(f));
  return areas;
}

export type ChoroplethData = {
  width: number;
  height: number;
  land: string;
  borders: string;
  shapes: (Shape & { fill: string; count: number })[];
  dots: (Dot & { fill: string; count: number })[];
  classes: CountClass[];
};

/**
 * World map (110m): the land in one grey shape, each country with a count filled by its class on top, the borders as
 * one line (drawn once, not twice per shared border); countries too small to see get a dot.
 */
export function buildChoropleth(counts: Record<string, number>, box: Box): ChoroplethData {
  const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  return remember(`c|${JSON.stringify([entries, box])}`, () => choropleth(counts, box));
}

function choropleth(counts: Record<string, number>, box: Box): ChoroplethData {
  const projection = worldProjection(box);
  const features = getCountryFeatures('110m');
  const classes = countClasses(Math.max(0, ...Object.values(counts)));
  const fillOf = (iso2: string | null) => classFor(iso2 ? (counts[iso2] ?? 0) : 0, classes)?.colour ?? NO_DATA_COLOUR;
  const withCount = Object.keys(counts).filter((k) => (counts[k] ?? 0) > 0);
  const coloured = features.filter((f) => f.properties.iso2 && withCount.includes(f.properties.iso2));
  const shapes = shapesOf(coloured, projection).map((s) => ({
    ...s,
    fill: fillOf(s.iso2),
    count: s.iso2 ? (counts[s.iso2] ?? 0) : 0,
  }));
  const path = geoPath(projection).digits(1);
  const outline = getWorldOutline();
  const dots = dotsFor(withCount, projection, areasOf(features, projection)).map((d) => ({
    ...d,
    fill: fillOf(d.iso2),
    count: counts[d.iso2] ?? 0,
  }));
  return {
    width: box.width,
    height: box.height,
    land: path(outline.land) ?? '',
    borders: path(outline.borders) ?? '',
    shapes,
    dots,
    classes,
  };
}

export type CountriesMapData = {
  width: number;
  height: number;
  shapes: (Shape & { highlighted: boolean })[];
  dots: Dot[];
  found: string[];
};

/** Map (50m) zoomed to the given countries, which are highlighted; tiny ones also get a dot. */
export function buildCountriesMap(iso2: string[], box: Box): CountriesMapData {
  return remember(`k|${JSON.stringify([[...iso2].sort(), box])}`, () => countriesMap(iso2, box));
}

function countriesMap(iso2: string[], box: Box): CountriesMapData {
  const selected = findCountryFeatures(iso2);
  const { projection, world } = fitProjection(
    selected.map((f) => f.geometry as Geometry),
    box,
    selected.reduce((a, f) => a + geoArea(f), 0) < MICRO_STATES_AREA ? 30 : 14,
  );
  const set = new Set(iso2);
  const shapes = shapesOf(getCountryFeatures(world ? '110m' : '50m'), projection).map((s) => ({
    ...s,
    highlighted: s.iso2 !== null && set.has(s.iso2),
  }));
  const found = [...new Set(selected.map((f) => f.properties.iso2))];
  return {
    width: box.width,
    height: box.height,
    shapes,
    dots: dotsFor(found, projection, areasOf(selected, projection)),
    found,
  };
}

export type MarkerMapData = { width: number; height: number; shapes: Shape[]; groups: MarkerGroup[] };

/** Map (50m) fitted to the points, with overlapping markers spread apart (see layoutMarkers). */
export function buildMarkerMap(points: MapPoint[], box: Box, minDistance = 16): MarkerMapData {
  return remember(`m|${JSON.stringify([points, box, minDistance])}`, () => markerMap(points, box, minDistance));
}

function markerMap(points: MapPoint[], box: Box, minDistance: number): MarkerMapData {
  const valid = points.filter(
    (p) => Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180,
  );
  const geometries: Geometry[] = valid.map((p) => ({ type: 'Point', coordinates: [p.lon, p.lat] }));
  const { projection, world } = fitProjection(
    geometries,
    { ...box, padding: Math.max(box.padding, minDistance * 2) },
    4,
  );
  const projected = valid.flatMap((p) => {
    const xy = projection([p.lon, p.lat]);
    return xy ? [{ ...p, x: xy[0], y: xy[1] }] : [];
  });
  return {
    width: box.width,
    height: box.height,
    shapes: shapesOf(getCountryFeatures(world ? '110m' : '50m'), projection),
    groups: layoutMarkers(projected, minDistance, box),
  };
}
