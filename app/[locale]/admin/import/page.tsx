import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { recordFormOptions } from '@/components/admin/content/record-options';
import { PageImportPanel } from '@/components/admin/import/page-import-panel';
import { requirePageRole } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { previewPageAction, saveImportedProjectAction } from '@/lib/actions/import';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'adminImport' }))('title') };
}

export default async function ImportPage({ params }: Props) {
  const { locale } = await params;
  await requirePageRole('editor', locale);
  const [t, options] = await Promise.all([
    getTranslations({ locale, namespace: 'adminImport' }),
    recordFormOptions('project', locale),
  ]);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mb-2">{t('intro')}</p>
      <p className="mb-6">
        <Link href="/admin/import/csv" className="text-iom-blue underline">
          {t('csvLink')}
        </Link>
      </p>
      <PageImportPanel locale={locale} preview={previewPageAction} save={saveImportedProjectAction} options={options} />
    </>
  );
}
