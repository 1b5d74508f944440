import 'server-only';
import { centreModel } from '@/lib/content/centre';
import type { ContentModel } from '@/lib/content/field';
import { projectModel } from '@/lib/content/project';
import type { ParseResult } from '@/lib/content/schema';
import {
  RECORD_TABLE,
  recordColumns,
  recordSelect,
  resolveReferences,
  rowSnapshot,
  snapshotFields,
  translationSelect,
  translationValues,
  writeLinks,
} from '@/lib/content/storage';
import { languagesNeedingTranslation, metaOf, nextMeta, publishErrors } from '@/lib/content/translation';
import { normaliseKey } from '@/lib/content/targets';
import type { RecordType } from '@/lib/data/admin-support';
import { recordRow, type RecordHooks, type RecordInput, type Tx } from '@/lib/data/record-hooks';
import type { Snapshot } from '@/lib/domain/diff';
import { parseCentreCreate, parseCentreUpdate, type CentreInput } from '@/lib/validation/centre';
import { parseProjectCreate, parseProjectUpdate, type ProjectInput } from '@/lib/validation/project';

// The record kinds the write path and the staff section know, each made of its content model: hooks, snapshot
// fields and the select of a stored record all follow from the model (lib/content/storage.ts).
type Row = Record<string, unknown>;
type Parsers<I> = {
  create: (raw: unknown) => ParseResult<I>;
  update: (raw: unknown) => ParseResult<I & { version: number }>;
};

/** A record kind: its model, its stored type name, how its key is read from an address, and its write hooks. */
type RecordKindSpec<I extends RecordInput = RecordInput> = {
  model: ContentModel;
  recordType: RecordType;
  fields: readonly string[];
  select: Row;
  /** The key as typed in an address or a form, normalised; null when it cannot be one. */
  key: (raw: unknown) => string | null;
  snapshot: (row: Row) => Snapshot;
  hooks: RecordHooks<I, Row>;
};

function kindOf<I extends RecordInput>(model: ContentModel, recordType: RecordType, parsers: Parsers<I>) {
  const keyField = model.fields[model.key];
  if (keyField?.type !== 'key') throw new Error(`${model.kind}: its key field must be of type "key"`);
  const fields = snapshotFields(model);
  const select = recordSelect(model);
  const snapshot = (row: Row) => rowSnapshot(model, row);
  const key = (raw: unknown) => {
    const k = typeof raw === 'string' ? normaliseKey(raw, keyField.normalise) : '';
    return k.length <= keyField.max && keyField.pattern.test(k) ? k : null;
  };
  const toRow = (r: Row) => recordRow(r as Parameters<typeof recordRow>[0], String(r[model.key]), snapshot(r), fields);
  const table = (tx: Tx) => (tx as unknown as Record<string, unknown>)[RECORD_TABLE[model.kind]];
  const hooks: RecordHooks<I, Row> = {
    recordType,
    keyField: model.key,
    keyTaken: keyField.taken,
    keyLocked: keyField.locked,
    normaliseKey: key,
    keyOf: (input) => String((input as Row)[model.key]),
    parseCreate: parsers.create,
    parseUpdate: parsers.update,
    find: async (tx, where) => {
      const rows = await (table(tx) as { findMany(args: Row): Promise<Row[]> }).findMany({
        where: 'all' in where ? {} : 'id' in where ? { id: where.id } : { [model.key]: { in: where.keys } },
        select,
        orderBy: { [model.key]: 'asc' },
      });
      return rows.map(toRow);
    },
    prepare: async (tx, input, selfId) => {
      const r = await resolveReferences(tx, model, input, selfId);
      if (!r.ok) return r;
      // Translation bookkeeping: which translations this save counts as saved again, and what still needs work.
      const stored =
        selfId === null
          ? null
          : await (table(tx) as { findUnique(args: Row): Promise<Row | null> }).findUnique({
              where: { id: selfId },
              select: translationSelect(model),
            });
      const before = stored ? { values: translationValues(model, stored), meta: metaOf(stored.translations) } : null;
      const values = input as Row;
      const translations = nextMeta(model, before, values, input.confirm ?? []);
      return {
        ok: true,
        columns: {
          ...recordColumns(model, input, r.resolved),
          translations,
          needsTranslation: languagesNeedingTranslation(model, values, translations),
        },
        children: (id: number) => writeLinks(tx, model, id, r.resolved),
      };
    },
    publishErrors: (values) => publishErrors(model, values),
    table: (tx) => table(tx) as ReturnType<RecordHooks<I, Row>['table']>,
  };
  return { model, recordType, fields, select, key, snapshot, hooks } satisfies RecordKindSpec<I>;
}

export const projectKind = kindOf<ProjectInput>(projectModel, 'project', {
  create: parseProjectCreate,
  update: parseProjectUpdate,
});
const centreKind = kindOf<CentreInput>(centreModel, 'resource_centre', {
  create: parseCentreCreate,
  update: parseCentreUpdate,
});

/** Every record kind by the name the staff section and the write path use. */
export const RECORD_KINDS = { project: projectKind, centre: centreKind } as const;
