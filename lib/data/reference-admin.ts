import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ReferenceItemInput, ReferenceKind } from '@/lib/validation/reference';

export type ReferenceItem = { slug: string; nameEn: string; nameFr: string; sortOrder: number };

const select = { slug: true, nameEn: true, nameFr: true, sortOrder: true } as const;
const orderBy = [{ sortOrder: 'asc' as const }, { slug: 'asc' as const }];

// The three reference tables share their shape; one delegate per kind.
function delegate(db: Prisma.TransactionClient, kind: ReferenceKind) {
  if (kind === 'region') return db.region;
  if (kind === 'projectType') return db.projectType;
  return db.service;
}

/** Every item of one kind of reference data, in display order (callers check the admin role). */
export async function listReferenceItems(kind: ReferenceKind): Promise<ReferenceItem[]> {
  const d = delegate(getDb(), kind) as unknown as { findMany(a: object): Promise<ReferenceItem[]> };
  return d.findMany({ select, orderBy });
}

/** Admin: creates the item, or updates names and order of the one with this slug; returns the row before (or null). */
export async function saveReferenceItem(
  input: ReferenceItemInput,
  tx: Prisma.TransactionClient,
): Promise<ReferenceItem | null> {
  await requireRole('admin', { action: 'reference.save', recordType: input.kind, recordId: input.slug });
  const d = delegate(tx, input.kind) as unknown as {
    findUnique(a: object): Promise<ReferenceItem | null>;
    upsert(a: object): Promise<unknown>;
  };
  const before = await d.findUnique({ where: { slug: input.slug }, select });
  const data = { nameEn: input.nameEn, nameFr: input.nameFr, sortOrder: input.sortOrder };
  await d.upsert({ where: { slug: input.slug }, create: { slug: input.slug, ...data }, update: data });
  return before;
}
