import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DeleteForm } from '@/components/admin/content/delete-form';
import { ProjectForm } from '@/components/admin/content/project-form';
import { projectFormOptions } from '@/components/admin/content/project-options';
import { RecordStateNote } from '@/components/admin/content/record-header';
import { StateButtons } from '@/components/admin/content/state-buttons';
import { snapshotToValues } from '@/lib/actions/content-form';
import { requirePageRole } from '@/lib/auth/session';
import { getAdminProject } from '@/lib/data/admin-projects';
import type { PublicationState } from '@/lib/domain/project';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { bulkProjectsAction, deleteProjectAction, updateProjectAction } from '../actions';

type Props = { params: Promise<{ locale: AppLocale; code: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  return {
    title: (await getTranslations({ locale, namespace: 'adminProjects' }))('editTitle', {
      code: decodeURIComponent(code).slice(0, 40),
    }),
  };
}

export default async function EditProjectPage({ params, searchParams }: Props) {
  const { locale, code: raw } = await params;
  const actor = await requirePageRole('editor', locale);
  const project = await getAdminProject(decodeURIComponent(raw));
  if (!project) notFound();
  const code = String(project.values.code);
  const { saved } = await searchParams;
  const [t, tf, options] = await Promise.all([
    getTranslations({ locale, namespace: 'adminProjects' }),
    getTranslations({ locale, namespace: 'adminForm' }),
    projectFormOptions(locale),
  ]);
  const state = project.values.publicationState as PublicationState;
  return (
    <>
      <nav className="flex gap-4">
        <Link href="/admin/projects" className="text-iom-blue underline">
          {tf('backToList')}
        </Link>
        <Link
          href={{ pathname: '/admin/projects/[code]/history', params: { code } }}
          className="text-iom-blue underline"
        >
          {tf('history')}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold text-iom-blue-dark">{t('editTitle', { code })}</h1>
      <RecordStateNote
        state={state}
        saved={saved === 'created' || saved === 'updated' ? saved : undefined}
        pending={project.pendingDraft}
      />
      <StateButtons
        locale={locale}
        keyValue={code}
        state={state}
        pending={project.pendingDraft}
        action={bulkProjectsAction}
      />
      <ProjectForm
        locale={locale}
        action={updateProjectAction}
        initial={snapshotToValues(project.values)}
        originalCode={code}
        version={project.version}
        options={options}
      />
      {actor.role === 'admin' && (
        <DeleteForm locale={locale} keyName="code" keyValue={code} action={deleteProjectAction} />
      )}
    </>
  );
}
