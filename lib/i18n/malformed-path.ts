import type { NextRequest } from 'next/server';
import { notFound } from '@/lib/api/errors';
import { localeOr } from '@/lib/i18n/routing';
import { PLAIN_MESSAGES, plainPage } from '@/lib/security/plain-page';

/** Whether every segment of a raw (still encoded) path decodes, as Next.js will decode it for route params. */
function decodes(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * Paths Next.js cannot serve: malformed percent-encoding (`/en/zzz%E0%A4%A`) makes it answer a bare 500, and so does
 * an encoded `%` in a page path (`/en/%25`): the locale routing decodes the path once before rewriting it, and the
 * rewritten `/en/%` no longer decodes. No page of the portal has a `%` in its address (codes and slugs are letters,
 * digits, dots and hyphens), so both are simply not found.
 */
function unservable(pathname: string): boolean {
  if (!decodes(pathname)) return true;
  return !pathname.startsWith('/api/') && pathname.includes('%25');
}

/**
 * A JSON 404 under /api, else a localised 404 page (locale from the first segment, or the default), for a path Next.js
 * cannot serve; null for every other path.
 */
export function malformedPathResponse(request: NextRequest): Response | null {
  const { pathname } = request.nextUrl;
  if (!unservable(pathname)) return null;
  if (pathname.startsWith('/api/')) return notFound('The path is not valid percent-encoded UTF-8.');
  const locale = localeOr(pathname.split('/')[1]);
  const t = PLAIN_MESSAGES[locale].notFound;
  return plainPage(locale, { status: 404, title: t.title, body: t.body, link: { text: t.home, href: `/${locale}` } });
}
