import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { HistoryNotice } from '@/components/admin/content/history-notice';
import { RevisionList } from '@/components/admin/content/revision-list';
import { requirePageRole } from '@/lib/auth/session';
import { listCentreRevisions } from '@/lib/data/admin-centres';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { restoreCentreAction } from '../../actions';

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ outcome?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return {
    title: (await getTranslations({ locale, namespace: 'adminCentres' }))('historyTitle', {
      slug: decodeURIComponent(slug).slice(0, 120),
    }),
  };
}

export default async function CentreHistoryPage({ params, searchParams }: Props) {
  const { locale, slug: raw } = await params;
  await requirePageRole('editor', locale);
  const history = await listCentreRevisions(decodeURIComponent(raw));
  if (!history) notFound();
  const [t, th, tf] = await Promise.all([
    getTranslations({ locale, namespace: 'adminCentres' }),
    getTranslations({ locale, namespace: 'adminHistory' }),
    getTranslations({ locale, namespace: 'adminForm' }),
  ]);
  const { outcome } = await searchParams;
  return (
    <>
      <nav className="flex gap-4">
        <Link href="/admin/centres" className="text-iom-blue underline">
          {tf('backToList')}
        </Link>
        <Link
          href={{ pathname: '/admin/centres/[slug]', params: { slug: history.slug } }}
          className="text-iom-blue underline"
        >
          {tf('edit')}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold text-iom-blue-dark">{t('historyTitle', { slug: history.slug })}</h1>
      <p className="my-2">{th('intro')}</p>
      <HistoryNotice outcome={outcome} />
      <RevisionList
        locale={locale}
        revisions={history.revisions}
        currentVersion={history.version}
        keyName="slug"
        keyValue={history.slug}
        restore={restoreCentreAction}
      />
    </>
  );
}
