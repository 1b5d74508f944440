import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { requestIp } from '@/lib/data/admin-support';
import { staffWriter } from '@/lib/data/record-hooks';
import { getDb } from '@/lib/db';
import { diffSnapshots } from '@/lib/domain/diff';
import type { Prisma } from '@/lib/generated/prisma/client';
import { localisedName, NAME_SELECT, routing, type LocalisedNames } from '@/lib/i18n/routing';
import type { ReferenceItemInput, ReferenceKind } from '@/lib/validation/reference';

// Reference data (regions, project types, services): admins add items and rename or reorder them. Each change goes
// through the same steps as a record's (lib/data/record-transaction.ts): role check, version check, a revision with
// the whole item before and after, and an audit row naming the changed fields, in one transaction.
export type ReferenceItem = { slug: string; sortOrder: number; version: number } & LocalisedNames;

const select = { id: true, slug: true, ...NAME_SELECT, sortOrder: true, version: true } as const;
const orderBy = [{ sortOrder: 'asc' as const }, { slug: 'asc' as const }];
const NAME_COLUMNS = routing.locales.map((l) => localisedName('name', l));
const FIELDS = ['slug', ...NAME_COLUMNS, 'sortOrder'];

type Row = ReferenceItem & { id: number };
type Table = {
  findMany(a: object): Promise<Row[]>;
  findUnique(a: object): Promise<Row | null>;
  create(a: object): Promise<{ id: number }>;
  updateMany(a: object): Promise<{ count: number }>;
};

// The three reference tables share their shape; one delegate per kind.
function table(db: Prisma.TransactionClient, kind: ReferenceKind): Table {
  if (kind === 'region') return db.region;
  if (kind === 'projectType') return db.projectType;
  return db.service;
}

/** Every item of one kind of reference data, in display order (callers check the admin role). */
export async function listReferenceItems(kind: ReferenceKind): Promise<ReferenceItem[]> {
  const rows = await table(getDb(), kind).findMany({ select, orderBy });
  return rows.map(({ id: _id, ...item }) => item);
}

export type ReferenceWrite =
  { ok: true; created: boolean } | { ok: false; reason: 'slugTaken' | 'conflict' | 'notFound' };

const snapshot = (r: Pick<Row, 'slug' | 'sortOrder' | keyof LocalisedNames>) => ({
  slug: r.slug,
  ...(Object.fromEntries(NAME_COLUMNS.map((c) => [c, r[c]])) as LocalisedNames),
  sortOrder: r.sortOrder,
});

/**
 * Admin: adds an item (no `version`: its slug must be new) or renames/reorders the one with this slug (`version`: the
 * one the form was loaded with; a change saved meanwhile is a conflict, nothing is written).
 */
export async function saveReferenceItem(input: ReferenceItemInput): Promise<ReferenceWrite> {
  const actor = await requireRole('admin', { action: 'reference.save', recordType: input.kind, recordId: input.slug });
  const writer = staffWriter(actor, await requestIp());
  return getDb().$transaction(async (tx) => {
    const t = table(tx, input.kind);
    const before = await t.findUnique({ where: { slug: input.slug }, select });
    const after = snapshot(input);
    let id: number;
    let version: number;
    if (input.version === undefined) {
      if (before) return { ok: false, reason: 'slugTaken' } as const;
      id = (await t.create({ data: after, select: { id: true } })).id;
      version = 1;
    } else {
      if (!before) return { ok: false, reason: 'notFound' } as const;
      if (before.version !== input.version) return { ok: false, reason: 'conflict' } as const;
      const { slug: _slug, ...data } = after;
      const { count } = await t.updateMany({
        where: { id: before.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) return { ok: false, reason: 'conflict' } as const;
      id = before.id;
      version = input.version + 1;
    }
    const action = before ? 'update' : 'create';
    const changed = diffSnapshots(before && snapshot(before), after, FIELDS).map((c) => c.field);
    await tx.revision.create({
      data: {
        recordType: input.kind,
        recordId: id,
        version,
        action,
        actorId: writer.userId,
        actorLabel: writer.label,
        before: before ? snapshot(before) : undefined,
        after,
      },
    });
    await recordAudit(
      {
        actorId: writer.userId,
        actorEmail: writer.email,
        action,
        recordType: input.kind,
        recordId: input.slug,
        ip: writer.ip,
        details: { changed },
      },
      tx,
    );
    return { ok: true, created: !before };
  });
}
