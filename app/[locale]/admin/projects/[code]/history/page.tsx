import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RecordHistoryPage } from '@/components/admin/content/record-history-page';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale; code: string }>; searchParams: Promise<{ outcome?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const t = await getTranslations({ locale, namespace: 'adminProjects' });
  return { title: t('historyTitle', { code: decodeURIComponent(code).slice(0, 40) }) };
}

export default async function ProjectHistoryPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  const { outcome } = await searchParams;
  return <RecordHistoryPage kind="project" locale={locale} rawKey={code} outcome={outcome} />;
}
