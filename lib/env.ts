import { z } from 'zod';
import { parseTrustedProxies } from '@/lib/security/forwarded';

// Both database URLs are checked alike.
const postgresUrl = (name: string) =>
  z.string().refine((v) => /^postgres(ql)?:\/\/\S+$/.test(v), `${name} must be a postgresql:// URL`);

// The only place that reads process.env for the application; scripts share it.
const schema = z.object({
  DATABASE_URL: postgresUrl('DATABASE_URL').optional(),
  // A read-only standby of DATABASE_URL for public reads (lib/db.ts, getReadDb; docs/operations.md "Several machines").
  DATABASE_REPLICA_URL: postgresUrl('DATABASE_REPLICA_URL').optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // The public origin (canonical links, hreflang, sitemap, cookies' Secure flag); required in production.
  SITE_URL: z.url().default('http://localhost:3000'),
  // Peers whose X-Forwarded-* headers are believed (lib/security/forwarded.ts): `loopback`, `none` or addresses/CIDRs.
  TRUSTED_PROXIES: z
    .string()
    .default('loopback')
    .refine((v) => {
      try {
        parseTrustedProxies(v);
        return true;
      } catch {
        return false;
      }
    }, 'TRUSTED_PROXIES must be `loopback`, `none` or a comma-separated list of IP addresses and CIDR ranges'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  // Signs session cookies and encrypts TOTP secrets; when unset, one is generated once and kept in app_setting.
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  // Base64 of a 16-, 24- or 32-byte AES key; read by `next build`, which embeds it (docs/operations.md §1, step 3).
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine(
      (v) => [16, 24, 32].includes(Buffer.from(v, 'base64').length) && /^[A-Za-z0-9+/]+={0,2}$/.test(v),
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be the base64 of 16, 24 or 32 random bytes (openssl rand -base64 32)',
    )
    .optional(),
  // Rendered public pages kept per process (lib/page-cache): `off` renders every request; the budget is in MiB.
  PAGE_CACHE: z.enum(['on', 'off']).default('on'),
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  // The shortest time between two renders of one page for content changes (lib/page-cache/state.ts, keptAnswer):
  // within it a page is served as it was while edits go on. Public pages show an edit within this time of their last
  // render; a shorter one renders more under a stream of edits (README "Load": 1 s against 5 s).
  PAGE_RENDER_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Reads and validates the environment once; throws a readable message when it is wrong. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}

/** The database URL, required wherever the database is used (the build does not need one). */
export function getDatabaseUrl(): string {
  const url = getEnv().DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Set it to a postgresql:// URL, or start with `npm start` / `npm run dev`, which provide an embedded PostgreSQL.',
    );
  }
  return url;
}

/** The read replica's URL when one is configured (public reads and the page cache's render version), else null. */
export function getDatabaseReplicaUrl(): string | null {
  return getEnv().DATABASE_REPLICA_URL ?? null;
}

/**
 * In production, the settings that must not be left to chance (secrets and the public origin); a readable list of
 * what is missing, empty when fine. `given` is the raw environment, to tell a default from a value that was set.
 */
export function missingProductionSecrets(
  env: Env = getEnv(),
  given: Readonly<Record<string, string | undefined>> = process.env,
): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const missing: string[] = [];
  if (!given.SITE_URL) {
    missing.push(
      'SITE_URL: the public origin of the portal, e.g. https://projects.example.org (canonical links, sitemap, secure cookies).',
    );
  }
  if (!env.AUTH_SECRET) {
    missing.push(
      'AUTH_SECRET: signs staff sessions; set it to at least 32 random characters (openssl rand -base64 32).',
    );
  }
  if (!env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
    missing.push(
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: encrypts server actions; set the same value for `next build` and every instance (openssl rand -base64 32).',
    );
  }
  return missing;
}
