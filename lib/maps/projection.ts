import type { Geometry, MultiPoint } from 'geojson';
import { geoAzimuthalEqualArea, geoCentroid, geoDistance, geoEqualEarth, type GeoProjection } from 'd3-geo';

export type Box = { width: number; height: number; padding: number };

// Beyond this angular distance (radians) from the centre a regional view distorts too much: show the world.
const MAX_REGIONAL_RADIUS = 1.1;

/** An Equal Earth projection of the whole world fitted into the box. */
export function worldProjection(box: Box): GeoProjection {
  const { width, height, padding } = box;
  return geoEqualEarth().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    { type: 'Sphere' },
  );
}

/** Every vertex of the geometries, to measure how far they spread. */
function vertices(g: Geometry, out: [number, number][] = []): [number, number][] {
  switch (g.type) {
    case 'Point':
      out.push(g.coordinates as [number, number]);
      break;
    case 'MultiPoint':
    case 'LineString':
      g.coordinates.forEach((c) => out.push(c as [number, number]));
      break;
    case 'MultiLineString':
    case 'Polygon':
      g.coordinates.flat().forEach((c) => out.push(c as [number, number]));
      break;
    case 'MultiPolygon':
      g.coordinates.flat(2).forEach((c) => out.push(c as [number, number]));
      break;
    case 'GeometryCollection':
      g.geometries.forEach((x) => vertices(x, out));
      break;
  }
  return out;
}

/** A box of ±half degrees around a point, so a lone point or a small country keeps some surroundings. */
function spanAround([lon, lat]: [number, number], half: number): MultiPoint {
  const la = (v: number) => Math.max(-85, Math.min(85, v));
  return {
    type: 'MultiPoint',
    coordinates: [
      [lon - half, la(lat - half)],
      [lon + half, la(lat + half)],
      [lon - half, la(lat + half)],
      [lon + half, la(lat - half)],
    ],
  };
}

/**
 * A projection centred on the geometries and fitted into the box: azimuthal equal-area around their centroid (so a set
 * across the antimeridian, such as Fiji and Tonga, stays together), with at least `minSpanDeg` degrees shown; the
 * world map (`world: true`: draw it with the light 110m shapes) when they are spread over too much of the globe. Output
 * is clipped to the box to keep paths small.
 */
export function fitProjection(
  geometries: Geometry[],
  box: Box,
  minSpanDeg = 12,
): { projection: GeoProjection; world: boolean } {
  const all: Geometry = { type: 'GeometryCollection', geometries };
  const points = vertices(all);
  const world = { projection: worldProjection(box), world: true };
  if (points.length === 0) return world;
  const centre = geoCentroid(all);
  const spread = Math.max(...points.map((p) => geoDistance(centre, p)));
  if (!Number.isFinite(spread) || Number.isNaN(centre[0]) || spread > MAX_REGIONAL_RADIUS) return world;
  const { width, height, padding } = box;
  const target: Geometry = {
    type: 'GeometryCollection',
    geometries: [...geometries, spanAround(centre, minSpanDeg / 2)],
  };
  const projection = geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .clipAngle(90)
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      target,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  return { projection, world: false };
}
