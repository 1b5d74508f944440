import 'server-only';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world110 from 'world-atlas/countries-110m.json';
import land110 from 'world-atlas/land-110m.json';
import world50 from 'world-atlas/countries-50m.json';
import { numericToIso2 } from '@/lib/maps/iso';

export type CountryFeature = Feature<Polygon | MultiPolygon, { iso2: string | null; name: string }>;
export type AtlasResolution = '110m' | '50m';

const topologies: Record<AtlasResolution, unknown> = { '110m': world110, '50m': world50 };
const cache = new Map<AtlasResolution, CountryFeature[]>();

/**
 * Country shapes of Natural Earth (bundled world-atlas), tagged with their ISO alpha-2 code; parsed once per process.
 */
export function getCountryFeatures(resolution: AtlasResolution): CountryFeature[] {
  const hit = cache.get(resolution);
  if (hit) return hit;
  const topo = topologies[resolution] as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  // The bundled data gives every shape a name; the type does not promise it.
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name?: string } | null
  >;
  const features: CountryFeature[] = fc.features.map((f) => ({
    type: 'Feature',
    id: f.id,
    geometry: f.geometry,
    properties: { iso2: numericToIso2(f.id), name: f.properties?.name ?? '' },
  }));
  cache.set(resolution, features);
  return features;
}

/** A country shape known by its ISO alpha-2 code. */
type NamedCountryFeature = Feature<Polygon | MultiPolygon, { iso2: string; name: string }>;

/** The 50m shape of each of the given countries (small island states are missing from 110m). */
export function findCountryFeatures(iso2: readonly string[]): NamedCountryFeature[] {
  const wanted = new Set(iso2);
  return getCountryFeatures('50m').filter(
    (f): f is NamedCountryFeature => f.properties.iso2 !== null && wanted.has(f.properties.iso2),
  );
}

let worldOutline: { land: Geometry; borders: Geometry } | undefined;

/** The 110m land as one shape and the borders between countries as one line: a light base for world maps. */
export function getWorldOutline(): { land: Geometry; borders: Geometry } {
  if (worldOutline) return worldOutline;
  const countries = world110 as unknown as Topology<{ countries: GeometryCollection }>;
  const land = land110 as unknown as Topology<{ land: GeometryCollection }>;
  worldOutline = {
    land: { type: 'GeometryCollection', geometries: feature(land, land.objects.land).features.map((f) => f.geometry) },
    borders: mesh(countries, countries.objects.countries, (a, b) => a !== b),
  };
  return worldOutline;
}
