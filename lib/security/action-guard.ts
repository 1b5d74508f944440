// Form posts (server actions) that Next.js would refuse with a bare 500: a body over the limit, or an Origin naming
// another site. The proxy answers them itself with a localised 413 or 403 page before they reach an action.
import type { NextRequest } from 'next/server';
import type { AppLocale } from '@/lib/i18n/routing';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/security/limits';
import { PLAIN_MESSAGES, plainPage } from '@/lib/security/plain-page';

/** Whether an Origin header names the host the request was sent to (after the proxy settled X-Forwarded-Host). */
export function sameOrigin(origin: string, headers: Pick<Headers, 'get'>): boolean {
  const host = (headers.get('x-forwarded-host') ?? headers.get('host') ?? '').split(',')[0]?.trim() ?? '';
  try {
    return host !== '' && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** A 413 or 403 page for a POST to a page that must not reach Next.js, else null. */
export function refusedPost(request: NextRequest, locale: AppLocale): Response | null {
  if (request.method !== 'POST') return null;
  const m = PLAIN_MESSAGES[locale].requestErrors;
  const link = { text: m.back, href: `/${locale}` };
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > ACTION_BODY_LIMIT_BYTES) {
    return plainPage(
      locale,
      { status: 413, title: m.tooLarge.title, body: m.tooLarge.body, link },
      { Connection: 'close' },
    );
  }
  // A missing Origin reaches the action, whose own check refuses it with a message in the form (lib/auth/session.ts).
  const origin = request.headers.get('origin');
  if (origin !== null && !sameOrigin(origin, request.headers)) {
    return plainPage(locale, { status: 403, title: m.forbidden.title, body: m.forbidden.body, link });
  }
  return null;
}
