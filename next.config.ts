import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { routing } from './lib/i18n/routing';
import { API_CSP, COMMON_SECURITY_HEADERS } from './lib/security/headers';
import { ACTION_BODY_LIMIT_BYTES } from './lib/security/limits';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Behind a reverse proxy the server is started with `-H 127.0.0.1`. Next.js turns a loopback host into `localhost`
  // in the proxy's request URL but not in the URL it compares rewrites with, so the locale routing's rewrites
  // (`/fr/projets` → `/fr/projects`) looked external and were proxied over the network (a 307 loop, or a 500 with
  // `X-Forwarded-Proto: https`; vercel/next.js#94745). Without that normalisation both URLs agree. Only the Pages
  // Router's `/_next/data` URLs are affected otherwise, and this app has none.
  skipProxyUrlNormalize: true,
  // The proxy answers a larger form post with a 413 page before it reaches an action (lib/security/action-guard.ts).
  // authInterrupts: forbidden() (experimental in Next.js 16), for a staff member whose role does not reach a page: a
  // 403 with app/[locale]/admin/forbidden.tsx ("no access") rather than a redirect to the login page.
  experimental: { serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES }, authInterrupts: true },
  serverExternalPackages: ['pg', '@prisma/adapter-pg', '@node-rs/argon2'],
  // Staff pages are per-user (proxy.ts sets the same on the responses it handles).
  headers() {
    const common = Object.entries(COMMON_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
    return [
      {
        source: `/:locale(${routing.locales.join('|')})/admin/:path*`,
        headers: [{ key: 'Cache-Control', value: 'no-store' }],
      },
      // Files the proxy does not see (scripts, styles, fonts, images) get the same headers.
      { source: '/_next/:path*', headers: [...common, { key: 'Content-Security-Policy', value: API_CSP }] },
    ];
  },
};

export default withNextIntl(nextConfig);
