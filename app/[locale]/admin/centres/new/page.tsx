import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CentreForm } from '@/components/admin/content/centre-form';
import { centreFormOptions } from '@/components/admin/content/centre-options';
import { requirePageRole } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { createCentreAction } from '../actions';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'adminCentres' }))('newTitle') };
}

export default async function NewCentrePage({ params }: Props) {
  const { locale } = await params;
  await requirePageRole('editor', locale);
  const [t, tf, options] = await Promise.all([
    getTranslations({ locale, namespace: 'adminCentres' }),
    getTranslations({ locale, namespace: 'adminForm' }),
    centreFormOptions(locale),
  ]);
  return (
    <>
      <Link href="/admin/centres" className="text-iom-blue underline">
        {tf('backToList')}
      </Link>
      <h1 className="mt-2 mb-4 text-3xl font-bold text-iom-blue-dark">{t('newTitle')}</h1>
      <CentreForm
        locale={locale}
        action={createCentreAction}
        initial={{}}
        options={options}
        labels={{ location: t('coordinatesHeading'), mapLink: t('mapLink') }}
      />
    </>
  );
}
