import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { API_CSP, COMMON_SECURITY_HEADERS } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ['pg', '@prisma/adapter-pg', '@node-rs/argon2'],
  // Staff pages are per-user (proxy.ts sets the same on the responses it handles).
  async headers() {
    const common = Object.entries(COMMON_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
    return [
      { source: '/:locale(fr|en)/admin/:path*', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
      // Files the proxy does not see (scripts, styles, fonts, images) get the same headers.
      { source: '/_next/:path*', headers: [...common, { key: 'Content-Security-Policy', value: API_CSP }] },
    ];
  },
};

export default withNextIntl(nextConfig);
