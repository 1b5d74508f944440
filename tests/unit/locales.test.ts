import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { formatUsd } from '@/lib/format';
import {
  ADMIN_PATH,
  LOCALE_PATH,
  localeOfRequest,
  LOGIN_PATH,
  loginPath,
  negotiatedLocale,
} from '@/lib/i18n/locale-paths';
import { malformedPathResponse } from '@/lib/i18n/malformed-path';
import { compareWithReference, type Tree } from '@/lib/i18n/message-keys';
import { routing, type AppLocale } from '@/lib/i18n/routing';
import { PLAIN_MESSAGES } from '@/lib/security/plain-page';

// next-intl's navigation (getPathname, used by lib/seo.ts) imports `next/navigation` and `next/link`, which Next.js's
// bundler resolves but Node.js's ESM loader, loading next-intl outside Vite here, cannot (the `next` package declares
// no exports): such a specifier is retried with `.js`.
register(
  `data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, next) {
  try { return await next(specifier, context); }
  catch (error) { if (/^next\\/[a-z-]+$/.test(specifier)) return next(specifier + '.js', context); throw error; }
}`)}`,
);
const { getPathname } = await import('@/lib/i18n/navigation');
const { alternatesFor } = await import('@/lib/seo');

// Languages are configuration: everything below runs over the locale list of lib/i18n/routing.ts, so a language added
// there is checked here without a new test.
type Internal = keyof typeof routing.pathnames;
const INTERNAL = Object.keys(routing.pathnames) as Internal[];
const PARAMS: Record<string, string> = { code: 'PX.0220', slug: 'la-union-window-office' };

// A pathname's name in a locale: one string for every locale, or one per locale.
const localised = (internal: Internal, locale: AppLocale): string => {
  const names: string | Partial<Record<AppLocale, string>> = routing.pathnames[internal];
  return typeof names === 'string' ? names : (names[locale] ?? '');
};
const paramsOf = (template: string) => [...template.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
const hrefOf = (internal: Internal) => {
  const names = paramsOf(internal);
  return (
    names.length === 0 ? internal : { pathname: internal, params: Object.fromEntries(names.map((n) => [n, PARAMS[n]])) }
  ) as Parameters<typeof getPathname>[0]['href'];
};
const fill = (template: string) => template.replace(/\[(\w+)\]/g, (_, name: string) => PARAMS[name]!);

// The page a path of `locale` leads to (the way back of getPathname): the internal pathname whose localised name
// matches it, a fixed segment winning over a parameter as in Next.js's routing (`/projets/nouveau` is not a code).
function internalOf(path: string, locale: AppLocale): Internal | undefined {
  const prefix = `/${locale}`;
  if (path !== prefix && !path.startsWith(`${prefix}/`)) return undefined;
  const given = (path.slice(prefix.length) || '/').split('/');
  const matches = INTERNAL.filter((internal) => {
    const segments = localised(internal, locale).split('/');
    return segments.length === given.length && segments.every((s, i) => /^\[\w+\]$/.test(s) || s === given[i]);
  });
  return matches.sort((a, b) => paramsOf(a).length - paramsOf(b).length)[0];
}

const catalogue = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Tree;

describe('the locale list', () => {
  it('holds French (the default), English and Spanish', () => {
    expect(routing.locales).toEqual(expect.arrayContaining(['fr', 'en', 'es']));
    expect(routing.defaultLocale).toBe('fr');
    expect(new Set(routing.locales).size).toBe(routing.locales.length);
  });

  it('every pathname has a name in each locale, with the same parameters as the internal one', () => {
    for (const internal of INTERNAL) {
      const names = routing.pathnames[internal];
      if (typeof names !== 'string') expect(Object.keys(names).sort(), internal).toEqual([...routing.locales].sort());
      for (const locale of routing.locales) {
        const name = localised(internal, locale);
        expect(name, `${internal} in ${locale}`).toMatch(/^\/[\w\-/[\]]*$/);
        expect(paramsOf(name), `${internal} in ${locale}`).toEqual(paramsOf(internal));
      }
    }
  });

  it('localised paths are unique within each locale (one page per address)', () => {
    for (const locale of routing.locales) {
      const names = INTERNAL.map((internal) => localised(internal, locale));
      expect(new Set(names).size, locale).toBe(names.length);
    }
  });

  it('getPathname gives each page its localised address, which leads back to the same page', () => {
    for (const locale of routing.locales) {
      for (const internal of INTERNAL) {
        const path = getPathname({ href: hrefOf(internal), locale });
        const expected = `/${locale}${fill(localised(internal, locale))}`;
        expect(path, `${internal} in ${locale}`).toBe(expected === `/${locale}/` ? `/${locale}` : expected);
        expect(internalOf(path, locale), path).toBe(internal);
      }
    }
    expect(getPathname({ href: { pathname: '/projects/[code]', params: { code: 'PX.0220' } }, locale: 'es' })).toBe(
      '/es/proyectos/PX.0220',
    );
  });

  it('formats US dollar amounts in each language', () => {
    expect(formatUsd('400000', 'es')).toBe('400.000\u00a0US$');
    expect(formatUsd('400000', 'fr')).toBe('400\u202f000\u00a0$US');
    expect(formatUsd('400000', 'en')).toBe('US$400,000');
    for (const locale of routing.locales) expect(formatUsd('1234.50', locale), locale).toMatch(/1.?234.50/);
  });
});

describe('the proxy patterns', () => {
  it("accept every locale's paths, staff pages and login page", () => {
    for (const locale of routing.locales) {
      const login = getPathname({ href: '/admin/login', locale });
      expect(loginPath(locale)).toBe(login);
      for (const path of [login, `${login}/`]) {
        expect(LOGIN_PATH.test(path), path).toBe(true);
        expect(ADMIN_PATH.exec(path)?.[1], path).toBe(locale);
        expect(LOCALE_PATH.exec(path)?.[1], path).toBe(locale);
      }
      for (const internal of INTERNAL.filter((i) => i.startsWith('/admin'))) {
        const path = getPathname({ href: hrefOf(internal), locale });
        expect(ADMIN_PATH.exec(path)?.[1], path).toBe(locale);
        expect(LOGIN_PATH.test(path), path).toBe(internal === '/admin/login');
      }
      for (const internal of INTERNAL.filter((i) => !i.startsWith('/admin'))) {
        const path = getPathname({ href: hrefOf(internal), locale });
        expect(LOCALE_PATH.exec(path)?.[1], path).toBe(locale);
        expect(ADMIN_PATH.test(path), path).toBe(false);
        expect(localeOfRequest(path, null), path).toBe(locale);
      }
    }
  });

  it('refuse what is not a locale of the list', () => {
    for (const path of ['/de', '/de/admin', '/esx/admin', '/fres', '/api/v1/projects', '/', '/admin', '/admin/login']) {
      expect(LOCALE_PATH.test(path), path).toBe(false);
      expect(ADMIN_PATH.test(path), path).toBe(false);
      expect(LOGIN_PATH.test(path), path).toBe(false);
    }
    expect(LOGIN_PATH.test('/es/admin/acceso/x')).toBe(false);
  });

  it('negotiate a path without a locale from Accept-Language as next-intl does', () => {
    for (const [header, locale] of [
      ['es-SV,es;q=0.9', 'es'],
      ['fr-CA', 'fr'],
      ['en-US', 'en'],
      ['EN-gb', 'en'],
      ['de-DE,es;q=0.5,en;q=0.8', 'en'],
      ['en;q=0, es', 'es'],
      ['de-DE', routing.defaultLocale],
      ['*', routing.defaultLocale],
      ['', routing.defaultLocale],
      [null, routing.defaultLocale],
      ['x-!!', routing.defaultLocale],
    ] as const) {
      expect(negotiatedLocale(header), String(header)).toBe(locale);
      expect(localeOfRequest('/', header), String(header)).toBe(locale);
    }
    // The path's own locale wins over the header.
    expect(localeOfRequest('/es/proyectos', 'en-US')).toBe('es');
  });
});

describe('texts and alternates of every locale', () => {
  it('the message catalogues have the same keys and arguments', () => {
    const all = Object.fromEntries(routing.locales.map((l) => [l, catalogue(l)]));
    expect(compareWithReference(all, routing.defaultLocale)).toEqual([]);
  });

  it("the proxy's own pages answer in each language", async () => {
    for (const locale of routing.locales) {
      const res = malformedPathResponse(new NextRequest(`http://localhost/${locale}/%25`))!;
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html, locale).toContain(`<html lang="${locale}">`);
      expect(html, locale).toContain(`<h1>${PLAIN_MESSAGES[locale].notFound.title}</h1>`);
    }
    expect(PLAIN_MESSAGES.es.notFound.title).toBe('Página no encontrada');
  });

  it('pages name every language version and x-default (the default locale) as alternates', () => {
    for (const locale of routing.locales) {
      const { canonical, languages } = alternatesFor(
        { pathname: '/projects/[code]', params: { code: 'PX.0220' } },
        locale,
      );
      expect(Object.keys(languages).sort()).toEqual([...routing.locales, 'x-default'].sort());
      expect(canonical).toBe(languages[locale]);
      expect(languages['x-default']).toBe(languages[routing.defaultLocale]);
    }
    expect(new URL(alternatesFor('/projects', 'fr').languages.es!).pathname).toBe('/es/proyectos');
  });
});
