import 'server-only';
import { getDb } from '@/lib/db';
import type { AuditFilters } from '@/lib/validation/audit-filters';

export const AUDIT_PAGE_SIZE = 50;

/** A staff account as the audit log names it. */
export type AuditUser = { name: string; email: string };

export type AuditRow = {
  id: string;
  at: Date;
  actorEmail: string | null;
  /** The actor's account when it still exists (its current name and e-mail). */
  actor: AuditUser | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  /** For a record that is a staff account: that account, when it still exists. */
  recordUser: AuditUser | null;
  ip: string | null;
  /** What the entry stored besides (JSON), for lib/admin/audit-display.ts to render. */
  details: unknown;
};

/** One page of the audit log, newest first, with the accounts it mentions by name (callers check the admin role). */
export async function listAuditLog(
  filters: AuditFilters,
): Promise<{ items: AuditRow[]; total: number; page: number; pageCount: number }> {
  const db = getDb();
  const where = filters.action ? { action: filters.action } : {};
  const total = await db.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: { id: 'desc' },
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      at: true,
      actorId: true,
      actorEmail: true,
      action: true,
      recordType: true,
      recordId: true,
      ip: true,
      details: true,
    },
  });
  // Accounts are referred to by id (actor, and the record of user actions): one read names them all.
  const ids = new Set<string>();
  for (const r of rows) {
    if (r.actorId) ids.add(r.actorId);
    if (r.recordType === 'user' && r.recordId) ids.add(r.recordId);
  }
  const users = ids.size
    ? await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, email: true } })
    : [];
  const byId = new Map(users.map((u) => [u.id, { name: u.name, email: u.email }]));
  const user = (id: string | null) => (id ? (byId.get(id) ?? null) : null);
  const items = rows.map(({ actorId, ...r }) => ({
    ...r,
    id: r.id.toString(),
    actor: user(actorId),
    recordUser: r.recordType === 'user' ? user(r.recordId) : null,
  }));
  return { items, total, page, pageCount };
}
