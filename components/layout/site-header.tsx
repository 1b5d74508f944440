import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher, LanguageSwitcherFallback } from '@/components/layout/language-switcher';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

/** Site title, main navigation and the language switcher. */
export async function SiteHeader({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const tm = await getTranslations({ locale, namespace: 'meta' });
  const other: AppLocale = locale === 'fr' ? 'en' : 'fr';
  const switcher = { label: t('otherLanguage'), title: t('otherLanguageLabel'), locale: other };
  return (
    <header className="border-b border-slate-200 bg-iom-blue text-white no-print">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="font-semibold text-white hover:underline">
          {tm('siteName')}
        </Link>
        <nav aria-label={t('main')} className="flex flex-wrap items-center gap-4">
          <Link href="/projects" className="text-white underline-offset-4 hover:underline">
            {t('projects')}
          </Link>
          <Link href="/regions" className="text-white underline-offset-4 hover:underline">
            {t('regions')}
          </Link>
          <Link href="/resource-centres" className="text-white underline-offset-4 hover:underline">
            {t('centres')}
          </Link>
          <Suspense fallback={<LanguageSwitcherFallback {...switcher} />}>
            <LanguageSwitcher {...switcher} />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
