// The answer while the database is unreachable: a localised 503 page (or JSON for the API) with Retry-After,
// produced without touching the database or rendering React, so it works when nothing else does.
import en from '@/messages/en.json' with { type: 'json' };
import fr from '@/messages/fr.json' with { type: 'json' };
import type { AppLocale } from '@/lib/i18n/routing';

const RETRY_AFTER_SECONDS = '30';
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** 503 HTML page in the visitor's language; the retry link reloads the same address. */
export function unavailablePage(locale: AppLocale, nonceFreeHeaders: Record<string, string>): Response {
  const m = (locale === 'fr' ? fr : en).unavailable;
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(m.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1e293b}h1{color:#0033a0}a{color:#0033a0}</style>
</head><body><main><h1>${escape(m.title)}</h1><p>${escape(m.body)}</p><p><a href="">${escape(m.retry)}</a></p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { ...nonceFreeHeaders, 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': RETRY_AFTER_SECONDS, 'Cache-Control': 'no-store' },
  });
}

/** 503 JSON error of the API, in the error shape of every other API error. */
export function unavailableJson(headers: Record<string, string>): Response {
  return Response.json(
    { error: { code: 'service_unavailable', message: en.unavailable.api } },
    { status: 503, headers: { ...headers, 'Retry-After': RETRY_AFTER_SECONDS, 'Cache-Control': 'no-store' } },
  );
}
