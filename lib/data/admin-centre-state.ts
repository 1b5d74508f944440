import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { centreSnapshot, centreSnapshotSelect } from '@/lib/data/admin-centres';
import { publishPendingCentre } from '@/lib/data/admin-centre-writes';
import { changeState, hardDelete, keyList, STATE_ACTIONS, type EntityOps } from '@/lib/data/admin-state';
import type { FieldErrors } from '@/lib/validation/form-errors';

// Publication state of centres (bulk publish / unpublish / archive) and the guarded hard delete.
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ops: EntityOps = {
  recordType: 'resource_centre',
  load: async (tx, keys) =>
    (
      await tx.resourceCentre.findMany({
        where: { slug: { in: keys } },
        select: centreSnapshotSelect,
        orderBy: { slug: 'asc' },
      })
    ).map((c) => ({
      id: c.id,
      key: c.slug,
      version: c.version,
      state: c.publicationState,
      snapshot: centreSnapshot(c),
      pending: c.draft !== null,
    })),
  setState: async (tx, id, version, publicationState) =>
    (
      await tx.resourceCentre.updateMany({
        where: { id, version },
        data: { publicationState, version: { increment: 1 } },
      })
    ).count,
  publishPending: publishPendingCentre,
  remove: async (tx, id) => {
    await tx.resourceCentre.delete({ where: { id } });
  },
};

/** Publishes, unpublishes or archives the centres whose slugs are given (one revision and audit row each). */
export async function setCentresState(
  rawSlugs: unknown,
  action: unknown,
): Promise<{ ok: true; changed: number } | { ok: false; reason: 'invalid' }> {
  const actor = await requireRole('editor');
  const slugs = keyList(rawSlugs, SLUG, (s) => s.trim().toLowerCase());
  if (!slugs || typeof action !== 'string' || !(action in STATE_ACTIONS)) return { ok: false, reason: 'invalid' };
  return { ok: true, ...(await changeState(ops, actor, slugs, action as keyof typeof STATE_ACTIONS)) };
}

/** Deletes a centre for good: admins only, and only when `confirmation` repeats its slug exactly. */
export async function deleteCentreForGood(
  rawSlug: unknown,
  confirmation: unknown,
): Promise<
  { ok: true } | { ok: false; reason: 'invalid'; fieldErrors: FieldErrors } | { ok: false; reason: 'not_found' }
> {
  const actor = await requireRole('admin');
  const slug = typeof rawSlug === 'string' ? rawSlug.trim().toLowerCase() : '';
  if (!SLUG.test(slug)) return { ok: false, reason: 'not_found' };
  if (typeof confirmation !== 'string' || confirmation.trim() !== slug) {
    return { ok: false, reason: 'invalid', fieldErrors: { confirmation: [{ key: 'confirmation' }] } };
  }
  return (await hardDelete(ops, actor, slug)) ? { ok: true } : { ok: false, reason: 'not_found' };
}
