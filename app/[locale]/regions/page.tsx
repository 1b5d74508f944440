import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChoroplethMap } from '@/components/maps/choropleth-map';
import { RegionTable } from '@/components/regions/region-table';
import { countPublishedProjectsByCountry, listRegionSummaries } from '@/lib/data/regions';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/seo';
import { socialMetadata } from '@/lib/social';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'regionsPage' });
  const alternates = alternatesFor('/regions', locale);
  const social = await socialMetadata({
    title: t('title'),
    description: t('metaDescription'),
    url: alternates.canonical,
    locale,
  });
  return { title: t('title'), description: t('metaDescription'), alternates, ...social };
}

export default async function RegionsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('regionsPage');
  const [regions, countries] = await Promise.all([listRegionSummaries(), countPublishedProjectsByCountry()]);
  const counts = Object.fromEntries(countries.map((c) => [c.code, c.projectCount]));
  const names = Object.fromEntries(countries.map((c) => [c.code, nameIn(c, locale)]));
  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('intro')}</p>
      <div className="mt-6 max-w-3xl">
        <RegionTable regions={regions} locale={locale} />
      </div>
      <div className="mt-10">
        <ChoroplethMap
          id="regions-map"
          counts={counts}
          names={names}
          title={t('mapTitle')}
          countLabel={t('colProjects')}
        />
      </div>
    </>
  );
}
