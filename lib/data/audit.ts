import 'server-only';
import { getDb } from '@/lib/db';
import type { AuditFilters } from '@/lib/validation/audit-filters';

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: string;
  at: Date;
  actorEmail: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  ip: string | null;
  details: string | null;
};

/** One page of the audit log, newest first (callers check the admin role). */
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
      actorEmail: true,
      action: true,
      recordType: true,
      recordId: true,
      ip: true,
      details: true,
    },
  });
  const items = rows.map((r) => ({
    ...r,
    id: r.id.toString(),
    details: r.details == null ? null : JSON.stringify(r.details),
  }));
  return { items, total, page, pageCount };
}
