import { getTranslations } from 'next-intl/server';
import { MarkerMap, type MapPoint, type MarkerLegend, type MarkerSymbol } from '@/components/maps/marker-map';
import type { CentreStatus } from '@/lib/content/centre';
import type { CentreListItem } from '@/lib/data/centres';
import { pickLocalised } from '@/lib/format';
import { getPathname } from '@/lib/i18n/navigation';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';

// Each status its own shape and colour (open: circle, planned: diamond, temporarily closed: triangle, closed: square),
// in the order of the list.
export const STATUS_SYMBOLS: Record<CentreStatus, MarkerSymbol> = {
  operational: 'circle',
  planned: 'diamond',
  temporarily_closed: 'triangle',
  closed: 'square',
};

/** Map points of centres with coordinates, each linking to the centre's page in the page's language. */
export function centrePoints(centres: CentreListItem[], locale: AppLocale): MapPoint[] {
  return centres.flatMap((c) =>
    c.latitude === null || c.longitude === null
      ? []
      : [
          {
            id: c.slug,
            lat: c.latitude,
            lon: c.longitude,
            label: pickLocalised(c.name, locale)?.value ?? c.slug,
            lang: pickLocalised(c.name, locale)?.lang ?? locale,
            symbol: STATUS_SYMBOLS[c.status],
            href: getPathname({ href: { pathname: '/resource-centres/[slug]', params: { slug: c.slug } }, locale }),
          },
        ],
  );
}

/** The map of the filtered centres, plus a zoomed inset for each country holding several of them. */
export async function CentresMap({ centres, locale }: { centres: CentreListItem[]; locale: AppLocale }) {
  const t = await getTranslations('centres');
  const ts = await getTranslations('centreStatuses');
  const points = centrePoints(centres, locale);
  // The statuses on the map, open first.
  const legend: MarkerLegend = {
    title: t('mapLegend'),
    items: (Object.keys(STATUS_SYMBOLS) as CentreStatus[])
      .filter((s) => centres.some((c) => c.status === s))
      .map((s) => ({
        symbol: STATUS_SYMBOLS[s],
        label: ts(s),
      })),
  };
  const countries = [...new Map(centres.map((c) => [c.country.code, c.country])).values()];
  const insets =
    countries.length > 1
      ? countries
          .map((country) => ({ country, centres: centres.filter((c) => c.country.code === country.code) }))
          .filter((i) => centrePoints(i.centres, locale).length > 1)
      : [];
  return (
    <section aria-labelledby="centres-map" className="no-print mt-6" data-testid="centres-map">
      <h2 id="centres-map" className="text-lg font-semibold">
        {t('mapHeading')}
      </h2>
      {points.length === 0 ? (
        <p className="mt-2">{t('noMap')}</p>
      ) : (
        <>
          <MarkerMap
            id="centres-map-all"
            points={points}
            title={t('mapLabel', { count: points.length })}
            legend={legend}
            labels={countries.length === 1 && points.length <= 12}
          />
          {insets.length > 0 && (
            <div className="mt-4 grid gap-4 sm:grid-cols-2">
              {insets.map(({ country, centres: inCountry }) => {
                const name = nameIn(country, locale);
                return (
                  <div key={country.code} data-testid={`map-inset-${country.code}`}>
                    <h3 className="font-semibold">{t('mapInset', { country: name })}</h3>
                    <MarkerMap
                      id={`centres-map-${country.code}`}
                      points={centrePoints(inCountry, locale)}
                      title={t('mapInset', { country: name })}
                      width={480}
                      height={360}
                      labels
                    />
                  </div>
                );
              })}
            </div>
          )}
        </>
      )}
    </section>
  );
}
