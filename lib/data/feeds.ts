import 'server-only';
import { centreModel } from '@/lib/content/centre';
import { columnsOf, type ContentModel, type Field } from '@/lib/content/field';
import { projectModel } from '@/lib/content/project';
import type { RecordType } from '@/lib/data/admin-support';
import { matchingCentresSql } from '@/lib/data/centres';
import { whereSql } from '@/lib/data/projects-sql';
import { referenceNamesOf, type NamesByKey } from '@/lib/data/reference-names';
import { getReadDb } from '@/lib/db';
import { asSnapshot, diffSnapshots, type FieldChange, type Snapshot } from '@/lib/domain/diff';
import { localisedOf, type Localised } from '@/lib/format';
import { Prisma } from '@/lib/generated/prisma/client';
import type { CentreFilters } from '@/lib/validation/centre-filters';
import type { ProjectFilters } from '@/lib/validation/project-filters';

// The Atom feeds of filtered views (README "Open data API"): the published records of a view, each with its latest
// public change, newest first. Only what the public could see counts. Revisions hold the record as staff saw it,
// pending draft included, so the public record is replayed from them: a save as a draft of a published record (its
// audit row says `pendingDraft`) changes nothing public; a save that writes the columns, a publication (which applies
// the pending draft) or a restore makes the public record its `after`, while it is published; a confirmation of the
// centre's details ("Confirm as verified", whose revision alone carries `lastVerifiedAt`) changes that date only.
// Feeds are public reads (the read replica, if any): revisions and audit rows commit with the change they describe,
// so a replica shows them together with the record.

/** Entries in a feed. */
const FEED_SIZE = 50;

/** What the latest public change of a record was. */
export type FeedEvent =
  | { kind: 'published' }
  | { kind: 'changed'; changes: FieldChange[] }
  | { kind: 'verified'; on: string }
  /** No public change in the history (a record older than it, or edited only where the public does not see). */
  | { kind: 'listed' };

/** One entry: the record (key, current name), its change, when (ISO 8601), and the revision's version (if any). */
export type FeedItem = { key: string; name: Localised; at: string; version: number | null; event: FeedEvent };

/** A feed's entries, and the names of the references its changes mention (by field name, then key). */
export type RecordFeed = { items: FeedItem[]; names: Record<string, NamesByKey> };

type Source = {
  model: ContentModel;
  recordType: RecordType;
  /** The record table with its alias (the one the view's WHERE clause reads), and that clause. */
  table: Prisma.Sql;
  alias: Prisma.Sql;
  where: Prisma.Sql;
  /** Columns of the record's key and of its translated name. */
  key: 'code' | 'slug';
  name: 'title' | 'name';
};

type Candidate = { id: number; key: string; name: unknown; changedAt: Date; updatedAt: Date };
type RevisionRow = {
  recordId: number;
  version: number;
  createdAt: Date;
  action: string;
  before: unknown;
  after: unknown;
  pending: boolean;
};

// Records read per round, and rounds at most: a feed reads at most 500 records of a large view (see listFeed), and
// usually one round.
const BATCH = 100;
const MAX_ROUNDS = 5;

/** The stored names the public sees: fields published in the JSON API (`json` not null), one per language. */
function publicColumns(model: ContentModel): string[] {
  return Object.entries<Field>(model.fields)
    .filter(([, f]) => f.json !== null)
    .flatMap(([name, f]) => columnsOf(name, f));
}

// Saves as a draft of published records of one kind, by record id and version (both as text, as audit details hold
// them). Written by the one write path (lib/data/record-transaction.ts, updateIn).
const pendingSql = (recordType: RecordType, ids?: number[]) => Prisma.sql`
  SELECT a.details ->> 'id' AS id, a.details ->> 'version' AS version FROM audit_log a
   WHERE a.record_type = ${recordType} AND a.action = 'update' AND a.details ->> 'pendingDraft' = 'true'
   ${ids ? Prisma.sql`AND a.details ->> 'id' = ANY(${ids.map(String)}::text[])` : Prisma.empty}`;

/**
 * The view's records by the time of their latest revision that was not a save as a draft (else their last update),
 * newest first: an upper bound of the time of their latest public change.
 */
function candidates(s: Source, offset: number): Promise<Candidate[]> {
  const t = s.alias;
  // Joins rather than a correlated subquery per record: one pass over the kind's revisions and drafts.
  return getReadDb().$queryRaw<Candidate[]>`
    WITH pending AS MATERIALIZED (${pendingSql(s.recordType)}),
    last AS (
      SELECT DISTINCT ON (r.record_id) r.record_id, r.created_at FROM revision r
        LEFT JOIN pending x ON x.id = r.record_id::text AND x.version = r.version::text
       WHERE r.record_type = ${s.recordType} AND x.id IS NULL
       ORDER BY r.record_id, r.version DESC)
    SELECT ${t}.id, ${t}.${Prisma.raw(s.key)} AS key, ${t}.${Prisma.raw(s.name)} AS name,
           coalesce(last.created_at, ${t}.updated_at) AS "changedAt", ${t}.updated_at AS "updatedAt"
      FROM ${s.table} ${t} LEFT JOIN last ON last.record_id = ${t}.id
     WHERE ${s.where}
     ORDER BY "changedAt" DESC, ${t}.id DESC
     LIMIT ${BATCH}::int OFFSET ${offset}::int`;
}

