import { getEnv } from '@/lib/env';
import { getPathname } from '@/lib/i18n/navigation';
import { routing, type AppLocale } from '@/lib/i18n/routing';

type Href = Parameters<typeof getPathname>[0]['href'];

/** Canonical URL and hreflang alternates of a page in every locale. */
export function alternatesFor(href: Href, locale: AppLocale): { canonical: string; languages: Record<string, string> } {
  const base = getEnv().SITE_URL;
  const url = (l: AppLocale) => new URL(getPathname({ href, locale: l }), base).toString();
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((l) => [l, url(l)]));
  languages['x-default'] = url(routing.defaultLocale);
  return { canonical: url(locale), languages };
}

/** The absolute address of a page on the site's public origin (`SITE_URL`), for links and code given to other sites. */
export function absoluteUrl(href: Href, locale: AppLocale): string {
  return new URL(getPathname({ href, locale }), getEnv().SITE_URL).toString();
}
