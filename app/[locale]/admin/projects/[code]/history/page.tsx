import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { HistoryNotice } from '@/components/admin/content/history-notice';
import { RevisionList } from '@/components/admin/content/revision-list';
import { requirePageRole } from '@/lib/auth/session';
import { listProjectRevisions } from '@/lib/data/admin-projects';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { restoreProjectAction } from '../../actions';

type Props = { params: Promise<{ locale: AppLocale; code: string }>; searchParams: Promise<{ outcome?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  return {
    title: (await getTranslations({ locale, namespace: 'adminProjects' }))('historyTitle', {
      code: decodeURIComponent(code).slice(0, 40),
    }),
  };
}

export default async function ProjectHistoryPage({ params, searchParams }: Props) {
  const { locale, code: raw } = await params;
  await requirePageRole('editor', locale);
  const history = await listProjectRevisions(decodeURIComponent(raw));
  if (!history) notFound();
  const [t, th, tf] = await Promise.all([
    getTranslations({ locale, namespace: 'adminProjects' }),
    getTranslations({ locale, namespace: 'adminHistory' }),
    getTranslations({ locale, namespace: 'adminForm' }),
  ]);
  const { outcome } = await searchParams;
  return (
    <>
      <nav className="flex gap-4">
        <Link href="/admin/projects" className="text-iom-blue underline">
          {tf('backToList')}
        </Link>
        <Link
          href={{ pathname: '/admin/projects/[code]', params: { code: history.code } }}
          className="text-iom-blue underline"
        >
          {tf('edit')}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold text-iom-blue-dark">{t('historyTitle', { code: history.code })}</h1>
      <p className="my-2">{th('intro')}</p>
      <HistoryNotice outcome={outcome} />
      <RevisionList
        locale={locale}
        revisions={history.revisions}
        currentVersion={history.version}
        keyName="code"
        keyValue={history.code}
        restore={restoreProjectAction}
      />
    </>
  );
}
