import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CentreForm } from '@/components/admin/content/centre-form';
import { centreFormOptions } from '@/components/admin/content/centre-options';
import { DeleteForm } from '@/components/admin/content/delete-form';
import { RecordStateNote } from '@/components/admin/content/record-header';
import { StateButtons } from '@/components/admin/content/state-buttons';
import { snapshotToValues } from '@/lib/actions/content-form';
import { requirePageRole } from '@/lib/auth/session';
import { getAdminCentre } from '@/lib/data/admin-centres';
import type { PublicationState } from '@/lib/domain/project';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { bulkCentresAction, deleteCentreAction, updateCentreAction } from '../actions';

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return {
    title: (await getTranslations({ locale, namespace: 'adminCentres' }))('editTitle', {
      slug: decodeURIComponent(slug).slice(0, 120),
    }),
  };
}

export default async function EditCentrePage({ params, searchParams }: Props) {
  const { locale, slug: raw } = await params;
  const actor = await requirePageRole('editor', locale);
  const centre = await getAdminCentre(decodeURIComponent(raw));
  if (!centre) notFound();
  const slug = String(centre.values.slug);
  const { saved } = await searchParams;
  const [t, tf, options] = await Promise.all([
    getTranslations({ locale, namespace: 'adminCentres' }),
    getTranslations({ locale, namespace: 'adminForm' }),
    centreFormOptions(locale),
  ]);
  const state = centre.values.publicationState as PublicationState;
  return (
    <>
      <nav className="flex gap-4">
        <Link href="/admin/centres" className="text-iom-blue underline">
          {tf('backToList')}
        </Link>
        <Link
          href={{ pathname: '/admin/centres/[slug]/history', params: { slug } }}
          className="text-iom-blue underline"
        >
          {tf('history')}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold text-iom-blue-dark">{t('editTitle', { slug })}</h1>
      <RecordStateNote
        state={state}
        saved={saved === 'created' || saved === 'updated' ? saved : undefined}
        pending={centre.pendingDraft}
      />
      <StateButtons
        locale={locale}
        keyValue={slug}
        state={state}
        pending={centre.pendingDraft}
        action={bulkCentresAction}
      />
      <CentreForm
        locale={locale}
        action={updateCentreAction}
        initial={snapshotToValues(centre.values)}
        originalSlug={slug}
        version={centre.version}
        options={options}
        labels={{ location: t('coordinatesHeading'), mapLink: t('mapLink') }}
      />
      {actor.role === 'admin' && (
        <DeleteForm locale={locale} keyName="slug" keyValue={slug} action={deleteCentreAction} />
      )}
    </>
  );
}
