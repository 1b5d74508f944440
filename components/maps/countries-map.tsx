import { getTranslations } from 'next-intl/server';
import { buildCountriesMap } from '@/lib/maps/render';

type Props = {
  id: string;
  /** Countries to highlight: ISO alpha-2 code and localised name. */
  countries: { code: string; name: string }[];
  title: string;
  width?: number;
  height?: number;
};

const HIGHLIGHT = '#0033a0';
const OTHER = '#e2e8f0';

/** Small map (server-rendered SVG) zoomed to a set of countries, which are highlighted. Renders nothing for none. */
export async function CountriesMap({ id, countries, title, width = 360, height = 240 }: Props) {
  if (countries.length === 0) return null;
  const t = await getTranslations('maps');
  const map = buildCountriesMap(
    countries.map((c) => c.code),
    { width, height, padding: 12 },
  );
  if (map.found.length === 0) return null;
  return (
    <figure className="map-figure" data-testid="countries-map">
      <figcaption className="mb-1 text-sm font-semibold">{title}</figcaption>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full rounded border border-slate-200 bg-sky-50"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{t('highlighted', { countries: countries.map((c) => c.name).join(', ') })}</desc>
        <g stroke="#ffffff" strokeWidth={0.5}>
          {map.shapes.map((s) => (
            <path
              key={s.key}
              d={s.d}
              fill={s.highlighted ? HIGHLIGHT : OTHER}
              data-iso2={s.iso2 ?? undefined}
              data-highlighted={s.highlighted || undefined}
            />
          ))}
        </g>
        {map.dots.map((d) => (
          <circle
            key={d.iso2}
            cx={d.x}
            cy={d.y}
            r={4}
            fill="none"
            stroke={HIGHLIGHT}
            strokeWidth={2}
            data-iso2={d.iso2}
          />
        ))}
      </svg>
    </figure>
  );
}
