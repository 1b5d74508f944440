import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing, type AppLocale } from '@/lib/i18n/routing';

type Social = { title: string; description: string; url: string; locale: AppLocale; type?: 'website' | 'article' };

/** Open Graph and Twitter card metadata of a page (og:locale with the other language as alternate). */
export async function socialMetadata({
  title,
  description,
  url,
  locale,
  type = 'website',
}: Social): Promise<Pick<Metadata, 'openGraph' | 'twitter'>> {
  const t = await getTranslations({ locale, namespace: 'seo' });
  const tm = await getTranslations({ locale, namespace: 'meta' });
  const alternateLocale = await Promise.all(
    routing.locales
      .filter((l) => l !== locale)
      .map(async (l) => (await getTranslations({ locale: l, namespace: 'seo' }))('ogLocale')),
  );
  return {
    openGraph: { type, title, description, url, siteName: tm('siteName'), locale: t('ogLocale'), alternateLocale },
    twitter: { card: 'summary', title, description },
  };
}
