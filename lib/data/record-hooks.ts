import 'server-only';
import type { Actor } from '@/lib/auth/session';
import type { RecordType } from '@/lib/data/admin-support';
import { asSnapshot, type Snapshot } from '@/lib/domain/diff';
import type { PublicationState } from '@/lib/domain/project';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { FieldErrors, ValidationKey } from '@/lib/validation/form-errors';
import type { ParseResult } from '@/lib/content/schema';

// What the one write path (lib/data/record-transaction.ts) needs from a record kind, and who writes. Each kind
// declares its hooks once: lib/data/project-record.ts, lib/data/centre-record.ts.
export type Tx = Prisma.TransactionClient;

/** Who writes: shown in revisions and audit rows. */
export type Writer = { userId: string | null; email: string | null; label: string; ip: string | null; via?: 'cli' };

/** A staff member whose role the caller has just checked. */
export function staffWriter(actor: Actor, ip: string | null): Writer {
  return { userId: actor.userId, email: actor.email, label: (actor.name || actor.email).slice(0, 300), ip };
}

/** A stored record as the write path sees it: `snapshot` is what staff see (pending draft included). */
export type RecordRow = {
  id: number;
  key: string;
  version: number;
  state: PublicationState;
  pending: boolean;
  snapshot: Snapshot;
  published: Snapshot;
};

/**
 * What every record kind's form input carries besides its fields: the publish / save-as-draft choice, and the
 * translations staff confirmed still match their source text (`summary.fr`).
 */
export type RecordInput = { intent?: 'draft' | 'publish' | undefined; confirm?: string[] | undefined };

/** A record's references resolved: its columns, and how to write its children (countries, services...). */
type Prepared<C> =
  { ok: true; columns: C; children: (id: number) => Promise<void> } | { ok: false; fieldErrors: FieldErrors };

type StateData = {
  publicationState?: PublicationState;
  draft?: Prisma.InputJsonValue | typeof Prisma.DbNull;
  version: { increment: number };
};

/** The Prisma delegate of a record kind, reduced to what the write path calls. */
type RecordTable<C> = {
  create(args: { data: C & { publicationState: PublicationState }; select: { id: true } }): Promise<{ id: number }>;
  updateMany(args: {
    where: { id: number; version: number };
    data: StateData | (C & StateData);
  }): Promise<{ count: number }>;
  delete(args: { where: { id: number } }): Promise<unknown>;
};

/** Everything the write path needs to know about one record kind. */
export type RecordHooks<I extends RecordInput, C> = {
  recordType: RecordType;
  keyField: string;
  keyTaken: ValidationKey;
  keyLocked: ValidationKey;
  normaliseKey: (raw: unknown) => string | null;
  keyOf: (input: I) => string;
  parseCreate: (raw: unknown) => ParseResult<I>;
  parseUpdate: (raw: unknown) => ParseResult<I & { version: number }>;
  find: (tx: Tx, where: { keys: string[] } | { id: number } | { all: true }) => Promise<RecordRow[]>;
  prepare: (tx: Tx, input: I, selfId: number | null) => Promise<Prepared<C>>;
  /** Why a record with these values cannot be published (translated texts missing in a required language). */
  publishErrors: (values: Record<string, unknown>) => FieldErrors;
  table: (tx: Tx) => RecordTable<C>;
};

type StoredRow = { id: number; version: number; publicationState: PublicationState; draft: unknown };

/** A stored row as the write path sees it: `published` is its columns; its pending draft goes over them. */
export function recordRow(r: StoredRow, key: string, published: Snapshot, fields: readonly string[]): RecordRow {
  const d = asSnapshot(r.draft) ?? {};
  // Only known fields of the draft, never the publication state.
  const pending = fields.filter((f) => f !== 'publicationState' && f in d).map((f) => [f, d[f] ?? null] as const);
  const { id, version, publicationState: state } = r;
  return {
    id,
    key,
    version,
    state,
    pending: r.draft !== null,
    published,
    snapshot: { ...published, ...Object.fromEntries(pending) },
  };
}
