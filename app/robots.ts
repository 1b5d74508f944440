import type { MetadataRoute } from 'next';
import { getEnv } from '@/lib/env';
import { getPathname } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';

// SITE_URL is known at run time only.
export const dynamic = 'force-dynamic';

/** Crawlers may read every public page but not the staff section nor the API; points them to the sitemap. */
export default function robots(): MetadataRoute.Robots {
  const base = getEnv().SITE_URL;
  const admin = routing.locales.map((locale) => getPathname({ href: '/admin', locale }));
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', ...admin, '/api'] },
    sitemap: new URL('/sitemap.xml', base).toString(),
  };
}
