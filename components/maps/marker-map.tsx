import { getTranslations } from 'next-intl/server';
import { SYMBOL_COLOURS, symbolPath, tapRadius, type MapPoint, type MarkerSymbol } from '@/lib/maps/markers';
import { buildMarkerMap } from '@/lib/maps/render';

export type { MapPoint, MarkerSymbol } from '@/lib/maps/markers';

/** A legend of the symbols a map uses: a title and each symbol's meaning. */
export type MarkerLegend = { title: string; items: { symbol: MarkerSymbol; label: string }[] };

type Props = {
  id: string;
  /** Points to show; each one is a link (href already localised by the caller) named by its label. */
  points: MapPoint[];
  title: string;
  width?: number;
  height?: number;
  /** Write each marker's name beside it (for close-ups with few markers). */
  labels?: boolean;
  legend?: MarkerLegend;
};

const RADIUS = 6;

/**
 * Map (server-rendered SVG, no client JS) fitted to the points, each a keyboard-focusable link. Markers that would
 * overlap are spread on a ring with a leader line to their true place, so each stays distinguishable.
 */
export async function MarkerMap({ id, points, title, width = 720, height = 420, labels = false, legend }: Props) {
  if (points.length === 0) return null;
  const t = await getTranslations('maps');
  const map = buildMarkerMap(points, { width, height, padding: 16 });
  const hit = tapRadius(map.width);
  // Label text about 12 CSS px on a phone, with a halo so it reads over land and sea.
  const fontSize = Math.round((12 * map.width) / 360);
  return (
    <figure className="map-figure" data-testid="marker-map">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="group"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="h-auto w-full rounded border border-slate-200 bg-sky-50"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{t('markerDesc', { count: points.length })}</desc>
        <g stroke="#ffffff" strokeWidth={0.5} fill="#e2e8f0" aria-hidden="true">
          {map.shapes.map((s) => (
            <path key={s.key} d={s.d} />
          ))}
        </g>
        {/* Invisible tap areas of at least 44×44 CSS px on a phone, under every marker (so a marker drawn next to
            another is never covered by its neighbour's area); duplicates of the marker links, out of the tab order. */}
        <g aria-hidden="true">
          {map.groups.flatMap((g) =>
            g.members.map((m) => (
              <a key={m.id} href={m.href} tabIndex={-1} className="map-marker-hit-link">
                <circle className="map-marker-hit" cx={m.x} cy={m.y} r={hit} fill="transparent" />
              </a>
            )),
          )}
        </g>
        {map.groups.map((g) => (
          <g key={`${g.x},${g.y}`}>
            {g.members.length > 1 && <circle cx={g.x} cy={g.y} r={3} fill="#1e293b" aria-hidden="true" />}
            {g.members.map((m) => (
              <a
                key={m.id}
                href={m.href}
                aria-label={m.label}
                lang={m.lang}
                className="map-marker"
                data-marker-id={m.id}
              >
                <title>{m.label}</title>
                {m.displaced && (
                  <line x1={m.anchorX} y1={m.anchorY} x2={m.x} y2={m.y} stroke="#1e293b" strokeWidth={1} />
                )}
                <path
                  className="map-marker-symbol"
                  d={symbolPath(m.symbol ?? 'circle', m.x, m.y, RADIUS)}
                  fill={SYMBOL_COLOURS[m.symbol ?? 'circle']}
                  stroke="#ffffff"
                  strokeWidth={1.5}
                  data-symbol={m.symbol ?? 'circle'}
                />
                {labels && (
                  <text
                    x={m.x < g.x ? m.x - RADIUS - 4 : m.x + RADIUS + 4}
                    y={m.y}
                    textAnchor={m.x < g.x ? 'end' : 'start'}
                    dominantBaseline="middle"
                    fontSize={fontSize}
                    className="map-marker-label"
                    aria-hidden="true"
                  >
                    {m.label}
                  </text>
                )}
              </a>
            ))}
          </g>
        ))}
      </svg>
      {legend && (
        <figcaption className="mt-2 text-sm" data-testid="map-legend">
          <span className="font-semibold">{legend.title}</span>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {legend.items.map((item) => (
              <li key={item.symbol} className="inline-flex items-center gap-1">
                <svg viewBox="0 0 20 20" width={16} height={16} aria-hidden="true">
                  <path d={symbolPath(item.symbol, 10, 10, 7)} fill={SYMBOL_COLOURS[item.symbol]} />
                </svg>
                {item.label}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}
