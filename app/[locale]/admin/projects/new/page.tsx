import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { projectFormOptions } from '@/components/admin/content/project-options';
import { ProjectForm } from '@/components/admin/content/project-form';
import { requirePageRole } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { createProjectAction } from '../actions';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'adminProjects' }))('newTitle') };
}

export default async function NewProjectPage({ params }: Props) {
  const { locale } = await params;
  await requirePageRole('editor', locale);
  const [t, tf, options] = await Promise.all([
    getTranslations({ locale, namespace: 'adminProjects' }),
    getTranslations({ locale, namespace: 'adminForm' }),
    projectFormOptions(locale),
  ]);
  return (
    <>
      <Link href="/admin/projects" className="text-iom-blue underline">
        {tf('backToList')}
      </Link>
      <h1 className="mt-2 mb-4 text-3xl font-bold text-iom-blue-dark">{t('newTitle')}</h1>
      <ProjectForm locale={locale} action={createProjectAction} initial={{ countries: [] }} options={options} />
    </>
  );
}
