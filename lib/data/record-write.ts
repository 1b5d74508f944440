import 'server-only';
import { requireRole, type StaffRole } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { requestIp, type WriteResult } from '@/lib/data/admin-support';
import { RECORD_KINDS } from '@/lib/data/record-kinds';
import { staffWriter, type RecordHooks, type RecordInput, type Writer } from '@/lib/data/record-hooks';
import {
  changeStateIn,
  createIn,
  deleteIn,
  STATE_ACTIONS,
  updateIn,
  type StateAction,
} from '@/lib/data/record-transaction';
import { getDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { FieldErrors } from '@/lib/validation/form-errors';

// The one write path for staff changes of projects and centres: each function checks the role itself, then runs
// the change in one transaction (version check, pending-draft rules, revision and audit rows) through the steps of
// lib/data/record-transaction.ts with the record kind's hooks.
export type RecordKind = keyof typeof RECORD_KINDS;
type Run<R> = <I extends RecordInput, C>(hooks: RecordHooks<I, C>) => Promise<R>;

function withKind<R>(kind: RecordKind, run: Run<R>): Promise<R> {
  return kind === 'project' ? run(RECORD_KINDS.project.hooks) : run(RECORD_KINDS.centre.hooks);
}

async function writerFor(role: StaffRole): Promise<Writer> {
  const actor = await requireRole(role);
  return staffWriter(actor, await requestIp());
}

/** Runs `write` in a transaction; a unique key taken meanwhile (by a concurrent create) is a field error. */
async function transaction<I extends RecordInput, C>(
  hooks: RecordHooks<I, C>,
  write: (tx: Prisma.TransactionClient) => Promise<WriteResult>,
): Promise<WriteResult> {
  try {
    return await getDb().$transaction(write);
  } catch (e) {
    if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')) throw e;
    return { ok: false, reason: 'invalid', fieldErrors: { [hooks.keyField]: [{ key: hooks.keyTaken }] } };
  }
}

/** Creates a record from the staff form (a draft unless intent is "publish"), with revision and audit. */
export function createRecord(kind: RecordKind, raw: unknown): Promise<WriteResult> {
  return withKind(kind, async (hooks) => {
    const writer = await writerFor('editor');
    const parsed = hooks.parseCreate(raw);
    if (!parsed.ok) return { ok: false, reason: 'invalid', fieldErrors: parsed.fieldErrors };
    return transaction(hooks, (tx) => createIn({ tx, hooks, writer }, parsed.data));
  });
}

/** Saves a record edited from the version in `raw`; refused with the other person's changes when it moved on. */
export function updateRecord(kind: RecordKind, rawKey: unknown, raw: unknown): Promise<WriteResult> {
  return withKind(kind, async <I extends RecordInput, C>(hooks: RecordHooks<I, C>): Promise<WriteResult> => {
    const writer = await writerFor('editor');
    const parsed = hooks.parseUpdate(raw);
    if (!parsed.ok) return { ok: false, reason: 'invalid', fieldErrors: parsed.fieldErrors };
    const key = hooks.normaliseKey(rawKey);
    if (!key) return { ok: false, reason: 'not_found' };
    const { version, ...fields } = parsed.data;
    const input = fields as unknown as I;
    const mode = { action: 'update', state: 'form' } as const;
    return transaction(hooks, (tx) => updateIn({ tx, hooks, writer }, key, input, version, mode));
  });
}

/** Brings back the content of an earlier revision as a new revision (publication state unchanged). */
export function restoreRecordRevision(
  kind: RecordKind,
  rawKey: unknown,
  revisionId: unknown,
  expectedVersion: unknown,
): Promise<WriteResult> {
  return withKind(kind, async (hooks) => {
    const writer = await writerFor('editor');
    const key = hooks.normaliseKey(rawKey);
    const id = Number(revisionId);
    const version = Number(expectedVersion);
    if (!key || !Number.isSafeInteger(id) || !Number.isSafeInteger(version)) return { ok: false, reason: 'not_found' };
    return getDb().$transaction(async (tx): Promise<WriteResult> => {
      const [row] = await hooks.find(tx, { keys: [key] });
      if (!row) return { ok: false, reason: 'not_found' };
      const where = { id, recordType: hooks.recordType, recordId: row.id };
      const rev = await tx.revision.findFirst({ where, select: { after: true, before: true } });
      const snapshot = rev ? (rev.after ?? rev.before) : null;
      if (!snapshot) return { ok: false, reason: 'not_found' };
      const parsed = hooks.parseCreate(snapshot);
      if (!parsed.ok) return { ok: false, reason: 'invalid', fieldErrors: parsed.fieldErrors };
      const input = { ...parsed.data, intent: undefined };
      return updateIn({ tx, hooks, writer }, key, input, version, { action: 'restore', state: 'keep' });
    });
  });
}

/** A correction's answer: as a save's, and whether it joined a pending draft (not yet public). */
export type CorrectionResult =
  Exclude<WriteResult, { ok: true }> | { ok: true; key: string; version: number; pendingDraft: boolean };

/** Thrown inside a transaction to undo it and answer `result`. */
class Undo extends Error {
  constructor(readonly result: Exclude<WriteResult, { ok: true }>) {
    super(`correction refused: ${result.reason}`);
  }
}

/**
 * Saves some fields of a record over its current values (a correction staff accept from a public report), from
 * the version they saw: the same checks, revision and audit row as a form save, publication state unchanged.
 * `alongside` runs first in the same transaction (marking the report decided); when it answers false nothing is
 * written and the result is null, and a refused save undoes what it wrote.
 */
export function correctRecord(
  kind: RecordKind,
  rawKey: unknown,
  expectedVersion: number,
  patch: Record<string, string>,
  alongside: (tx: Prisma.TransactionClient, writer: Writer) => Promise<boolean>,
): Promise<CorrectionResult | null> {
  return withKind<CorrectionResult | null>(kind, async (hooks) => {
    const writer = await writerFor('editor');
    const key = hooks.normaliseKey(rawKey);
    if (!key) return { ok: false, reason: 'not_found' };
    try {
      return await getDb().$transaction(async (tx): Promise<CorrectionResult | null> => {
        if (!(await alongside(tx, writer))) return null;
        const [row] = await hooks.find(tx, { keys: [key] });
        if (!row) throw new Undo({ ok: false, reason: 'not_found' });
        const parsed = hooks.parseCreate({ ...row.snapshot, ...patch });
        if (!parsed.ok) throw new Undo({ ok: false, reason: 'invalid', fieldErrors: parsed.fieldErrors });
        // A published record with changes waiting: the correction joins them in its draft (a save as draft), so
        // they are not published by it; otherwise the columns are written and the state kept.
        const intent = row.pending ? ('draft' as const) : undefined;
        const mode = { action: 'update', state: row.pending ? 'form' : 'keep' } as const;
        const saved = await updateIn({ tx, hooks, writer }, key, { ...parsed.data, intent }, expectedVersion, mode);
        if (!saved.ok) throw new Undo(saved);
        return { ...saved, pendingDraft: row.pending };
      });
    } catch (e) {
      if (e instanceof Undo) return e.result;
      throw e;
    }
  });
}

const MAX_KEYS = 200;

/** Publishes, unpublishes or archives the records whose keys are given (one revision and audit row each). */
export function setRecordsState(
  kind: RecordKind,
  rawKeys: unknown,
  action: unknown,
): Promise<{ ok: true; changed: number; refused: string[] } | { ok: false; reason: 'invalid' }> {
  return withKind(kind, async (hooks) => {
    const writer = await writerFor('editor');
    const list: unknown[] = Array.isArray(rawKeys) ? rawKeys : [rawKeys];
    const keys = list.map((k) => hooks.normaliseKey(k));
    const valid = keys.length > 0 && keys.length <= MAX_KEYS && keys.every((k) => k !== null);
    if (!valid || typeof action !== 'string' || !Object.hasOwn(STATE_ACTIONS, action)) {
      return { ok: false, reason: 'invalid' };
    }
    return getDb().$transaction(async (tx) => {
      let changed = 0;
      const refused: string[] = [];
      for (const row of await hooks.find(tx, { keys: [...new Set(keys)] })) {
        const outcome = await changeStateIn({ tx, hooks, writer }, row, action as StateAction);
        if (outcome === 'changed') changed += 1;
        else if (outcome === 'refused') refused.push(row.key);
      }
      return { ok: true, changed, refused };
    });
  });
}

/** Deletes a record for good: admins only, and only when `confirmation` repeats its key exactly. */
export function deleteRecordForGood(
  kind: RecordKind,
  rawKey: unknown,
  confirmation: unknown,
): Promise<
  { ok: true } | { ok: false; reason: 'invalid'; fieldErrors: FieldErrors } | { ok: false; reason: 'not_found' }
> {
  return withKind(kind, async (hooks) => {
    const writer = await writerFor('admin');
    const key = hooks.normaliseKey(rawKey);
    if (!key) return { ok: false, reason: 'not_found' };
    if (typeof confirmation !== 'string' || confirmation.trim() !== key) {
      return { ok: false, reason: 'invalid', fieldErrors: { confirmation: [{ key: 'confirmation' }] } };
    }
    const deleted = await getDb().$transaction((tx) => deleteIn({ tx, hooks, writer }, key));
    return deleted ? { ok: true } : { ok: false, reason: 'not_found' };
  });
}

/** Months after a confirmation before a centre is due to be checked again (`nextCheckDue`). */
const CHECK_INTERVAL_MONTHS = 6;

/** The day `months` months after `now` (UTC; the 31st of a shorter month becomes its last day). */
export function monthsLater(now: Date, months: number): Date {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(now.getUTCDate(), last)));
}

