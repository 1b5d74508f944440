import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NotFoundContent } from '@/components/layout/not-found-content';
import type { AppLocale } from '@/lib/i18n/routing';

// The 404 page as the proxy answers an address that names no page or no published record (proxy.ts rewrites to it
// with status 404): a normal server-rendered page, so it reads in its language without any script.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return { title: t('title'), robots: { index: false, follow: true } };
}

export default async function PageNotFound({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <NotFoundContent locale={locale} />;
}
