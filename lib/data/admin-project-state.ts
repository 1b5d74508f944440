import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { projectSnapshot, projectSnapshotSelect } from '@/lib/data/admin-projects';
import { publishPendingProject } from '@/lib/data/admin-project-writes';
import { changeState, hardDelete, keyList, STATE_ACTIONS, type EntityOps } from '@/lib/data/admin-state';
import { normaliseProjectCode, PROJECT_CODE_PATTERN } from '@/lib/domain/project';
import type { FieldErrors } from '@/lib/validation/form-errors';

// Publication state of projects (bulk publish / unpublish / archive) and the guarded hard delete.
const ops: EntityOps = {
  recordType: 'project',
  load: async (tx, keys) =>
    (
      await tx.project.findMany({
        where: { code: { in: keys } },
        select: projectSnapshotSelect,
        orderBy: { code: 'asc' },
      })
    ).map((p) => ({
      id: p.id,
      key: p.code,
      version: p.version,
      state: p.publicationState,
      snapshot: projectSnapshot(p),
      pending: p.draft !== null,
    })),
  setState: async (tx, id, version, publicationState) =>
    (await tx.project.updateMany({ where: { id, version }, data: { publicationState, version: { increment: 1 } } }))
      .count,
  publishPending: publishPendingProject,
  remove: async (tx, id) => {
    await tx.project.delete({ where: { id } });
  },
};

/** Publishes, unpublishes or archives the projects whose codes are given (one revision and audit row each). */
export async function setProjectsState(
  rawCodes: unknown,
  action: unknown,
): Promise<{ ok: true; changed: number } | { ok: false; reason: 'invalid' }> {
  const actor = await requireRole('editor');
  const codes = keyList(rawCodes, PROJECT_CODE_PATTERN, normaliseProjectCode);
  if (!codes || typeof action !== 'string' || !(action in STATE_ACTIONS)) return { ok: false, reason: 'invalid' };
  return { ok: true, ...(await changeState(ops, actor, codes, action as keyof typeof STATE_ACTIONS)) };
}

/** Deletes a project for good: admins only, and only when `confirmation` repeats its code exactly. */
export async function deleteProjectForGood(
  rawCode: unknown,
  confirmation: unknown,
): Promise<
  { ok: true } | { ok: false; reason: 'invalid'; fieldErrors: FieldErrors } | { ok: false; reason: 'not_found' }
> {
  const actor = await requireRole('admin');
  const code = typeof rawCode === 'string' ? normaliseProjectCode(rawCode) : '';
  if (!PROJECT_CODE_PATTERN.test(code)) return { ok: false, reason: 'not_found' };
  if (typeof confirmation !== 'string' || confirmation.trim() !== code) {
    return { ok: false, reason: 'invalid', fieldErrors: { confirmation: [{ key: 'confirmation' }] } };
  }
  return (await hardDelete(ops, actor, code)) ? { ok: true } : { ok: false, reason: 'not_found' };
}
