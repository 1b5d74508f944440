import { afterAll, describe, expect, it } from 'vitest';
import { AUDIT_PAGE_SIZE, listAuditLog } from '@/lib/data/audit';
import { getDb } from '@/lib/db';
import { parseAuditFilters } from '@/lib/validation/audit-filters';

afterAll(async () => {
  await getDb().$disconnect();
});

describe('audit log listing', () => {
  it('pages newest first, filters by action, clamps the page, shrugs off malformed queries', async () => {
    const db = getDb();
    await db.auditLog.createMany({
      data: Array.from({ length: 2 * AUDIT_PAGE_SIZE + 7 }, (_, i) => ({
        action: 'restore',
        recordType: 'probe',
        recordId: String(i),
      })),
    });
    const first = await listAuditLog(parseAuditFilters({ action: 'restore' }));
    expect(first.total).toBeGreaterThanOrEqual(2 * AUDIT_PAGE_SIZE + 7);
    expect(first.items).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.items[0]!.recordId).toBe(String(2 * AUDIT_PAGE_SIZE + 6));
    expect(first.items.every((r) => r.action === 'restore')).toBe(true);
    const last = await listAuditLog(parseAuditFilters({ action: 'restore', page: '999' }));
    expect(last.page).toBe(last.pageCount);
    expect(parseAuditFilters({ page: '-3', action: 'drop table' })).toEqual({ page: 1, action: undefined });
    expect(parseAuditFilters({ page: ['2', '5'] }).page).toBe(2);
  });
});
