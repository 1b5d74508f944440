/** A point of a marker map; `lang`: the language of its label (a name may fall back to another language). */
export type MapPoint = { id: string; lat: number; lon: number; label: string; href: string; lang?: string };
type PlacedMarker = MapPoint & { x: number; y: number; anchorX: number; anchorY: number; displaced: boolean };
export type MarkerGroup = { x: number; y: number; members: PlacedMarker[] };

type Projected = MapPoint & { x: number; y: number };

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Groups markers that would overlap (closer than `minDistance` px) and spreads each group's members on a ring around
 * the group's centre, with their true position kept as an anchor for a leader line; so every marker stays a separate,
 * clickable link. Deterministic: points are taken in id order.
 */
export function layoutMarkers(
  points: Projected[],
  minDistance: number,
  bounds?: { width: number; height: number },
): MarkerGroup[] {
  const groups: { x: number; y: number; members: Projected[] }[] = [];
  for (const p of [...points].sort((a, b) => a.id.localeCompare(b.id))) {
    const g = groups.find((gr) => Math.hypot(gr.x - p.x, gr.y - p.y) < minDistance);
    if (!g) {
      groups.push({ x: p.x, y: p.y, members: [p] });
      continue;
    }
    g.members.push(p);
    g.x = g.members.reduce((s, m) => s + m.x, 0) / g.members.length;
    g.y = g.members.reduce((s, m) => s + m.y, 0) / g.members.length;
  }
  const clamp = (v: number, max?: number) =>
    max === undefined ? v : Math.max(minDistance / 2, Math.min(max - minDistance / 2, v));
  return groups.map((g) => {
    const n = g.members.length;
    const [m] = g.members;
    if (n === 1 && m) {
      return {
        x: round1(m.x),
        y: round1(m.y),
        members: [
          { ...m, x: round1(m.x), y: round1(m.y), anchorX: round1(m.x), anchorY: round1(m.y), displaced: false },
        ],
      };
    }
    // Neighbours on the ring are at least minDistance apart (chord 2r·sin(π/n)).
    const radius = Math.max(minDistance, minDistance / (2 * Math.sin(Math.PI / n)));
    const cx = clamp(g.x, bounds?.width);
    const cy = clamp(g.y, bounds?.height);
    const members = g.members.map((m, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
      return {
        ...m,
        x: round1(cx + radius * Math.cos(angle)),
        y: round1(cy + radius * Math.sin(angle)),
        anchorX: round1(m.x),
        anchorY: round1(m.y),
        displaced: true,
      };
    });
    return { x: round1(cx), y: round1(cy), members };
  });
}
