import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { getEnv } from '@/lib/env';
import { PAGE_URL_HEADER } from '@/lib/i18n/page-url';
import { isEmbedRoute } from '@/lib/i18n/route-match';
import { routing } from '@/lib/i18n/routing';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { default: t('siteName'), template: t('titleTemplate', { title: '%s' }) },
    description: t('description'),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'nav' });
  const messages = await getMessages();
  // Embeddable pages (for an <iframe> on another site) are the content alone: no header, footer or skip link.
  const embed = isEmbedRoute(((await headers()).get(PAGE_URL_HEADER) ?? '').split('?', 1)[0] ?? '');
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900">
        {/* Client components only need the error texts; the rest stays on the server. */}
        <NextIntlClientProvider messages={{ error: messages.error }}>
          {embed ? (
            <main id="main" className="w-full flex-1 p-3">
              {children}
            </main>
          ) : (
            <>
              <a
                href="#main"
                className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2"
              >
                {t('skipToContent')}
              </a>
              <SiteHeader locale={locale} />
              <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
                {children}
              </main>
              <SiteFooter locale={locale} />
            </>
          )}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
