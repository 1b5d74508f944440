import 'server-only';
import { requireRole } from '@/lib/auth/session';
import type { Target } from '@/lib/content/field';
import { RECORD_TABLE } from '@/lib/content/storage';
import { metaOf, translationStates, type TranslationState } from '@/lib/content/translation';
import { readRevisions, type RevisionItem } from '@/lib/data/admin-support';
import { RECORD_KINDS } from '@/lib/data/record-kinds';
import type { RecordKind } from '@/lib/data/record-write';
import { getDb } from '@/lib/db';
import type { Snapshot } from '@/lib/domain/diff';
import { localisedOf, type Localised } from '@/lib/format';
import { localisedName, NAME_SELECT, routing, type LocalisedNames } from '@/lib/i18n/routing';

// Staff reads of one record of any kind in any publication state (the public data layer only sees published ones):
// the edit form's values, the history, and the choices of the form's reference fields.

/** One record in any state: form values, version, and each translated text's state (`summaryFr` → 'stale'). */
export async function getAdminRecord(
  kind: RecordKind,
  rawKey: string,
): Promise<{
  id: number;
  key: string;
  version: number;
  values: Snapshot;
  pendingDraft: boolean;
  translation: Record<string, TranslationState>;
} | null> {
  await requireRole('editor');
  const k = RECORD_KINDS[kind];
  const key = k.key(rawKey);
  const db = getDb();
  const [row] = key ? await k.hooks.find(db, { keys: [key] }) : [];
  if (!row) return null;
  const table = (
    db as unknown as Record<string, { findUnique(args: object): Promise<{ translations: unknown } | null> }>
  )[RECORD_TABLE[k.model.kind]];
  const stored = await table?.findUnique({ where: { id: row.id }, select: { translations: true } });
  const translation = translationStates(k.model, row.snapshot, metaOf(stored?.translations));
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    values: row.snapshot,
    pendingDraft: row.pending,
    translation,
  };
}

/** A record's revisions, newest first, with field-level changes; null when there is no such record. */
export async function listRecordRevisions(
  kind: RecordKind,
  rawKey: string,
): Promise<{ key: string; version: number; revisions: RevisionItem[] } | null> {
  const record = await getAdminRecord(kind, rawKey);
  if (!record) return null;
  const k = RECORD_KINDS[kind];
  const revisions = await readRevisions(getDb(), k.recordType, record.id, k.fields);
  return { key: record.key, version: record.version, revisions };
}

/** One choice of a reference field: its key and its name in each language (projects: their titles). */
export type ReferenceChoice = { value: string; names: Localised; showKey: boolean };

const namesOf = (r: LocalisedNames): Localised =>
  localisedOf(Object.fromEntries(routing.locales.map((l) => [l, r[localisedName('name', l)]])));

async function choicesOf(target: Target): Promise<ReferenceChoice[]> {
  const db = getDb();
  const sorted = [{ sortOrder: 'asc' as const }, { slug: 'asc' as const }];
  const named = NAME_SELECT;
  const bySlug = (rows: ({ slug: string } & LocalisedNames)[]) =>
    rows.map((r) => ({ value: r.slug, names: namesOf(r), showKey: false }));
  const byCode = (rows: ({ code: string } & LocalisedNames)[]) =>
    rows.map((r) => ({ value: r.code, names: namesOf(r), showKey: true }));
  switch (target) {
    case 'region':
      return bySlug(await db.region.findMany({ select: { slug: true, ...named }, orderBy: sorted }));
    case 'projectType':
      return bySlug(await db.projectType.findMany({ select: { slug: true, ...named }, orderBy: sorted }));
    case 'service':
      return bySlug(await db.service.findMany({ select: { slug: true, ...named }, orderBy: sorted }));
    case 'country':
      return byCode(await db.country.findMany({ select: { code: true, ...named }, orderBy: { code: 'asc' } }));
    case 'language':
      return byCode(await db.language.findMany({ select: { code: true, ...named }, orderBy: { code: 'asc' } }));
    case 'project': {
      const rows = await db.project.findMany({
        select: { code: true, title: true },
        orderBy: { code: 'asc' },
        take: 2000,
      });
      return rows.map((r) => ({ value: r.code, names: localisedOf(r.title), showKey: true }));
    }
  }
}

/** The choices of every reference field of a kind's form, by field name. */
export async function getRecordFormChoices(kind: RecordKind): Promise<Record<string, ReferenceChoice[]>> {
  await requireRole('editor');
  const out: Record<string, ReferenceChoice[]> = {};
  // Sequential: a handful of small reads, and the pool is shared with the public pages.
  for (const [name, field] of Object.entries(RECORD_KINDS[kind].model.fields)) {
    if (field.type === 'ref' || field.type === 'links') out[name] = await choicesOf(field.target);
  }
  return out;
}
