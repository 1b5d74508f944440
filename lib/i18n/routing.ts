import { defineRouting } from 'next-intl/routing';

// The languages of the portal, interface and content alike: the one list every other part follows (routing, path
// names, the switcher, hreflang, the sitemap, formatting, translated text, the proxy and the page cache). Adding one
// is described in README "Languages".
const locales = ['fr', 'en', 'es'] as const;
export type AppLocale = (typeof locales)[number];

// Every localised path is declared here and nowhere else.
export const routing = defineRouting({
  locales,
  defaultLocale: 'fr',
  localePrefix: 'always',
  pathnames: {
    '/': '/',
    '/projects': { fr: '/projets', en: '/projects', es: '/proyectos' },
    // Before `/projects/[code]`: route-match.ts takes the first path name that matches, and `dashboard` would also
    // read as a project code.
    '/projects/dashboard': { fr: '/projets/tableau-de-bord', en: '/projects/dashboard', es: '/proyectos/panel' },
    '/projects/[code]': { fr: '/projets/[code]', en: '/projects/[code]', es: '/proyectos/[code]' },
    '/regions': { fr: '/regions', en: '/regions', es: '/regiones' },
    '/resource-centres': { fr: '/centres-de-ressources', en: '/resource-centres', es: '/centros-de-recursos' },
    '/resource-centres/[slug]': {
      fr: '/centres-de-ressources/[slug]',
      en: '/resource-centres/[slug]',
      es: '/centros-de-recursos/[slug]',
    },
    '/resource-centres/[slug]/report': {
      fr: '/centres-de-ressources/[slug]/signaler',
      en: '/resource-centres/[slug]/report',
      es: '/centros-de-recursos/[slug]/reportar',
    },
    // Pages meant for an <iframe> on another site (no site header; the only pages that may be framed).
    '/embed/projects': { fr: '/integrer/projets', en: '/embed/projects', es: '/insertar/proyectos' },
    '/embed/projects/[code]': {
      fr: '/integrer/projets/[code]',
      en: '/embed/projects/[code]',
      es: '/insertar/proyectos/[code]',
    },
    '/admin': '/admin',
    '/admin/reports': { fr: '/admin/signalements', en: '/admin/reports', es: '/admin/reportes' },
    '/admin/login': { fr: '/admin/connexion', en: '/admin/login', es: '/admin/acceso' },
    '/admin/account': { fr: '/admin/compte', en: '/admin/account', es: '/admin/cuenta' },
    '/admin/users': { fr: '/admin/utilisateurs', en: '/admin/users', es: '/admin/usuarios' },
    '/admin/audit': { fr: '/admin/journal', en: '/admin/audit', es: '/admin/registro' },
    '/admin/reference': { fr: '/admin/referentiels', en: '/admin/reference', es: '/admin/referencias' },
    '/admin/projects': { fr: '/admin/projets', en: '/admin/projects', es: '/admin/proyectos' },
    '/admin/projects/new': { fr: '/admin/projets/nouveau', en: '/admin/projects/new', es: '/admin/proyectos/nuevo' },
    '/admin/projects/[code]': {
      fr: '/admin/projets/[code]',
      en: '/admin/projects/[code]',
      es: '/admin/proyectos/[code]',
    },
    '/admin/projects/[code]/history': {
      fr: '/admin/projets/[code]/historique',
      en: '/admin/projects/[code]/history',
      es: '/admin/proyectos/[code]/historial',
    },
    '/admin/import': { fr: '/admin/importer', en: '/admin/import', es: '/admin/importar' },
    '/admin/import/csv': { fr: '/admin/importer/csv', en: '/admin/import/csv', es: '/admin/importar/csv' },
    '/admin/centres': { fr: '/admin/centres', en: '/admin/centres', es: '/admin/centros' },
    '/admin/centres/new': { fr: '/admin/centres/nouveau', en: '/admin/centres/new', es: '/admin/centros/nuevo' },
    '/admin/centres/[slug]': { fr: '/admin/centres/[slug]', en: '/admin/centres/[slug]', es: '/admin/centros/[slug]' },
    '/admin/centres/[slug]/history': {
      fr: '/admin/centres/[slug]/historique',
      en: '/admin/centres/[slug]/history',
      es: '/admin/centros/[slug]/historial',
    },
  },
});

/** Narrows any string to a supported locale. */
export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The given value if it is a supported locale, else the default one. */
export function localeOr(value: unknown): AppLocale {
  return isAppLocale(value) ? value : routing.defaultLocale;
}

/** A language's column name: name + es → nameEs (reference tables keep one column per language). */
export function localisedName<N extends string, L extends AppLocale>(name: N, locale: L): `${N}${Capitalize<L>}` {
  return `${name}${locale.charAt(0).toUpperCase()}${locale.slice(1)}` as `${N}${Capitalize<L>}`;
}

/** A reference row's names, one per language (regions, project types, countries, languages, services). */
export type LocalisedNames = { [L in AppLocale as `name${Capitalize<L>}`]: string };

/** The Prisma select of a reference row's names in every language. */
export const NAME_SELECT = Object.fromEntries(locales.map((l) => [localisedName('name', l), true])) as {
  [K in keyof LocalisedNames]: true;
};

/** A reference row's name in the page's language. */
export function nameIn(names: LocalisedNames, locale: AppLocale): string {
  return names[localisedName('name', locale)];
}
