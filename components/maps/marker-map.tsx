import { getTranslations } from 'next-intl/server';
import type { MapPoint } from '@/lib/maps/markers';
import { buildMarkerMap } from '@/lib/maps/render';

export type { MapPoint } from '@/lib/maps/markers';

type Props = {
  id: string;
  /** Points to show; each one is a link (href already localised by the caller) named by its label. */
  points: MapPoint[];
  title: string;
  width?: number;
  height?: number;
};

const MARKER = '#0033a0';

/**
 * Map (server-rendered SVG, no client JS) fitted to the points, each a keyboard-focusable link. Markers that would
 * overlap are spread on a ring with a leader line to their true place, so each stays distinguishable.
 */
export async function MarkerMap({ id, points, title, width = 720, height = 420 }: Props) {
  if (points.length === 0) return null;
  const t = await getTranslations('maps');
  const map = buildMarkerMap(points, { width, height, padding: 16 });
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
                <circle cx={m.x} cy={m.y} r={6} fill={MARKER} stroke="#ffffff" strokeWidth={1.5} />
              </a>
            ))}
          </g>
        ))}
      </svg>
    </figure>
  );
}
