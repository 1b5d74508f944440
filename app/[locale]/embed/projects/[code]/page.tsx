import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EmbedProjectCard } from '@/components/embed/embed-project-card';
import { getPublishedProject } from '@/lib/data/projects';
import { pickLocalised } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';
import { absoluteUrl } from '@/lib/seo';

// One project as a card for an <iframe> (see app/[locale]/embed/projects/page.tsx). An unknown code is answered by the
// proxy with the 404 page.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: AppLocale; code: string }> };

const loadProject = cache(getPublishedProject);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const project = await loadProject(decodeURIComponent(code));
  const t = await getTranslations({ locale, namespace: 'embed' });
  const title = project ? (pickLocalised(project.title, locale)?.value ?? project.code) : t('metaTitle');
  return { title, robots: { index: false, follow: true } };
}

export default async function EmbedProjectPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const project = await loadProject(decodeURIComponent(code));
  if (!project) notFound();
  const url = absoluteUrl({ pathname: '/projects/[code]', params: { code: project.code } }, locale);
  return <EmbedProjectCard project={project} locale={locale} url={url} />;
}
