import 'server-only';
import { recordAudit, type AuditAction } from '@/lib/audit/record-audit';
import { changesSince, type WriteResult } from '@/lib/data/admin-support';
import type { RecordHooks, RecordInput, RecordRow, Tx, Writer } from '@/lib/data/record-hooks';
import { diffSnapshots, type Snapshot } from '@/lib/domain/diff';
import type { PublicationState } from '@/lib/domain/project';
import { Prisma } from '@/lib/generated/prisma/client';

// The one write path's steps inside a transaction: version check, pending-draft rules, revision and audit rows.
// Every step takes a context whose writer's right to write was settled before: a staff member's role checked by the
// caller in this same request (lib/data/record-write.ts, the CSV import), or the command line (no account, trusted as
// the database itself is). The record kinds plug in through their hooks (lib/data/record-hooks.ts).

/** One write's context: the transaction, the record kind's hooks and who writes. */
type WriteContext<I extends RecordInput, C> = { tx: Tx; hooks: RecordHooks<I, C>; writer: Writer };
type Ctx<I extends RecordInput, C> = WriteContext<I, C>;

type Change = { id: number; key: string; version: number; action: AuditAction; details: Record<string, unknown> };

async function audit<I extends RecordInput, C>({ tx, hooks, writer }: Ctx<I, C>, c: Change) {
  const details = { ...c.details, ...(writer.via ? { via: writer.via } : {}) } as Prisma.InputJsonValue;
  const { userId, email, ip } = writer;
  await recordAudit(
    {
      actorId: userId,
      actorEmail: email,
      action: c.action,
      recordType: hooks.recordType,
      recordId: c.key,
      ip,
      details,
    },
    tx,
  );
}

/** The revision (whole record before and after) and the audit row of one change. */
async function history<I extends RecordInput, C>(
  ctx: Ctx<I, C>,
  c: Change & { before: Snapshot | null; after: Snapshot | null },
): Promise<void> {
  const { tx, hooks, writer } = ctx;
  await tx.revision.create({
    data: {
      recordType: hooks.recordType,
      recordId: c.id,
      version: c.version,
      action: c.action,
      actorId: writer.userId,
      actorLabel: writer.label,
      before: c.before ?? undefined,
      after: c.after ?? undefined,
    },
  });
  await audit(ctx, c);
}

async function reload<I extends RecordInput, C>({ tx, hooks }: Ctx<I, C>, id: number): Promise<RecordRow> {
  const [row] = await hooks.find(tx, { id });
  if (!row) throw new Error(`${hooks.recordType} ${String(id)} vanished inside its own transaction`);
  return row;
}

/** Creates a record (a draft unless intent is "publish") with its revision and audit row. */
export async function createIn<I extends RecordInput, C>(ctx: Ctx<I, C>, input: I): Promise<WriteResult> {
  const { tx, hooks } = ctx;
  const prepared = await hooks.prepare(tx, input, null);
  if (!prepared.ok) return { ok: false, reason: 'invalid', fieldErrors: prepared.fieldErrors };
  const state: PublicationState = input.intent === 'publish' ? 'published' : 'draft';
  const refused = state === 'published' ? hooks.publishErrors(input) : {};
  if (Object.keys(refused).length) return { ok: false, reason: 'invalid', fieldErrors: refused };
  const { id } = await hooks
    .table(tx)
    .create({ data: { ...prepared.columns, publicationState: state }, select: { id: true } });
  await prepared.children(id);
  const key = hooks.keyOf(input);
  const after = (await reload(ctx, id)).snapshot;
  const details = { id, publicationState: state };
  await history(ctx, { id, key, version: 1, action: 'create', details, before: null, after });
  return { ok: true, key, version: 1 };
}

/**
 * How a save treats the publication state. `form`: the staff form's choice (intent) decides, and a published record
 * saved as a draft keeps its public columns while the changes wait in its `draft`. `keep`: the state stays as it is
 * (revision restore, CSV and command-line imports). Whenever the columns are written, the pending draft is cleared:
 * the input was built on the record as staff see it, pending draft included.
 */
export type SaveMode = { action: 'update' | 'restore' | 'publish'; state: 'form' | 'keep' };

async function conflict<I extends RecordInput, C>(
  { tx, hooks }: Ctx<I, C>,
  row: RecordRow,
  version: number,
  submitted: Snapshot,
): Promise<WriteResult> {
  const current = row.snapshot;
  const { changes, baseKnown } = await changesSince(tx, hooks.recordType, row.id, version, current, submitted);
  return { ok: false, reason: 'conflict', currentVersion: row.version, current, changes, baseKnown };
}

