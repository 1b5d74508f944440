import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { ReportForm } from '@/components/centres/report-form';
import { safeDecode } from '@/lib/data/centres-detail';
import { getReportableCentre } from '@/lib/data/centre-reports';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'centreReport' });
  return { title: t('title'), robots: { index: false } };
}

export default async function CentreReportPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const centre = await getReportableCentre(safeDecode(slug), locale);
  if (!centre) notFound();
  const t = await getTranslations('centreReport');
  return (
    <article>
      <p>
        <Link
          href={{ pathname: '/resource-centres/[slug]', params: { slug: centre.slug } }}
          className="text-iom-blue underline"
        >
          {t('back', { name: centre.name })}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold text-iom-blue-dark">{t('title')}</h1>
      <p className="mt-2 text-lg">{centre.name}</p>
      <p className="mt-4 max-w-2xl">{t('intro')}</p>
      {/* Public pages carry no message catalogue to the client: only the form's own namespace. */}
      <NextIntlClientProvider messages={{ centreReport: (await getMessages()).centreReport }}>
        <ReportForm locale={locale} slug={centre.slug} />
      </NextIntlClientProvider>
    </article>
  );
}
