import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher, LanguageSwitcherFallback, type LanguageLink } from '@/components/layout/language-switcher';
import { Link } from '@/lib/i18n/navigation';
import { routing, type AppLocale } from '@/lib/i18n/routing';

// A language's name in itself, as it reads inside a sentence of that language: "English", "français", "español".
function autonym(locale: AppLocale): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
}

// Every language but the page's, each labelled by its name in itself, capitalised ("Español"), and described in that
// language ("Leer esta página en español"), since the link is marked as being in it.
async function otherLanguages(locale: AppLocale): Promise<LanguageLink[]> {
  return Promise.all(
    routing.locales
      .filter((l) => l !== locale)
      .map(async (l) => {
        const t = await getTranslations({ locale: l, namespace: 'nav' });
        const name = autonym(l);
        const label = name.charAt(0).toLocaleUpperCase(l) + name.slice(1);
        return { locale: l, label, title: t('readThisPageIn', { language: name }) };
      }),
  );
}

/** Site title, main navigation and the language switcher. */
export async function SiteHeader({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const tm = await getTranslations({ locale, namespace: 'meta' });
  const switcher = { label: t('languageSwitcher'), languages: await otherLanguages(locale) };
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
