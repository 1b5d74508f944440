import { getTranslations } from 'next-intl/server';
import { NO_DATA_COLOUR } from '@/lib/maps/classes';
import { buildChoropleth } from '@/lib/maps/render';
import { legendLabels, MapLegend } from '@/components/maps/map-legend';

type Props = {
  /** Unique id prefix on the page (title, desc and legend ids derive from it). */
  id: string;
  /** Count by ISO alpha-2 country code. */
  counts: Record<string, number>;
  /** Localised country names by ISO alpha-2 code (for tooltips and the data table). */
  names: Record<string, string>;
  title: string;
  /** Heading of the count column of the data table, e.g. "Published projects". */
  countLabel: string;
};

/** World map (server-rendered SVG, no client JS) shading countries by a count, with its legend and a data table. */
export async function ChoroplethMap({ id, counts, names, title, countLabel }: Props) {
  const t = await getTranslations('maps');
  const map = buildChoropleth(counts, { width: 960, height: 470, padding: 4 });
  const rows = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || (names[a] ?? a).localeCompare(names[b] ?? b));
  const name = (iso2: string | null) => (iso2 ? (names[iso2] ?? iso2) : '');
  return (
    <figure className="map-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="text-lg font-semibold">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="mt-2 h-auto w-full"
        data-testid="choropleth-map"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{t('choroplethDesc', { countries: rows.length })}</desc>
        <path d={map.land} fill={NO_DATA_COLOUR} />
        {map.shapes.map((s) => (
          <path key={s.key} d={s.d} fill={s.fill} data-iso2={s.iso2 ?? undefined}>
            <title>{t('countryCount', { country: name(s.iso2), count: s.count })}</title>
          </path>
        ))}
        <path d={map.borders} fill="none" stroke="#ffffff" strokeWidth={0.5} />
        {map.dots.map((d) => (
          <circle
            key={d.iso2}
            cx={d.x}
            cy={d.y}
            r={4}
            fill={d.fill}
            stroke="#1e293b"
            strokeWidth={1}
            data-iso2={d.iso2}
          >
            <title>{t('countryCount', { country: name(d.iso2), count: d.count })}</title>
          </circle>
        ))}
      </svg>
      <MapLegend id={id} classes={map.classes} labels={legendLabels(t)} />
      {rows.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-iom-blue underline">{t('dataTable')}</summary>
          <table className="mt-2 border-collapse">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-6 text-left">
                  {t('country')}
                </th>
                <th scope="col" className="text-right">
                  {countLabel}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([iso2, n]) => (
                <tr key={iso2}>
                  <td className="pr-6">{name(iso2)}</td>
                  <td className="text-right">{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
