import type { NextRequest } from 'next/server';
import { notFound } from '@/lib/api/errors';
import { isAppLocale, routing, type AppLocale } from '@/lib/i18n/routing';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

const MESSAGES = { en, fr } as const;

/** Whether every segment of a raw (still encoded) path decodes, as Next.js will decode it for route params. */
function decodes(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small self-contained localised 404 page (the app's pages cannot render: Next.js fails on the path itself). */
function notFoundPage(locale: AppLocale): Response {
  const t = MESSAGES[locale].notFound;
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>${escape(t.title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">`
    + `<main><h1>${escape(t.title)}</h1><p>${escape(t.body)}</p><p><a href="/${locale}">${escape(t.home)}</a></p></main></body></html>`;
  return new Response(html, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * A path with malformed percent-encoding (e.g. `/en/zzz%E0%A4%A`) makes Next.js answer a plain 500. Answer a JSON 404
 * under /api, else a localised 404 page (locale from the first segment, or the default); null for decodable paths.
 */
export function malformedPathResponse(request: NextRequest): Response | null {
  const { pathname } = request.nextUrl;
  if (decodes(pathname)) return null;
  if (pathname.startsWith('/api/')) return notFound('The path is not valid percent-encoded UTF-8.');
  const first = pathname.split('/')[1] ?? '';
  return notFoundPage(isAppLocale(first) ? first : routing.defaultLocale);
}
