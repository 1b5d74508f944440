import { defineRouting } from 'next-intl/routing';

const locales = ['fr', 'en'] as const;
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
    '/admin/login': { fr: '/admin/connexion', en: '/admin/login' },
    '/admin/account': { fr: '/admin/compte', en: '/admin/account' },
    '/admin/users': { fr: '/admin/utilisateurs', en: '/admin/users' },
    '/admin/audit': { fr: '/admin/journal', en: '/admin/audit' },
    '/admin/reference': { fr: '/admin/referentiels', en: '/admin/reference' },
    '/admin/projects': { fr: '/admin/projets', en: '/admin/projects' },
    '/admin/projects/new': { fr: '/admin/projets/nouveau', en: '/admin/projects/new' },
    '/admin/projects/[code]': { fr: '/admin/projets/[code]', en: '/admin/projects/[code]' },
    '/admin/projects/[code]/history': { fr: '/admin/projets/[code]/historique', en: '/admin/projects/[code]/history' },
    '/admin/import': { fr: '/admin/importer', en: '/admin/import' },
    '/admin/import/csv': { fr: '/admin/importer/csv', en: '/admin/import/csv' },
    '/admin/centres': { fr: '/admin/centres', en: '/admin/centres' },
    '/admin/centres/new': { fr: '/admin/centres/nouveau', en: '/admin/centres/new' },
    '/admin/centres/[slug]': { fr: '/admin/centres/[slug]', en: '/admin/centres/[slug]' },
    '/admin/centres/[slug]/history': { fr: '/admin/centres/[slug]/historique', en: '/admin/centres/[slug]/history' },
  },
});

/** Narrows any string to a supported locale. */
export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
