import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RecordHistoryPage } from '@/components/admin/content/record-history-page';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ outcome?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: 'adminCentres' });
  return { title: t('historyTitle', { slug: decodeURIComponent(slug).slice(0, 40) }) };
}

export default async function CentreHistoryPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const { outcome } = await searchParams;
  return <RecordHistoryPage kind="centre" locale={locale} rawKey={slug} outcome={outcome} />;
}
