import 'server-only';
import {
  CONTENT_LOCALES,
  isTranslated,
  localisedName,
  modelColumns,
  type ContentModel,
  type Field,
} from '@/lib/content/field';
import { TARGETS } from '@/lib/content/targets';
import type { Snapshot, SnapshotValue } from '@/lib/domain/diff';
import { localisedOf, storedLocalised } from '@/lib/format';
import type { Prisma } from '@/lib/generated/prisma/client';
import { fieldError, type FieldErrors } from '@/lib/validation/form-errors';

// How a content model is stored: the select that reads a record's fields, the snapshot made of them (what revisions
// store, forms show and diffs compare), the columns a validated input writes and the link rows it replaces. All of
// it follows from the model's field types, so a new field needs no code here.
type Tx = Prisma.TransactionClient;
type Row = Record<string, unknown>;
type Values = Record<string, unknown>;

/** The Prisma model of each record kind. */
export const RECORD_TABLE = { project: 'project', centre: 'resourceCentre' } as const;

/** The names a snapshot holds: every stored field, then the publication state. */
export function snapshotFields(model: ContentModel): string[] {
  return [...modelColumns(model), 'publicationState'];
}

function linkSelect(name: string, field: Extract<Field, { type: 'links' }>) {
  const t = TARGETS[field.target];
  const select = t.id === 'code' ? { [field.link.column]: true } : { [t.model]: { select: { [t.key]: true } } };
  const orderBy = field.link.ordered
    ? { position: 'asc' }
    : t.id === 'code'
      ? { [field.link.column]: 'asc' }
      : { [t.model]: { [t.order]: 'asc' } };
  return [name, { select, orderBy }] as const;
}

/** The Prisma select of a record's stored fields (plus what the write path needs: id, version, state, draft). */
export function recordSelect(model: ContentModel): Row {
  const select: Row = { id: true, version: true, publicationState: true, draft: true, updatedAt: true };
  for (const [name, field] of Object.entries(model.fields)) {
    if (field.type === 'links') {
      const [k, v] = linkSelect(name, field);
      select[k] = v;
    } else if (field.type === 'ref' && TARGETS[field.target].id === 'id') {
      select[name] = { select: { [TARGETS[field.target].key]: true } };
    } else {
      // Translated text is one jsonb column named after the field; its languages become separate snapshot names.
      select[name] = true;
    }
  }
  return select;
}

type Decimalish = { toFixed(digits: number): string };
const fixed = (v: unknown, digits: number) => (v === null ? null : (v as Decimalish).toFixed(digits));

function storedValue(row: Row, name: string, column: string, field: Field): SnapshotValue {
  const v = row[column];
  switch (field.type) {
    case 'money':
      return fixed(v, 2);
    case 'coordinate':
      return fixed(v, 6);
    case 'date':
      return v instanceof Date ? v.toISOString().slice(0, 10) : null;
    case 'year':
      return typeof v === 'number' ? v : null;
    case 'ref': {
      const t = TARGETS[field.target];
      return t.id === 'id' ? String((row[name] as Row)[t.key]) : String(v);
    }
    case 'links': {
      const t = TARGETS[field.target];
      const items = row[name] as Row[];
      return items.map((i) => String(t.id === 'code' ? i[field.link.column] : (i[t.model] as Row)[t.key]));
    }
    default:
      return typeof v === 'string' ? v : null;
  }
}

/** A stored row as a snapshot: each field in its form shape (keys, 2-decimal amounts, ISO dates, key lists). */
export function rowSnapshot(model: ContentModel, row: Row): Snapshot {
  const out: Snapshot = {};
  for (const [name, field] of Object.entries(model.fields)) {
    if (isTranslated(field)) {
      const texts = localisedOf(row[name]);
      for (const lang of CONTENT_LOCALES) out[localisedName(name, lang)] = texts[lang];
    } else out[name] = storedValue(row, name, name, field);
  }
  out.publicationState = String(row.publicationState);
  return out;
}

type Finder = {
  findUnique(args: { where: Row; select: Row }): Promise<Row | null>;
  findMany(args: { where: Row; select: Row }): Promise<Row[]>;
  count(args: { where: Row }): Promise<number>;
};
type LinkTable = {
  deleteMany(args: { where: Row }): Promise<unknown>;
  createMany(args: { data: Row[] }): Promise<unknown>;
};
// Prisma's delegates by model name, reduced to the calls made here (the names come from the models, not from input).
function delegate(tx: Tx, name: string): Finder & LinkTable {
  const d = (tx as unknown as Record<string, (Finder & LinkTable) | undefined>)[name];
  if (!d) throw new Error(`No Prisma model "${name}"`);
  return d;
}

