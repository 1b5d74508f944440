import { describe, expect, it } from 'vitest';
import { missingProductionSecrets, type Env } from '@/lib/env';

const secrets = {
  AUTH_SECRET: 'x'.repeat(40),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'),
};
const env = (given: Record<string, string>): Env => ({
  NODE_ENV: 'production',
  SITE_URL: 'http://localhost:3000',
  TRUSTED_PROXIES: 'loopback',
  DB_POOL_MAX: 10,
  PAGE_CACHE: 'on',
  PAGE_CACHE_MB: 64,
  PAGE_RENDER_INTERVAL_MS: 1_000,
  LOG_LEVEL: 'info',
  ...given,
});

describe('a production server refuses to start without', () => {
  it('its public origin: SITE_URL has no silent default in production', () => {
    const given = { ...secrets };
    const missing = missingProductionSecrets(env(given), given);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^SITE_URL: /);
    const withSite = { ...secrets, SITE_URL: 'https://portal.example.org' };
    expect(missingProductionSecrets(env(withSite), withSite)).toEqual([]);
  });

  it('its secrets, and asks for nothing outside production', () => {
    const given = { SITE_URL: 'https://portal.example.org' };
    expect(missingProductionSecrets(env(given), given).map((m) => m.split(':')[0])).toEqual([
      'AUTH_SECRET',
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY',
    ]);
    expect(missingProductionSecrets({ ...env({}), NODE_ENV: 'development' }, {})).toEqual([]);
  });
});
