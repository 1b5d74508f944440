// Small self-contained HTML answers the proxy gives when the app's pages cannot or must not render (malformed path,
// refused request, database outage): no React, no database, no script, in the visitor's language.
import en from '@/messages/en.json' with { type: 'json' };
import es from '@/messages/es.json' with { type: 'json' };
import fr from '@/messages/fr.json' with { type: 'json' };
import type { AppLocale } from '@/lib/i18n/routing';

/**
 * Every locale's message catalogue, for pages rendered without next-intl (the proxy's own, the global 404 page). The
 * record type makes a new locale of lib/i18n/routing.ts a type error here until its catalogue is added.
 */
export const PLAIN_MESSAGES: Record<AppLocale, typeof en> = { en, es, fr };

/** Their policy: no script, no external resource, only the inline stylesheet below. */
const PLAIN_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type PlainPage = { status: number; title: string; body: string; link: { text: string; href: string } };

/** A complete HTML page with a heading, a paragraph and one link; `headers` are added (security headers). */
export function plainPage(locale: AppLocale, page: PlainPage, headers: Record<string, string> = {}): Response {
  const html =
    `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(page.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1e293b}h1{color:#0033a0}a{color:#0033a0}</style>
</head><body><main><h1>${escape(page.title)}</h1><p>${escape(page.body)}</p>` +
    `<p><a href="${escape(page.link.href)}">${escape(page.link.text)}</a></p></main></body></html>`;
  return new Response(html, {
    status: page.status,
    headers: {
      ...headers,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': PLAIN_PAGE_CSP,
    },
  });
}
