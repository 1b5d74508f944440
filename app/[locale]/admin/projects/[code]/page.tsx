import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RecordEditPage } from '@/components/admin/content/record-edit-page';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale; code: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const t = await getTranslations({ locale, namespace: 'adminProjects' });
  return { title: t('editTitle', { code: decodeURIComponent(code).slice(0, 40) }) };
}

export default async function EditProjectPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  const { saved } = await searchParams;
  return <RecordEditPage kind="project" locale={locale} rawKey={code} saved={saved} />;
}
