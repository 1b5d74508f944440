'use client';

import { useParams, useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { queryOfSearchParams } from '@/lib/i18n/query';
import type { AppLocale } from '@/lib/i18n/routing';

/** One other language: its code, its name in itself ("Español") and the link's description in it. */
export type LanguageLink = { locale: AppLocale; label: string; title: string };

type Props = { label: string; languages: LanguageLink[] };
type Href = Parameters<typeof Link>[0]['href'];

const className = 'rounded border border-white px-2 py-1 text-white hover:bg-white hover:text-iom-blue';

/** Links to the same page, with the same query string, in each other language. */
export function LanguageSwitcher({ label, languages }: Props) {
  const pathname = usePathname();
  const { locale: _current, ...params } = useParams<Record<string, string>>();
  const search = useSearchParams();
  const query = queryOfSearchParams(search);
  // The internal pathname template plus the current params resolves to the localised path of the same page.
  const href = { pathname, params, query } as unknown as Href;
  return <LanguageLinks label={label} languages={languages} href={href} />;
}

/** The same links to each other language's home, while the current address is not known. */
export function LanguageSwitcherFallback({ label, languages }: Props) {
  return <LanguageLinks label={label} languages={languages} href="/" />;
}

// Each link is marked as being in its language (lang, hrefLang), its name and description included.
function LanguageLinks({ label, languages, href }: Props & { href: Href }) {
  return (
    <ul aria-label={label} className="flex flex-wrap items-center gap-2">
      {languages.map((language) => (
        <li key={language.locale}>
          <Link
            href={href}
            locale={language.locale}
            hrefLang={language.locale}
            lang={language.locale}
            title={language.title}
            className={className}
          >
            {language.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
