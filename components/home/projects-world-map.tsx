import { getTranslations } from 'next-intl/server';
import { PlainLink } from '@/components/plain-link';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { NO_DATA_COLOUR } from '@/lib/maps/classes';
import { tapRadius } from '@/lib/maps/markers';
import { buildChoropleth } from '@/lib/maps/render';
import { legendLabels, MapLegend } from '@/components/maps/map-legend';

/** A beneficiary country with published projects: ISO alpha-2 code, localised name and number of projects. */
type MapCountry = { code: string; name: string; count: number };

type Props = {
  /** Unique id prefix on the page (title, description and legend ids derive from it). */
  id: string;
  countries: MapCountry[];
  locale: AppLocale;
};

const WIDTH = 960;
const HEIGHT = 470;
// A tiny country's dot: about 5 CSS px across on a 390 px phone, with a larger invisible tap area (see below).
const DOT_RADIUS = 7;
// Keyboard focus on a country: the outline colour of the site (globals.css), drawn as the shape's stroke.
const FOCUS =
  'outline-none [&:focus-visible>*]:stroke-[#b35c00] [&:focus-visible>*]:[stroke-width:4px] ' +
  '[&:hover>*]:stroke-iom-blue-dark [&:hover>*]:[stroke-width:2px]';

// The disclosure of the country list: a control, drawn as one (not as a link).
const SUMMARY =
  'inline-flex min-h-11 cursor-pointer items-center gap-2 rounded border border-slate-300 px-3 font-semibold ' +
  'hover:bg-slate-50';

/**
 * World map (server-rendered SVG, no client JS) shading each country by its number of published projects, each
 * country a link to its filtered project list, with a legend and the same countries as a list of links.
 */
export async function ProjectsWorldMap({ id, countries, locale }: Props) {
  const t = await getTranslations('home');
  const tm = await getTranslations('maps');
  if (countries.length === 0) return <p className="mt-3 text-slate-700">{t('mapEmpty')}</p>;
  const hrefOf = (code: string) => getPathname({ href: { pathname: '/projects', query: { country: code } }, locale });
  const byCode = new Map(countries.map((c) => [c.code, { ...c, href: hrefOf(c.code) }]));
  const map = buildChoropleth(Object.fromEntries(countries.map((c) => [c.code, c.count])), {
    width: WIDTH,
    height: HEIGHT,
    padding: 4,
  });
  const label = (c: MapCountry) => t('mapCountry', { country: c.name, count: c.count });
  // A country drawn as a dot is a link through its dot only; any other country through its first shape.
  const linked = new Set(map.dots.map((d) => d.iso2));
  const hit = tapRadius(WIDTH);
  const sorted = [...countries].sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <figure className="map-figure mt-3" data-testid="home-map">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="group"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="h-auto w-full rounded border border-slate-200 bg-sky-50"
      >
        <title id={`${id}-title`}>{t('mapTitle')}</title>
        <desc id={`${id}-desc`}>{t('mapDesc', { countries: countries.length })}</desc>
        <path d={map.land} fill={NO_DATA_COLOUR} aria-hidden="true" />
        {map.shapes.map((s) => {
          const country = s.iso2 ? byCode.get(s.iso2) : undefined;
          if (!country || linked.has(country.code)) {
            return <path key={s.key} d={s.d} fill={s.fill} aria-hidden="true" />;
          }
          linked.add(country.code);
          return (
            <a key={s.key} href={country.href} aria-label={label(country)} className={FOCUS} data-iso2={s.iso2}>
              <title>{label(country)}</title>
              <path d={s.d} fill={s.fill} />
            </a>
          );
        })}
        <path d={map.borders} fill="none" stroke="#ffffff" strokeWidth={0.5} aria-hidden="true" />
        {/* Invisible tap areas of at least 44×44 CSS px on a phone under every dot (a dot is never covered by a
            neighbour's area); duplicates of the dot links, out of the tab order. */}
        <g aria-hidden="true">
          {map.dots.map((d) => {
            const country = byCode.get(d.iso2);
            return country ? (
              <a key={d.iso2} href={country.href} tabIndex={-1}>
                <circle cx={d.x} cy={d.y} r={hit} fill="transparent" />
              </a>
            ) : null;
          })}
        </g>
        {map.dots.map((d) => {
          const country = byCode.get(d.iso2);
          return country ? (
            <a key={d.iso2} href={country.href} aria-label={label(country)} className={FOCUS} data-iso2={d.iso2}>
              <title>{label(country)}</title>
              <circle cx={d.x} cy={d.y} r={DOT_RADIUS} fill={d.fill} stroke="#1e293b" strokeWidth={1.5} />
            </a>
          ) : null;
        })}
      </svg>
      <MapLegend id={id} classes={map.classes} labels={legendLabels(tm)} />
      <details className="mt-3">
        <summary className={SUMMARY}>{t('mapCountryList', { count: countries.length })}</summary>
        <ul className="mt-2 grid gap-x-6 sm:grid-cols-2" data-testid="home-map-countries">
          {sorted.map((c) => (
            <li key={c.code}>
              <PlainLink
                locale={locale}
                href={{ pathname: '/projects', query: { country: c.code } }}
                className="flex min-h-11 items-center text-iom-blue underline"
              >
                {label(c)}
              </PlainLink>
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
