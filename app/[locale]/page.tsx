import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CentreNearForm } from '@/components/home/centre-near-form';
import { KeyFigures } from '@/components/home/key-figures';
import { LatestProjects } from '@/components/home/latest-projects';
import { ProjectsWorldMap } from '@/components/home/projects-world-map';
import { SiteSearchForm } from '@/components/home/site-search-form';
import { getPortalStats, listLatestProjects } from '@/lib/data/portal';
import { countPublishedProjectsByCountry } from '@/lib/data/regions';
import { Link } from '@/lib/i18n/navigation';
import { isAppLocale, nameIn, type AppLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/seo';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: AppLocale }> };

const LATEST_PROJECTS = 5;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isAppLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'home' });
  return { title: { absolute: t('title') }, alternates: alternatesFor('/', locale) };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  // A file the proxy does not see (`/favicon.ico`, `/apple-touch-icon.png`) reaches this page as a "locale": the
  // layout answers 404, but the page renders beside it and must not fail first.
  if (!isAppLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const [stats, latest, countries] = await Promise.all([
    getPortalStats(),
    listLatestProjects(LATEST_PROJECTS),
    countPublishedProjectsByCountry(),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('intro')}</p>
      {/* The centre search first: on a phone it is in view without scrolling. */}
      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <CentreNearForm locale={locale} />
        <SiteSearchForm locale={locale} />
      </div>
      <KeyFigures stats={stats} locale={locale} />
      <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="home-map-heading" className="min-w-0">
          <h2 id="home-map-heading" className="text-xl font-semibold text-iom-blue-dark">
            {t('mapHeading')}
          </h2>
          <ProjectsWorldMap
            id="home-map"
            locale={locale}
            countries={countries.map((c) => ({ code: c.code, name: nameIn(c, locale), count: c.projectCount }))}
          />
          <p className="mt-2">
            <Link href="/regions" className="inline-flex min-h-11 items-center text-iom-blue underline">
              {t('browseRegions')}
            </Link>
          </p>
        </section>
        <LatestProjects items={latest} locale={locale} />
      </div>
    </>
  );
}
