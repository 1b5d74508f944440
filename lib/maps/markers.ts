/** The symbol of a marker: a shape and its colour, told apart by both (never by colour alone). */
export type MarkerSymbol = 'circle' | 'diamond' | 'triangle' | 'square';

/**
 * A point of a marker map; `lang`: the language of its label (a name may fall back to another language); `symbol`:
 * its shape (a circle when unset).
 */
export type MapPoint = {
  id: string;
  lat: number;
  lon: number;
  label: string;
  href: string;
  lang?: string;
  symbol?: MarkerSymbol;
};

// Fill colours, each at least 3:1 against the map's sea and land (WCAG 1.4.11).
export const SYMBOL_COLOURS: Record<MarkerSymbol, string> = {
  circle: '#0033a0',
  diamond: '#9a4a00',
  triangle: '#b91c1c',
  square: '#475569',
};

/** The SVG path of a marker symbol centred on (x, y), about 2r across (shapes of a similar visual weight). */
export function symbolPath(symbol: MarkerSymbol, x: number, y: number, r: number): string {
  const n = (v: number) => round1(v);
  switch (symbol) {
    case 'diamond':
      return `M${n(x)} ${n(y - r * 1.2)}L${n(x + r * 1.2)} ${n(y)}L${n(x)} ${n(y + r * 1.2)}L${n(x - r * 1.2)} ${n(y)}Z`;
    case 'triangle':
      return `M${n(x)} ${n(y - r * 1.3)}L${n(x + r * 1.2)} ${n(y + r * 0.9)}L${n(x - r * 1.2)} ${n(y + r * 0.9)}Z`;
    case 'square':
      return `M${n(x - r * 0.9)} ${n(y - r * 0.9)}h${n(r * 1.8)}v${n(r * 1.8)}h${n(-r * 1.8)}Z`;
    default:
      return `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
  }
}

// The narrowest screen a map is drawn on, in CSS pixels (a small phone, less the page's margins).
const NARROWEST_SCREEN = 320;

/** The radius, in map units, of an invisible tap area at least 44×44 CSS px when a map `width` wide fills a phone. */
export function tapRadius(width: number): number {
  return Math.ceil((22 * width) / NARROWEST_SCREEN);
}
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
