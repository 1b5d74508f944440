import { z } from 'zod';
import { queryValues, type SearchParams } from '@/lib/validation/query-params';

export const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'login_rate_limited',
  'logout',
  'denied',
  'password_changed',
  'two_factor_enabled',
  'two_factor_disabled',
  'setting_changed',
  'user_created',
  'user_role_changed',
  'user_disabled',
  'user_enabled',
  'create',
  'update',
  'publish',
  'unpublish',
  'archive',
  'restore',
  'delete',
] as const;

const first = (v: unknown): unknown => (Array.isArray(v) ? (v as unknown[])[0] : v);

// Malformed values fall back to the defaults rather than failing the page.
const schema = z.object({
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
  action: z.preprocess(first, z.enum(AUDIT_ACTIONS).optional()).catch(undefined),
});

export type AuditFilters = z.infer<typeof schema>;

/** The audit log page's query string, validated (own entries only: `constructor` or `__proto__` are just names). */
export function parseAuditFilters(query: SearchParams): AuditFilters {
  return schema.parse({ page: queryValues(query, 'page')[0] ?? 1, action: queryValues(query, 'action')[0] });
}
