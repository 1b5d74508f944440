import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RecordEditPage } from '@/components/admin/content/record-edit-page';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: 'adminCentres' });
  return { title: t('editTitle', { slug: decodeURIComponent(slug).slice(0, 40) }) };
}

export default async function EditCentrePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const { saved } = await searchParams;
  return <RecordEditPage kind="centre" locale={locale} rawKey={slug} saved={saved} />;
}
