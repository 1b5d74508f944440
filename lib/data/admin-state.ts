import 'server-only';
import type { Actor } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { requestIp, writeRevision, type RecordType } from '@/lib/data/admin-support';
import type { Snapshot } from '@/lib/domain/diff';
import type { PublicationState } from '@/lib/domain/project';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getDb } from '@/lib/db';

// Internal: bulk publication-state changes and hard deletes shared by projects and centres. Callers pass the Actor
// returned by requireRole, so these run only after the exported data function has checked the role.
export const STATE_ACTIONS = {
  publish: 'published',
  unpublish: 'draft',
  archive: 'archived',
} as const satisfies Record<string, PublicationState>;
export type StateAction = keyof typeof STATE_ACTIONS;

export type EntityOps = {
  recordType: RecordType;
  /** Rows by key (code or slug), with id, version, state and snapshot. */
  load: (
    tx: Prisma.TransactionClient,
    keys: string[],
  ) => Promise<
    { id: number; key: string; version: number; state: PublicationState; snapshot: Snapshot; pending: boolean }[]
  >;
  /** Applies a record's pending draft changes and publishes them (writes its own revision and audit rows). */
  publishPending: (
    tx: Prisma.TransactionClient,
    actor: Actor,
    ip: string | null,
    key: string,
    version: number,
  ) => Promise<boolean>;
  setState: (tx: Prisma.TransactionClient, id: number, version: number, state: PublicationState) => Promise<number>;
  remove: (tx: Prisma.TransactionClient, id: number) => Promise<void>;
};

/** Validated list of keys from a form (repeated field), or null when malformed. */
export function keyList(raw: unknown, pattern: RegExp, normalise: (s: string) => string): string[] | null {
  const arr = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(arr) || arr.length === 0 || arr.length > 200) return null;
  const keys = arr.map((v) => (typeof v === 'string' ? normalise(v) : ''));
  return keys.every((k) => pattern.test(k)) ? [...new Set(keys)] : null;
}

/** Changes the publication state of several records; records already in that state are left alone. */
export async function changeState(
  ops: EntityOps,
  actor: Actor,
  keys: string[],
  action: StateAction,
): Promise<{ changed: number }> {
  const state = STATE_ACTIONS[action];
  const ip = await requestIp();
  return getDb().$transaction(async (tx) => {
    let changed = 0;
    for (const row of await ops.load(tx, keys)) {
      if (action === 'publish' && row.pending) {
        if (await ops.publishPending(tx, actor, ip, row.key, row.version)) changed += 1;
        continue;
      }
      if (row.state === state) continue;
      if ((await ops.setState(tx, row.id, row.version, state)) === 0) continue;
      await writeRevision(tx, {
        recordType: ops.recordType,
        recordId: row.id,
        version: row.version + 1,
        action,
        actor,
        before: row.snapshot,
        after: { ...row.snapshot, publicationState: state },
      });
      await recordAudit(
        {
          actorId: actor.userId,
          actorEmail: actor.email,
          action,
          recordType: ops.recordType,
          recordId: row.key,
          ip,
          details: { id: row.id },
        },
        tx,
      );
      changed += 1;
    }
    return { changed };
  });
}

/** Deletes one record for good after the typed confirmation matched; keeps a final revision and an audit row. */
export async function hardDelete(ops: EntityOps, actor: Actor, key: string): Promise<boolean> {
  const ip = await requestIp();
  return getDb().$transaction(async (tx) => {
    const [row] = await ops.load(tx, [key]);
    if (!row) return false;
    await writeRevision(tx, {
      recordType: ops.recordType,
      recordId: row.id,
      version: row.version + 1,
      action: 'delete',
      actor,
      before: row.snapshot,
      after: null,
    });
    await ops.remove(tx, row.id);
    await recordAudit(
      {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: 'delete',
        recordType: ops.recordType,
        recordId: row.key,
        ip,
        details: { id: row.id, before: row.snapshot },
      },
      tx,
    );
    return true;
  });
}
