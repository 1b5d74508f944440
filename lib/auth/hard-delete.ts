import 'server-only';
import { headers } from 'next/headers';
import { checkRole, type Actor, type DenialReason } from '@/lib/auth/session';
import { clientIpFrom, recordAudit } from '@/lib/audit/record-audit';
import type { Prisma } from '@/lib/generated/prisma/client';

// Deleting is rare and guarded (issue 5 §7): archive by default; a hard delete needs the admin role and the record's
// identifier typed again, and is audited in the same transaction as the delete.

export type HardDeleteRequest = {
  recordType: string;
  recordId: string | number;
  /** What the user must type (e.g. the project code or centre slug). */
  expected: string;
  /** What they typed. */
  typed: unknown;
};

export type HardDeleteCheck =
  { ok: true; actor: Actor; ip: string | null } | { ok: false; reason: DenialReason | 'confirmation' };

/** Whether the typed confirmation matches exactly (surrounding spaces ignored, case-sensitive). */
export function confirmationMatches(expected: string, typed: unknown): boolean {
  return typeof typed === 'string' && typed.trim() === expected && expected.length > 0;
}

/** Checks the admin role (auditing a denial) and the typed confirmation before a hard delete. */
export async function checkHardDelete(request: HardDeleteRequest): Promise<HardDeleteCheck> {
  const access = await checkRole('admin', {
    action: `${request.recordType}.delete`,
    recordType: request.recordType,
    recordId: request.recordId,
  });
  if (!access.ok) return { ok: false, reason: access.reason };
  if (!confirmationMatches(request.expected, request.typed)) return { ok: false, reason: 'confirmation' };
  return { ok: true, actor: access.actor, ip: clientIpFrom(await headers()) };
}

/** Writes the "delete" audit row; call inside the transaction that deletes, with a snapshot of the record. */
export async function auditHardDelete(
  check: Extract<HardDeleteCheck, { ok: true }>,
  request: Pick<HardDeleteRequest, 'recordType' | 'recordId'>,
  snapshot: Prisma.InputJsonValue,
  tx: Prisma.TransactionClient,
): Promise<void> {
  await recordAudit(
    {
      actorId: check.actor.userId,
      actorEmail: check.actor.email,
      action: 'delete',
      recordType: request.recordType,
      recordId: request.recordId,
      ip: check.ip,
      details: { before: snapshot },
    },
    tx,
  );
}
