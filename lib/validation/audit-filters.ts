import { z } from 'zod';

export const AUDIT_ACTIONS = [
  'login', 'login_failed', 'login_rate_limited', 'logout', 'denied', 'password_changed', 'two_factor_enabled',
  'two_factor_disabled', 'setting_changed', 'user_created', 'user_role_changed', 'user_disabled', 'user_enabled',
  'create', 'update', 'publish', 'unpublish', 'archive', 'restore', 'delete',
] as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

// Malformed values fall back to the defaults rather than failing the page.
const schema = z.object({
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
  action: z.preprocess(first, z.enum(AUDIT_ACTIONS).optional()).catch(undefined),
});

export type AuditFilters = z.infer<typeof schema>;

/** The audit log page's query string, validated. */
export function parseAuditFilters(query: Record<string, string | string[] | undefined>): AuditFilters {
  return schema.parse({ page: query.page ?? 1, action: query.action || undefined });
}
