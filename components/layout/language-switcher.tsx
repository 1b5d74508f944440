import { headers } from 'next/headers';
import { getPathname } from '@/lib/i18n/navigation';
import { queryOfSearchParams } from '@/lib/i18n/query';
import { matchRoute } from '@/lib/i18n/route-match';
import type { AppLocale } from '@/lib/i18n/routing';
import { PAGE_URL_HEADER } from '@/lib/i18n/page-url';

/** One other language: its code, its name in itself ("Español") and the link's description in it. */
export type LanguageLink = { locale: AppLocale; label: string; title: string };

type Props = { label: string; languages: LanguageLink[]; className?: string };
type Href = Parameters<typeof getPathname>[0]['href'];

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Links to the same page, with the same query string, in each other language: plain links worked out on the server
 * from the address the proxy passes on (`x-page-url`); an address that names no page links each language's home.
 */
export async function LanguageSwitcher({ label, languages, className }: Props) {
  const url = (await headers()).get(PAGE_URL_HEADER) ?? '';
  const [path = '', search = ''] = url.split('?', 2);
  const route = matchRoute(path);
  const hrefIn = (locale: AppLocale): string => {
    if (!route) return getPathname({ href: '/', locale });
    const params = Object.fromEntries(Object.entries(route.params).map(([k, v]) => [k, decode(v)]));
    const query = queryOfSearchParams(new URLSearchParams(search));
    // No query: no `?` at the end of the address.
    const href =
      Object.keys(query).length > 0
        ? { pathname: route.pathname, params, query }
        : { pathname: route.pathname, params };
    return getPathname({ href: href as unknown as Href, locale });
  };
  return (
    <ul aria-label={label} className={className ?? 'flex flex-wrap items-center gap-2'}>
      {languages.map((language) => (
        <li key={language.locale}>
          <a
            href={hrefIn(language.locale)}
            hrefLang={language.locale}
            lang={language.locale}
            title={language.title}
            className="inline-flex min-h-11 items-center rounded border border-white px-3 text-white hover:bg-white hover:text-iom-blue"
          >
            {language.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
