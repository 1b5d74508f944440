import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

// Locale negotiation and localised path rewriting; authorisation never lives here.
export default createMiddleware(routing);

export const config = {
  // Project codes contain a dot (PX.0220), so only real static-file extensions are skipped.
  matcher: ['/((?!api|_next|_vercel|.*\\.(?:ico|png|svg|jpe?g|webp|txt|xml|css|js|map|woff2?|webmanifest)$).*)'],
};
