// The answer while the database is unreachable: a localised 503 page (or JSON for the API) with Retry-After,
// produced without touching the database or rendering React, so it works when nothing else does.
import { RETRY_AFTER_SECONDS } from '@/lib/api/errors';
import type { AppLocale } from '@/lib/i18n/routing';
import { PLAIN_MESSAGES, plainPage } from '@/lib/security/plain-page';

/** 503 HTML page in the visitor's language; the retry link reloads the same address. */
export function unavailablePage(locale: AppLocale, headers: Record<string, string>): Response {
  const m = PLAIN_MESSAGES[locale].unavailable;
  return plainPage(
    locale,
    { status: 503, title: m.title, body: m.body, link: { text: m.retry, href: '' } },
    {
      ...headers,
      'Retry-After': String(RETRY_AFTER_SECONDS),
    },
  );
}

/** 503 JSON error of the API, in the error shape of every other API error. */
export function unavailableJson(headers: Record<string, string>): Response {
  return Response.json(
    { error: { code: 'service_unavailable', message: PLAIN_MESSAGES.en.unavailable.api } },
    { status: 503, headers: { ...headers, 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' } },
  );
}