/** Resolved references: ref fields' ids and links' stored values, by field name. */
type Resolved = { refs: Record<string, unknown>; links: Record<string, unknown[]> };

/** Checks references (they exist), unique codes (no other record has them); returns what to store. */
export async function resolveReferences(
  tx: Tx,
  model: ContentModel,
  input: Values,
  selfId: number | null,
): Promise<{ ok: true; resolved: Resolved } | { ok: false; fieldErrors: FieldErrors }> {
  let errors: FieldErrors = {};
  const resolved: Resolved = { refs: {}, links: {} };
  const own = delegate(tx, RECORD_TABLE[model.kind]);
  // Sequential on purpose: one connection per transaction.
  for (const [name, field] of Object.entries(model.fields)) {
    const value = input[name];
    if (field.type === 'ref') {
      const t = TARGETS[field.target];
      const row = await delegate(tx, t.model).findUnique({ where: { [t.key]: value }, select: { [t.id]: true } });
      if (row) resolved.refs[name] = row[t.id];
      else errors = { ...errors, ...fieldError(name, t.unknown) };
    } else if (field.type === 'links') {
      const t = TARGETS[field.target];
      const keys = value as string[];
      const rows = await delegate(tx, t.model).findMany({
        where: { [t.key]: { in: keys } },
        select: { [t.id]: true, [t.key]: true },
      });
      const byKey = new Map(rows.map((r) => [r[t.key], r[t.id]]));
      if (byKey.size === keys.length) resolved.links[name] = keys.map((k) => byKey.get(k));
      else errors = { ...errors, ...fieldError(name, t.unknown) };
    } else if ((field.type === 'key' || field.type === 'code') && value !== null) {
      const same = await own.findUnique({ where: { [name]: value }, select: { id: true } });
      if (same && same.id !== selfId) {
        errors = { ...errors, ...fieldError(name, field.type === 'key' ? field.taken : field.unique) };
      }
    }
  }
  return Object.keys(errors).length ? { ok: false, fieldErrors: errors } : { ok: true, resolved };
}

/** The record's own columns for a validated input (references by id, dates as dates; links are rows apart). */
export function recordColumns(model: ContentModel, input: Values, resolved: Resolved): Row {
  const out: Row = {};
  for (const [name, field] of Object.entries(model.fields)) {
    if (field.type === 'links') continue;
    if (field.type === 'ref') {
      const t = TARGETS[field.target];
      out[t.id === 'id' ? `${name}Id` : name] = resolved.refs[name];
    } else if (field.type === 'date') {
      const v = input[name];
      out[name] = typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : null;
    } else if (isTranslated(field)) {
      const texts = Object.fromEntries(CONTENT_LOCALES.map((l) => [l, input[localisedName(name, l)]]));
      out[name] = storedLocalised(texts);
    } else {
      out[name] = input[name];
    }
  }
  return out;
}

/** Replaces the record's link rows (countries, services…) with the resolved ones, in the order given. */
export async function writeLinks(tx: Tx, model: ContentModel, id: number, resolved: Resolved): Promise<void> {
  for (const [name, field] of Object.entries(model.fields)) {
    if (field.type !== 'links') continue;
    const { model: linkModel, owner, column, ordered } = field.link;
    const links = delegate(tx, linkModel);
    await links.deleteMany({ where: { [owner]: id } });
    const data = (resolved.links[name] ?? []).map((value, position) => ({
      [owner]: id,
      [column]: value,
      ...(ordered ? { position } : {}),
    }));
    if (data.length) await links.createMany({ data });
  }
}

/** The Prisma select of what a save's translation bookkeeping reads: the texts, the source language, the hashes. */
export function translationSelect(model: ContentModel): Row {
  const select: Row = { translations: true, sourceLanguage: true };
  for (const [name, field] of Object.entries(model.fields)) if (isTranslated(field)) select[name] = true;
  return select;
}

/** A stored row's texts by stored name (`titleEn`…) and its source language, as a save compares them. */
export function translationValues(model: ContentModel, row: Row): Values {
  const out: Values = { sourceLanguage: row.sourceLanguage };
  for (const [name, field] of Object.entries(model.fields)) {
    if (!isTranslated(field)) continue;
    const texts = localisedOf(row[name]);
    for (const lang of CONTENT_LOCALES) out[localisedName(name, lang)] = texts[lang];
  }
  return out;
}
