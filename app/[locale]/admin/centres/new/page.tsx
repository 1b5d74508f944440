import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RecordNewPage } from '@/components/admin/content/record-new-page';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'adminCentres' }))('newTitle') };
}

export default async function NewCentrePage({ params }: Props) {
  const { locale } = await params;
  return <RecordNewPage kind="centre" locale={locale} />;
}
