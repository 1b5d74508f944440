// Field-level differences between two snapshots of a record (plain JSON objects), for history and conflicts.
export type SnapshotValue = string | number | boolean | null | string[];
export type Snapshot = Record<string, SnapshotValue>;
export type FieldChange = { field: string; before: SnapshotValue; after: SnapshotValue };

function same(a: SnapshotValue | undefined, b: SnapshotValue | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]);
  }
  return (a ?? null) === (b ?? null);
}

/** The fields whose values differ, in the order of `fields` (or of the keys of both snapshots). */
export function diffSnapshots(
  before: Snapshot | null,
  after: Snapshot | null,
  fields?: readonly string[],
): FieldChange[] {
  const b = before ?? {};
  const a = after ?? {};
  const keys = fields ?? [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const out: FieldChange[] = [];
  for (const field of keys) {
    if (!same(b[field], a[field])) out.push({ field, before: b[field] ?? null, after: a[field] ?? null });
  }
  return out;
}

/** Items added to and removed from a list field (countries, services...). */
export function listDelta(before: SnapshotValue, after: SnapshotValue): { added: string[]; removed: string[] } {
  const b = Array.isArray(before) ? before : [];
  const a = Array.isArray(after) ? after : [];
  return { added: a.filter((x) => !b.includes(x)), removed: b.filter((x) => !a.includes(x)) };
}

/** Narrows stored JSON (a revision's before/after) to a snapshot; anything else becomes null. */
export function asSnapshot(value: unknown): Snapshot | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const out: Snapshot = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.map(String);
  }
  return out;
}
