import 'server-only';
import { headers } from 'next/headers';
import { clientIpFrom } from '@/lib/audit/client-ip';
import type { Snapshot } from '@/lib/domain/diff';
import { diffSnapshots, asSnapshot, type FieldChange } from '@/lib/domain/diff';
import { localisedOf, pickLocalised } from '@/lib/format';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AppLocale } from '@/lib/i18n/routing';
import type { FieldErrors } from '@/lib/validation/form-errors';

// Helpers of the staff data layer: the result of a write, the request's address, conflicts and history reads.
export type RecordType = 'project' | 'resource_centre';

export type WriteResult =
  | { ok: true; key: string; version: number }
  | { ok: false; reason: 'invalid'; fieldErrors: FieldErrors }
  | {
      ok: false;
      reason: 'conflict';
      changes: FieldChange[];
      currentVersion: number;
      current: Snapshot;
      /** Whether the record's state at the form's version is known (its revision): if not, `before` is the input. */
      baseKnown: boolean;
    }
  | { ok: false; reason: 'not_found' };

/** Client IP of the current request (first X-Forwarded-For hop), or null outside a request. */
export async function requestIp(): Promise<string | null> {
  try {
    return clientIpFrom(await headers());
  } catch {
    return null;
  }
}

/** What someone else changed since `baseVersion`: diff of the snapshot saved at that version and the current one. */
export async function changesSince(
  tx: Prisma.TransactionClient,
  recordType: RecordType,
  recordId: number,
  baseVersion: number,
  current: Snapshot,
  submitted: Snapshot,
): Promise<{ changes: FieldChange[]; baseKnown: boolean }> {
  const base = await tx.revision.findUnique({
    where: { recordType_recordId_version: { recordType, recordId, version: baseVersion } },
    select: { after: true },
  });
  const before = asSnapshot(base?.after);
  // Without a stored base (records older than the history), show where the current record differs from the input.
  return { changes: diffSnapshots(before ?? submitted, current, Object.keys(current)), baseKnown: before !== null };
}

export type RevisionItem = {
  id: number;
  version: number;
  action: string;
  actorLabel: string | null;
  createdAt: string;
  changes: FieldChange[];
};

/** The revisions of one record, newest first, with their field-level changes. */
export async function readRevisions(
  db: Prisma.TransactionClient,
  recordType: RecordType,
  recordId: number,
  fields: readonly string[],
): Promise<RevisionItem[]> {
  const rows = await db.revision.findMany({
    where: { recordType, recordId },
    orderBy: { version: 'desc' },
    take: 200,
    select: { id: true, version: true, action: true, actorLabel: true, createdAt: true, before: true, after: true },
  });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    action: r.action,
    actorLabel: r.actorLabel,
    createdAt: r.createdAt.toISOString(),
    changes: diffSnapshots(asSnapshot(r.before), asSnapshot(r.after), fields),
  }));
}

/** Current UTC year, for the "needs review" rules. */
export function currentYear(): number {
  return new Date().getUTCFullYear();
}

/** Escapes LIKE's wildcards so that what staff typed matches literally. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// Fixed table and column names of the staff lists' text search (never from input).
const SEARCHABLE = {
  project: { plain: ['code', 'prima_id'], texts: ['title'] },
  resource_centre: { plain: ['slug', 'locality'], texts: ['name', 'operator'] },
} as const;

/**
 * Ids of the records whose key columns, or any language of their translated names, contain `q` (case-insensitive):
 * the staff lists' search box.
 */
export async function idsContaining(db: Prisma.TransactionClient, table: RecordType, q: string): Promise<number[]> {
  const { plain, texts } = SEARCHABLE[table];
  const pattern = likePattern(q);
  const conditions = [
    ...plain.map((c) => Prisma.sql`${Prisma.raw(`"${c}"`)} ILIKE ${pattern}`),
    ...texts.map((c) => Prisma.sql`public.content_all_text(${Prisma.raw(`"${c}"`)}) ILIKE ${pattern}`),
  ];
  const rows = await db.$queryRaw<{ id: number }[]>(
    Prisma.sql`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.join(conditions, ' OR ')}`,
  );
  return rows.map((r) => r.id);
}

/** One page of ids sorted by a translated text in the page's language (else its fallback), records without last. */
export function pageByText(
  rows: { id: number; text: unknown }[],
  locale: AppLocale,
  page: number,
  size: number,
): number[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const keyed = rows.map((r) => ({ id: r.id, key: pickLocalised(localisedOf(r.text), locale)?.value ?? null }));
  keyed.sort((a, b) =>
    a.key === null || b.key === null
      ? (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0)
      : collator.compare(a.key, b.key),
  );
  return keyed.slice((page - 1) * size, page * size).map((r) => r.id);
}