/** Every revision of these records, oldest first, each marked when it was a save as a draft. */
function revisions(recordType: RecordType, ids: number[]): Promise<RevisionRow[]> {
  return getReadDb().$queryRaw<RevisionRow[]>`
    WITH pending AS MATERIALIZED (${pendingSql(recordType, ids)})
    SELECT r.record_id AS "recordId", r.version, r.created_at AS "createdAt", r.action, r.before, r.after,
           (x.id IS NOT NULL) AS pending
      FROM revision r
      LEFT JOIN pending x ON x.id = r.record_id::text AND x.version = r.version::text
     WHERE r.record_type = ${recordType} AND r.record_id = ANY(${ids}::int[])
     ORDER BY r.record_id, r.version`;
}

const published = (s: Snapshot | null) => (s?.publicationState === 'published' ? s : null);

/** A record's latest public change, replayed from its revisions (see the top of this file). */
function latestPublicChange(
  c: Candidate,
  revs: RevisionRow[],
  columns: string[],
): Pick<FeedItem, 'at' | 'version' | 'event'> {
  let latest: Pick<FeedItem, 'at' | 'version' | 'event'> | null = null;
  let current: Snapshot | null = null;
  for (const [i, r] of revs.entries()) {
    if (r.pending) continue;
    const after = asSnapshot(r.after);
    const at = r.createdAt.toISOString();
    if (r.action === 'update' && after && typeof after.lastVerifiedAt === 'string') {
      if (current) latest = { at, version: r.version, event: { kind: 'verified', on: after.lastVerifiedAt } };
      continue;
    }
    // History that began after the record was created (older records): it was as the first `before` says.
    if (i === 0 && r.action !== 'create') current = published(asSnapshot(r.before));
    const next = published(after);
    if (next && !current) latest = { at, version: r.version, event: { kind: 'published' } };
    else if (next && current) {
      const changes = diffSnapshots(current, next, columns);
      if (changes.length) latest = { at, version: r.version, event: { kind: 'changed', changes } };
    }
    current = next;
  }
  if (latest) return latest;
  const since = revs[0]?.createdAt ?? c.updatedAt;
  return { at: since.toISOString(), version: null, event: { kind: 'listed' } };
}

/** Names of the references the changes mention, by field name then key. */
async function changeNames(model: ContentModel, items: FeedItem[]): Promise<Record<string, NamesByKey>> {
  const out: Record<string, NamesByKey> = {};
  for (const [name, field] of Object.entries<Field>(model.fields)) {
    if (field.type !== 'ref' && field.type !== 'links') continue;
    const keys = items.flatMap((item) =>
      item.event.kind === 'changed'
        ? item.event.changes
            .filter((c) => c.field === name)
            .flatMap((c) => [c.before, c.after].flatMap((v) => (v === null ? [] : Array.isArray(v) ? v : [String(v)])))
        : [],
    );
    if (keys.length) out[name] = await referenceNamesOf(field.target, keys);
  }
  return out;
}

/**
 * The records of a view with their latest public change, newest first, at most `limit`. Records are read by an upper
 * bound of that time (candidates) in rounds, until the entries found are all newer than the next bound.
 */
async function listFeed(s: Source, limit: number): Promise<RecordFeed> {
  const columns = publicColumns(s.model);
  const items: FeedItem[] = [];
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const batch = await candidates(s, round * BATCH);
    const byRecord = new Map<number, RevisionRow[]>();
    for (const r of batch.length
      ? await revisions(
          s.recordType,
          batch.map((c) => c.id),
        )
      : []) {
      const list = byRecord.get(r.recordId);
      if (list) list.push(r);
      else byRecord.set(r.recordId, [r]);
    }
    for (const c of batch) {
      const change = latestPublicChange(c, byRecord.get(c.id) ?? [], columns);
      items.push({ key: c.key, name: localisedOf(c.name), ...change });
    }
    items.sort((a, b) => b.at.localeCompare(a.at) || a.key.localeCompare(b.key));
    const bound = batch.at(-1)?.changedAt.toISOString();
    if (batch.length < BATCH || bound === undefined) break;
    const last = items[limit - 1];
    if (last && last.at >= bound) break;
  }
  const kept = items.slice(0, limit);
  return { items: kept, names: await changeNames(s.model, kept) };
}

/** The published projects of a filtered view with their latest public change, newest first (paging and sort ignored). */
export function listProjectFeed(filters: ProjectFilters, limit = FEED_SIZE): Promise<RecordFeed> {
  return listFeed(
    {
      model: projectModel,
      recordType: 'project',
      table: Prisma.sql`project`,
      alias: Prisma.sql`p`,
      where: whereSql(filters),
      key: 'code',
      name: 'title',
    },
    limit,
  );
}

/** The published centres of a filtered view with their latest public change, newest first (paging ignored). */
export async function listCentreFeed(filters: CentreFilters, limit = FEED_SIZE): Promise<RecordFeed> {
  return listFeed(
    {
      model: centreModel,
      recordType: 'resource_centre',
      table: Prisma.sql`resource_centre`,
      alias: Prisma.sql`c`,
      where: await matchingCentresSql(filters),
      key: 'slug',
      name: 'name',
    },
    limit,
  );
}
