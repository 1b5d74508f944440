import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher, type LanguageLink } from '@/components/layout/language-switcher';
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

const NAV = [
  ['/projects', 'projects'],
  ['/regions', 'regions'],
  ['/resource-centres', 'centres'],
] as const;

const LINK = 'inline-flex min-h-11 items-center text-white underline-offset-4 hover:underline';

/**
 * Site title, main navigation and the language links. On a phone the navigation folds into a "Menu" disclosure
 * (`<details>`, no script), keeping the header one line high; from the `md` width it is a row.
 */
export async function SiteHeader({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const tm = await getTranslations({ locale, namespace: 'meta' });
  const switcher = { label: t('languageSwitcher'), languages: await otherLanguages(locale) };
  const links = NAV.map(([href, key]) => (
    <li key={href}>
      <Link href={href} className={LINK}>
        {t(key)}
      </Link>
    </li>
  ));
  return (
    <header className="site-header no-print border-b border-slate-200 bg-iom-blue text-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-1">
        <Link href="/" className="inline-flex min-h-11 items-center font-semibold text-white hover:underline">
          {tm('siteName')}
        </Link>
        <nav aria-label={t('main')} className="hidden items-center gap-4 md:flex">
          <ul className="flex items-center gap-4">{links}</ul>
          <LanguageSwitcher {...switcher} />
        </nav>
        <details className="relative md:hidden">
          <summary className="inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded border border-white px-3 font-semibold">
            {t('menu')}
          </summary>
          <nav
            aria-label={t('main')}
            className="absolute right-0 z-20 mt-1 w-64 rounded bg-iom-blue-dark p-3 shadow-lg"
          >
            <ul className="flex flex-col">{links}</ul>
            <LanguageSwitcher {...switcher} className="mt-3 flex flex-wrap gap-2 border-t border-white/40 pt-3" />
          </nav>
        </details>
      </div>
    </header>
  );
}
