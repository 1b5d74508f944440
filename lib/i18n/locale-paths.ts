// The locale routing's addresses as the proxy and the page cache test them, built from the locale list and the path
// names of lib/i18n/routing.ts (no language is named here), and the locale of a request whose path names none,
// negotiated from Accept-Language the way next-intl's middleware negotiates its redirect of `/`.
import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { localeOr, routing, type AppLocale } from '@/lib/i18n/routing';

// Locale codes and path names are plain text inside the patterns below.
const literal = (text: string) => text.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&');
const ANY_LOCALE = routing.locales.map(literal).join('|');

/** A path under a locale (`/es`, `/es/proyectos`); group 1 is the locale. */
export const LOCALE_PATH = new RegExp(`^/(${ANY_LOCALE})(?:/|$)`);

/** A staff path under a locale (`/fr/admin`, `/es/admin/proyectos`); group 1 is the locale. */
export const ADMIN_PATH = new RegExp(`^/(${ANY_LOCALE})/admin(?:/|$)`);

/** The address of the staff login page in a locale, by its path name there (`/es/admin/acceso`). */
export function loginPath(locale: AppLocale): string {
  return `/${locale}${routing.pathnames['/admin/login'][locale]}`;
}

/** The staff login page in any locale, with or without a final slash. */
export const LOGIN_PATH = new RegExp(`^(?:${routing.locales.map((l) => literal(loginPath(l))).join('|')})/?$`);

// Longest first, as next-intl orders them (formatjs/formatjs#4469: a shorter tag could win over a better longer one).
const BY_LENGTH = [...routing.locales].sort((a, b) => b.length - a.length);

/**
 * The best locale for an Accept-Language header, else the default one: next-intl's own matching
 * (next-intl/dist/…/middleware/resolveLocale.js): the header's languages in the client's order of preference
 * (`negotiator`), then the best fit among the locales (`@formatjs/intl-localematcher`, the ECMA-402 LookupMatcher):
 * `es-SV,es;q=0.9` → es, `fr-CA` → fr, `de` → the default.
 */
export function negotiatedLocale(acceptLanguage: string | null): AppLocale {
  const languages = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? undefined } }).languages();
  try {
    const best = match(languages, BY_LENGTH, routing.defaultLocale).toLowerCase();
    return localeOr(routing.locales.find((l) => l.toLowerCase() === best));
  } catch {
    // A malformed language tag: what next-intl does too, the default.
    return routing.defaultLocale;
  }
}

/** The locale a path starts with, else the one negotiated from the Accept-Language header. */
export function localeOfRequest(pathname: string, acceptLanguage: string | null): AppLocale {
  const fromPath = LOCALE_PATH.exec(pathname)?.[1];
  return fromPath === undefined ? negotiatedLocale(acceptLanguage) : localeOr(fromPath);
}
