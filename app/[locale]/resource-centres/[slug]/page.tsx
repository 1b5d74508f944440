import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CentreFacts } from '@/components/centres/centre-facts';
import { CentreJsonLd, centreJsonLd } from '@/components/centres/centre-json-ld';
import { CentrePractical } from '@/components/centres/centre-practical';
import { ReportLink } from '@/components/centres/report-link';
import { centrePoints } from '@/components/centres/centre-map';
import { MarkerMap } from '@/components/maps/marker-map';
import { CentreStatusNotice } from '@/components/centres/centre-status-badge';
import { LocalisedParagraphs, LocalisedText } from '@/components/localised-text';
import { getPublishedCentre, safeDecode } from '@/lib/data/centres-detail';
import { getEnv } from '@/lib/env';
import { formatDate, pickLocalised } from '@/lib/format';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/seo';
import { socialMetadata } from '@/lib/social';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

// generateMetadata and the page share one query per request.
const loadCentre = cache(getPublishedCentre);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const centre = await loadCentre(safeDecode(slug));
  if (!centre) return {};
  const t = await getTranslations({ locale, namespace: 'centrePage' });
  const name = pickLocalised(centre.name, locale)?.value ?? t('untitled');
  const country = nameIn(centre.country, locale);
  const title = t('metaTitle', { name, place: centre.locality ? `${centre.locality}, ${country}` : country });
  const description = pickLocalised(centre.description, locale)?.value.slice(0, 200) ?? title;
  const alternates = alternatesFor({ pathname: '/resource-centres/[slug]', params: { slug: centre.slug } }, locale);
  const social = await socialMetadata({ title, description, url: alternates.canonical, locale });
  return { title, description, alternates, ...social };
}

export default async function CentrePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const centre = await loadCentre(safeDecode(slug));
  if (!centre) notFound();
  const t = await getTranslations('centrePage');
  const url = new URL(
    getPathname({ href: { pathname: '/resource-centres/[slug]', params: { slug: centre.slug } }, locale }),
    getEnv().SITE_URL,
  ).toString();
  return (
    <article>
      <CentreJsonLd data={centreJsonLd(centre, url, locale)} />
      <p className="no-print">
        <Link href="/resource-centres" className="text-iom-blue underline">
          {t('backToList')}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold text-iom-blue-dark">
        <LocalisedText text={centre.name} locale={locale} fallback={t('untitled')} />
      </h1>
      <CentreStatusNotice status={centre.status} />
      {/* Practical information first (phones show it before the description); "open now" is worked out here, and
          the page cache re-renders a kept page after at most a minute (README, "Resource centres"). */}
      <CentrePractical centre={centre} locale={locale} url={url} now={new Date()} />
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div>
          <section aria-labelledby="description">
            <h2 id="description" className="text-xl font-semibold">
              {t('description')}
            </h2>
            <LocalisedParagraphs
              text={centre.description}
              locale={locale}
              empty={t('noDescription')}
              className="mt-2"
            />
          </section>
          <section aria-labelledby="services" className="mt-6">
            <h2 id="services" className="text-xl font-semibold">
              {t('services')}
            </h2>
            {centre.services.length ? (
              <ul className="mt-2 list-disc pl-5" data-testid="services">
                {centre.services.map((s) => (
                  <li key={s.slug}>{nameIn(s, locale)}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-2">{t('notStated')}</p>
            )}
          </section>
          <section aria-labelledby="projects" className="mt-6">
            <h2 id="projects" className="text-xl font-semibold">
              {t('relatedProjects')}
            </h2>
            {centre.projects.length ? (
              <ul className="mt-2 list-disc pl-5" data-testid="related-projects">
                {centre.projects.map((p) => (
                  <li key={p.code}>
                    <Link
                      href={{ pathname: '/projects/[code]', params: { code: p.code } }}
                      className="text-iom-blue underline"
                    >
                      <span className="font-mono">{p.code}</span>
                    </Link>
                    {': '}
                    <LocalisedText text={p.title} locale={locale} noted={false} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2">{t('noProjects')}</p>
            )}
          </section>
        </div>
        <div className="space-y-6">
          <CentreFacts centre={centre} locale={locale} />
          {centre.latitude !== null && centre.longitude !== null && (
            <section aria-labelledby="location">
              <h2 id="location" className="text-xl font-semibold">
                {t('mapHeading')}
              </h2>
              <MarkerMap
                id="centre-map"
                points={centrePoints([centre], locale)}
                title={t('mapLabel', { name: centrePoints([centre], locale)[0]?.label ?? '' })}
                width={360}
                height={260}
              />
            </section>
          )}
        </div>
      </div>
      {centre.lastVerifiedAt && (
        <p className="mt-8 text-sm text-slate-700">
          {t('lastVerified')} <time dateTime={centre.lastVerifiedAt}>{formatDate(centre.lastVerifiedAt, locale)}</time>
        </p>
      )}
      <ReportLink slug={centre.slug} />
    </article>
  );
}
