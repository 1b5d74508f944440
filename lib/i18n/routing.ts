import { defineRouting } from 'next-intl/routing';

export const locales = ['fr', 'en'] as const;
export type AppLocale = (typeof locales)[number];

// Every localised path is declared here and nowhere else.
export const routing = defineRouting({
  locales,
  defaultLocale: 'fr',
  localePrefix: 'always',
  pathnames: {
    '/': '/',
    '/projects': { fr: '/projets', en: '/projects' },
    '/projects/[code]': { fr: '/projets/[code]', en: '/projects/[code]' },
    '/regions': { fr: '/regions', en: '/regions' },
    '/resource-centres': { fr: '/centres-de-ressources', en: '/resource-centres' },
    '/resource-centres/[slug]': { fr: '/centres-de-ressources/[slug]', en: '/resource-centres/[slug]' },
    '/admin': '/admin',
  },
});

export type AppPathname = keyof typeof routing.pathnames;

/** Narrows any string to a supported locale. */
export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
