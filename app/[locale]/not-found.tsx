import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { localeOr } from '@/lib/i18n/routing';

// Shown when a page calls notFound() after the proxy let it through (a record unpublished meanwhile). The proxy
// answers addresses it knows to name nothing with app/[locale]/page-not-found, rendered on the server.
export default async function NotFound() {
  const locale = localeOr(await getLocale());
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return (
    <>
      <title>{t('title')}</title>
      <NotFoundContent locale={locale} />
    </>
  );
}