/** Saves a whole record edited from `version`; refused with the other person's changes when the record moved on. */
export async function updateIn<I extends RecordInput, C>(
  ctx: Ctx<I, C>,
  key: string,
  input: I,
  version: number,
  mode: SaveMode,
): Promise<WriteResult> {
  const { tx, hooks } = ctx;
  const [row] = await hooks.find(tx, { keys: [key] });
  if (!row) return { ok: false, reason: 'not_found' };
  const { intent, confirm: _confirmed, ...fields } = input;
  const submitted: Snapshot = { ...row.snapshot, ...(fields as Snapshot) };
  if (row.version !== version) return conflict(ctx, row, version, submitted);
  const prepared = await hooks.prepare(tx, input, row.id);
  if (!prepared.ok) return { ok: false, reason: 'invalid', fieldErrors: prepared.fieldErrors };
  const newKey = hooks.keyOf(input);
  const pending = mode.state === 'form' && intent === 'draft' && row.state === 'published';
  if (pending && newKey !== row.key)
    return { ok: false, reason: 'invalid', fieldErrors: { [hooks.keyField]: [{ key: hooks.keyLocked }] } };
  const state: PublicationState =
    pending || mode.state === 'keep' || !intent ? row.state : intent === 'publish' ? 'published' : 'draft';
  const refused = !pending && state === 'published' ? hooks.publishErrors(input) : {};
  if (Object.keys(refused).length) return { ok: false, reason: 'invalid', fieldErrors: refused };
  const where = { id: row.id, version };
  const increment = { version: { increment: 1 } };
  const { count } = await hooks.table(tx).updateMany({
    where,
    data: pending
      ? { draft: fields as Prisma.InputJsonValue, ...increment }
      : { ...prepared.columns, publicationState: state, draft: Prisma.DbNull, ...increment },
  });
  // Another save committed between our read and our write: the version guard touched no row.
  if (count === 0) return conflict(ctx, await reload(ctx, row.id), version, submitted);
  if (!pending) await prepared.children(row.id);
  const after = (await reload(ctx, row.id)).snapshot;
  // Which fields changed (stored names, e.g. titleFr), so the audit log says what an edit was about.
  const changed = diffSnapshots(row.snapshot, after)
    .map((c) => c.field)
    .filter((f) => f !== 'publicationState');
  const details = { id: row.id, version: version + 1, publicationState: state, pendingDraft: pending, changed };
  const change = { id: row.id, key: newKey, version: version + 1, action: mode.action, details };
  await history(ctx, { ...change, before: row.snapshot, after });
  if (state !== row.state) {
    const action = state === 'published' ? 'publish' : 'unpublish';
    await audit(ctx, { ...change, action, details: { id: row.id } });
  }
  return { ok: true, key: newKey, version: version + 1 };
}

export const STATE_ACTIONS = {
  publish: 'published',
  unpublish: 'draft',
  archive: 'archived',
} as const satisfies Record<string, PublicationState>;
export type StateAction = keyof typeof STATE_ACTIONS;

/**
 * Publishes, unpublishes or archives one record: `refused` when it cannot be published (a required language is
 * missing), `unchanged` when it was already so or moved on meanwhile.
 */
export async function changeStateIn<I extends RecordInput, C>(
  ctx: Ctx<I, C>,
  row: RecordRow,
  action: StateAction,
): Promise<'changed' | 'unchanged' | 'refused'> {
  const { tx, hooks } = ctx;
  if (action === 'publish' && Object.keys(hooks.publishErrors(row.snapshot)).length) return 'refused';
  if (action === 'publish' && row.pending) {
    // Publishing applies the pending draft: a save of the record as staff see it, with intent "publish".
    const parsed = hooks.parseCreate(row.snapshot);
    if (!parsed.ok) return 'unchanged';
    const input = { ...parsed.data, intent: 'publish' as const };
    return (await updateIn(ctx, row.key, input, row.version, { action, state: 'form' })).ok ? 'changed' : 'unchanged';
  }
  const state = STATE_ACTIONS[action];
  if (row.state === state) return 'unchanged';
  const data = { publicationState: state, version: { increment: 1 } };
  const { count } = await hooks.table(tx).updateMany({ where: { id: row.id, version: row.version }, data });
  if (count === 0) return 'unchanged';
  const after = { ...row.snapshot, publicationState: state };
  const change = { id: row.id, key: row.key, version: row.version + 1, action, details: { id: row.id } };
  await history(ctx, { ...change, before: row.snapshot, after });
  return 'changed';
}

/** Deletes a record for good, keeping a last revision (whole record before) and an audit row. */
export async function deleteIn<I extends RecordInput, C>(ctx: Ctx<I, C>, key: string): Promise<boolean> {
  const { tx, hooks } = ctx;
  const [row] = await hooks.find(tx, { keys: [key] });
  if (!row) return false;
  const change = { id: row.id, key: row.key, version: row.version + 1, action: 'delete' as const };
  const details = { id: row.id, before: row.snapshot };
  await history(ctx, { ...change, details, before: row.snapshot, after: null });
  await hooks.table(tx).delete({ where: { id: row.id } });
  return true;
}
