import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CsvImportPanel } from '@/components/admin/import/csv-import-panel';
import { requirePageRole } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { csvImportAction } from '@/lib/actions/import';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'adminImport.csv' }))('title') };
}

export default async function CsvImportPage({ params }: Props) {
  const { locale } = await params;
  await requirePageRole('editor', locale);
  const t = await getTranslations({ locale, namespace: 'adminImport' });
  return (
    <>
      <Link href="/admin/import" className="text-iom-blue underline">
        {t('backToPage')}
      </Link>
      <h1 className="mt-2 mb-2 text-3xl font-bold text-iom-blue-dark">{t('csv.title')}</h1>
      <p className="mb-6">{t('csv.intro')}</p>
      <CsvImportPanel locale={locale} action={csvImportAction} />
    </>
  );
}
