import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { changesSince } from '@/lib/data/admin-support';
import { RECORD_KINDS } from '@/lib/data/record-kinds';
import type { RecordKind } from '@/lib/data/record-write';
import { getDb } from '@/lib/db';
import type { FieldChange, Snapshot } from '@/lib/domain/diff';

/** What others changed in a record since the version a form was edited from, and the record as stored now; null
 * when there is no such record. A base version that is not an earlier version of the record gives no changes. */
export async function getRecordConflict(
  kind: RecordKind,
  rawKey: unknown,
  baseVersion: unknown,
): Promise<{ currentVersion: number; current: Snapshot; changes: FieldChange[]; baseKnown: boolean } | null> {
  await requireRole('editor');
  const k = RECORD_KINDS[kind];
  const key = k.key(rawKey);
  const db = getDb();
  const [row] = key ? await k.hooks.find(db, { keys: [key] }) : [];
  if (!row) return null;
  const base = Number(baseVersion);
  const earlier = Number.isSafeInteger(base) && base >= 1 && base < row.version;
  // Without an earlier base (or its revision), the record is compared with itself: nothing changed.
  const found = earlier
    ? await changesSince(db, k.recordType, row.id, base, row.snapshot, row.snapshot)
    : { changes: [], baseKnown: true };
  return { currentVersion: row.version, current: row.snapshot, ...found };
}
