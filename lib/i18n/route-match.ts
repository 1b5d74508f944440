// Which page of the locale routing an address names: its locale, the internal path name (`/projects/[code]`) and the
// parameters, read from the path names of lib/i18n/routing.ts. The proxy uses it to answer an address that names no
// page with the 404 page, and the header to link the same page in the other languages.
import { routing, type AppLocale } from '@/lib/i18n/routing';

type InternalPathname = keyof typeof routing.pathnames;
export type RouteMatch = { locale: AppLocale; pathname: InternalPathname; params: Record<string, string> };

type Pattern = { locale: AppLocale; pathname: InternalPathname; regex: RegExp; names: string[] };

// Path names are plain text but for their `[param]` segments.
const literal = (text: string) => text.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&');

function patternOf(locale: AppLocale, pathname: InternalPathname): Pattern {
  const entry = routing.pathnames[pathname];
  const template = typeof entry === 'string' ? entry : entry[locale];
  const names: string[] = [];
  // One segment per parameter (no slash inside), so the match is linear in the path's length.
  const body = template
    .split('/')
    .map((segment) => {
      const param = /^\[([a-z]+)\]$/i.exec(segment)?.[1];
      if (!param) return literal(segment);
      names.push(param);
      return '([^/]+)';
    })
    .join('/');
  const path = body === '/' || body === '' ? '' : body;
  return { locale, pathname, names, regex: new RegExp(`^/${literal(locale)}${path}/?$`) };
}

const PATTERNS: Pattern[] = routing.locales.flatMap((locale) =>
  (Object.keys(routing.pathnames) as InternalPathname[]).map((p) => patternOf(locale, p)),
);

/** The page an address names (a path, without query), or null when it names none. Parameters stay percent-encoded. */
export function matchRoute(path: string): RouteMatch | null {
  for (const p of PATTERNS) {
    const m = p.regex.exec(path);
    if (!m) continue;
    const params = Object.fromEntries(p.names.map((name, i) => [name, m[i + 1] ?? '']));
    return { locale: p.locale, pathname: p.pathname, params };
  }
  return null;
}

/** Whether an address is one of the pages meant for an <iframe> on another site (`/embed/…` in every language). */
export function isEmbedRoute(path: string): boolean {
  return matchRoute(path)?.pathname.startsWith('/embed/') ?? false;
}
