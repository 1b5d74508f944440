import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EmbedCode } from '@/components/embed/embed-code';
import { LocalisedParagraphs, LocalisedText } from '@/components/localised-text';
import { CountriesMap } from '@/components/maps/countries-map';
import { ProjectFacts } from '@/components/projects/project-facts';
import { getPublishedProject } from '@/lib/data/projects';
import { formatDate, pickLocalised } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';
import { absoluteUrl, alternatesFor } from '@/lib/seo';
import { socialMetadata } from '@/lib/social';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: AppLocale; code: string }> };

// generateMetadata and the page share one query per request.
const loadProject = cache(getPublishedProject);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const project = await loadProject(decodeURIComponent(code));
  if (!project) return {};
  const t = await getTranslations({ locale, namespace: 'project' });
  const ts = await getTranslations({ locale, namespace: 'seo' });
  const title = pickLocalised(project.title, locale)?.value ?? t('untitled');
  const description =
    pickLocalised(project.summary, locale)?.value.slice(0, 200) ??
    ts('projectDescription', { code: project.code, title });
  const alternates = alternatesFor({ pathname: '/projects/[code]', params: { code: project.code } }, locale);
  const social = await socialMetadata({
    title: t('metaTitle', { code: project.code, title }),
    description,
    url: alternates.canonical,
    locale,
    type: 'article',
  });
  return { title: t('metaTitle', { code: project.code, title }), description, alternates, ...social };
}

export default async function ProjectPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const project = await loadProject(decodeURIComponent(code));
  if (!project) notFound();
  const t = await getTranslations('project');
  const tm = await getTranslations('maps');
  return (
    <article>
      <p className="no-print">
        <Link href="/projects" className="text-iom-blue underline">
          {t('backToList')}
        </Link>
      </p>
      <p className="mt-4 font-mono text-slate-700">{project.code}</p>
      <h1 className="text-3xl font-bold text-iom-blue-dark">
        <LocalisedText text={project.title} locale={locale} fallback={t('untitled')} />
      </h1>
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="summary">
          <h2 id="summary" className="text-xl font-semibold">
            {t('summary')}
          </h2>
          <LocalisedParagraphs text={project.summary} locale={locale} empty={t('noSummary')} className="mt-2" />
          {project.centres.length > 0 && (
            <>
              <h2 className="mt-6 text-xl font-semibold">{t('centres')}</h2>
              <ul className="mt-2 list-disc pl-5">
                {project.centres.map((c) => (
                  <li key={c.slug}>
                    <Link
                      href={{ pathname: '/resource-centres/[slug]', params: { slug: c.slug } }}
                      className="text-iom-blue underline"
                    >
                      <LocalisedText text={c.name} locale={locale} noted={false} />
                    </Link>
                    {c.locality ? ` (${c.locality})` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <div className="space-y-4">
          <ProjectFacts project={project} locale={locale} />
          <CountriesMap
            id="beneficiaries-map"
            title={tm('projectMapTitle')}
            countries={project.countries.map((c) => ({ code: c.code, name: nameIn(c, locale) }))}
          />
        </div>
      </div>
      <p className="mt-8 text-sm text-slate-700">
        {t('lastUpdated')}: <time dateTime={project.updatedAt}>{formatDate(project.updatedAt, locale)}</time>
      </p>
      <EmbedCode
        id="embed-code"
        src={absoluteUrl({ pathname: '/embed/projects/[code]', params: { code: project.code } }, locale)}
        title={`${project.code} · ${pickLocalised(project.title, locale)?.value ?? t('untitled')}`}
        height={320}
        locale={locale}
      />
    </article>
  );
}