/**
 * Staff confirm that a centre's listing is still right ("Confirm as verified", editors): from the version they saw,
 * sets `lastVerifiedAt` to now and `nextCheckDue` six months later, with a revision and an audit row (action
 * `update`, `verified: true`) in one transaction; refused as a conflict when the centre moved on meanwhile.
 */
export async function confirmCentreVerified(
  rawKey: unknown,
  expectedVersion: unknown,
  now: Date = new Date(),
): Promise<{ ok: true; version: number } | { ok: false; reason: 'not_found' | 'conflict' }> {
  const hooks = RECORD_KINDS.centre.hooks;
  const writer = await writerFor('editor');
  const key = hooks.normaliseKey(rawKey);
  const version = Number(expectedVersion);
  if (!key || !Number.isSafeInteger(version)) return { ok: false, reason: 'not_found' };
  const nextCheckDue = monthsLater(now, CHECK_INTERVAL_MONTHS);
  return getDb().$transaction(async (tx) => {
    const [row] = await hooks.find(tx, { keys: [key] });
    if (!row) return { ok: false, reason: 'not_found' };
    if (row.version !== version) return { ok: false, reason: 'conflict' };
    const { count } = await tx.resourceCentre.updateMany({
      where: { id: row.id, version },
      data: { lastVerifiedAt: now, nextCheckDue, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, reason: 'conflict' };
    const verified = { lastVerifiedAt: now.toISOString(), nextCheckDue: nextCheckDue.toISOString().slice(0, 10) };
    await tx.revision.create({
      data: {
        recordType: hooks.recordType,
        recordId: row.id,
        version: version + 1,
        action: 'update',
        actorId: writer.userId,
        actorLabel: writer.label,
        before: row.snapshot,
        // The date staff see in the history (`nextCheckDue`, derived from it, is in the audit row).
        after: { ...row.snapshot, lastVerifiedAt: verified.lastVerifiedAt },
      },
    });
    const details = { id: row.id, version: version + 1, verified: true, ...verified };
    const { userId: actorId, email: actorEmail, ip } = writer;
    await recordAudit(
      { actorId, actorEmail, action: 'update', recordType: hooks.recordType, recordId: key, ip, details },
      tx,
    );
    return { ok: true, version: version + 1 };
  });
}
