import 'server-only';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

export { clientIpFrom } from '@/lib/audit/client-ip';

/** What the audit log records; content actions use the verbs, auth uses login/login_failed/denied/logout/…. */
export type AuditAction =
  | 'login'
  | 'login_failed'
  | 'login_rate_limited'
  | 'logout'
  | 'denied'
  | 'password_changed'
  | 'two_factor_enabled'
  | 'two_factor_disabled'
  | 'setting_changed'
  | 'user_created'
  | 'user_role_changed'
  | 'user_disabled'
  | 'user_enabled'
  | 'create'
  | 'update'
  | 'publish'
  | 'unpublish'
  | 'archive'
  | 'restore'
  | 'delete';

export type AuditEntry = {
  actorId: string | null;
  actorEmail?: string | null;
  action: AuditAction;
  recordType?: string | null;
  recordId?: string | number | null;
  ip?: string | null;
  details?: Prisma.InputJsonValue | null;
};

/** Appends one row to the audit log, inside `tx` when given so it commits or rolls back with the change. */
export async function recordAudit(entry: AuditEntry, tx?: Prisma.TransactionClient): Promise<void> {
  const db = tx ?? getDb();
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      actorEmail: entry.actorEmail ?? null,
      action: entry.action,
      recordType: entry.recordType ?? null,
      recordId: entry.recordId == null ? null : String(entry.recordId).slice(0, 200),
      ip: entry.ip ?? null,
      details: entry.details ?? undefined,
    },
  });
}
