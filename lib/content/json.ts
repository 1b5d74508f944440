import { z } from 'zod';
import { CONTENT_LOCALES, type ContentModel, type Field, type Target } from '@/lib/content/field';
import { TARGETS } from '@/lib/content/targets';
import type { PublicRecord } from '@/lib/data/projects-sql';
import type { Localised } from '@/lib/format';

// A content model in the open-data JSON API: the fields whose `json` decision names them, under that name, in model
// order, then `updatedAt`. References travel as their keys (slug or code), translated text as `{ en, fr }`. The zod
// schema (and so the OpenAPI document) and the mapper both follow from the model, so they cannot disagree.

type JsonValue<F> = F extends { type: 'key' }
  ? string
  : F extends { type: 'text'; translated: true }
    ? Localised
    : F extends { type: 'choice'; values: readonly (infer V)[] }
      ? V
      : F extends { type: 'ref' }
        ? string
        : F extends { type: 'links' }
          ? string[]
          : F extends { type: 'year' | 'coordinate' }
            ? number | null
            : string | null;

type JsonFields<M extends ContentModel> = {
  -readonly [K in keyof M['fields'] as M['fields'][K]['json'] & string]: JsonValue<M['fields'][K]>;
};

/** A record of `M` in the JSON API, as a type computed from the model's `json` decisions. */
export type JsonRecord<M extends ContentModel> = JsonFields<M> & { updatedAt: string };

/** Shared pieces of the API's schemas (named components are reused, not copied). */
export type JsonAtoms = { localised: z.ZodType<Localised>; usd: z.ZodString; timestamp: z.ZodType<string> };

/** How the API documents a reference to each table. */
const TARGET_DESCRIPTIONS: Record<Target, string> = {
  region: 'Region slug (see `/api/v1/regions`).',
  projectType: 'Project type slug (see `/api/v1/project-types`).',
  country: 'ISO 3166-1 alpha-2 country code.',
  service: 'Service slug (see `/api/v1/services`).',
  language: 'ISO 639-1 language code.',
  project: 'Project code, e.g. `PX.0220`.',
};
/** How the API documents the key of each record kind. */
const KEY_DESCRIPTIONS: Record<ContentModel['kind'], string> = {
  project: TARGET_DESCRIPTIONS.project,
  centre: 'Resource centre slug (its address).',
};

const keyOf = (target: Target) => z.string().regex(TARGETS[target].pattern).describe(TARGET_DESCRIPTIONS[target]);

function fieldSchema(field: Field, kind: ContentModel['kind'], atoms: JsonAtoms): z.ZodType {
  switch (field.type) {
    case 'key':
      return z.string().describe(KEY_DESCRIPTIONS[kind]);
    case 'text':
      return field.translated ? atoms.localised : z.string().nullable();
    case 'choice':
      return z.enum(field.values);
    case 'ref':
      return keyOf(field.target);
    case 'links':
      return z.array(keyOf(field.target));
    case 'money':
      return atoms.usd.nullable();
    case 'year':
      return z.int().nullable();
    case 'date':
      return z.iso.date().nullable();
    case 'coordinate':
      return z.number().min(-field.max).max(field.max).nullable();
    default:
      return z.string().nullable();
  }
}

const inJson = (model: ContentModel) =>
  Object.entries(model.fields).flatMap(([name, field]) =>
    field.json === null ? [] : [[name, field.json, field] as const],
  );

/** The zod schema of a model's records in the API (the OpenAPI document's component is generated from it). */
export function jsonSchemaOf<M extends ContentModel>(model: M, atoms: JsonAtoms): z.ZodType<JsonRecord<M>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [, json, field] of inJson(model)) shape[json] = fieldSchema(field, model.kind, atoms);
  shape.updatedAt = atoms.timestamp;
  return z.object(shape) as unknown as z.ZodType<JsonRecord<M>>;
}

type Row = Record<string, unknown>;
/** Languages of translated text in the JSON, alphabetically (`{ en, fr }`, as the API has always written them). */
const JSON_LOCALES = [...CONTENT_LOCALES].sort();

function jsonValue(field: Field, value: unknown): unknown {
  switch (field.type) {
    case 'text':
      return field.translated ? Object.fromEntries(JSON_LOCALES.map((l) => [l, (value as Localised)[l]])) : value;
    case 'ref':
      return (value as Row)[TARGETS[field.target].key];
    case 'links':
      return (value as Row[]).map((r) => r[TARGETS[field.target].key]);
    default:
      return value;
  }
}

/** A public record in its API form: the fields the model puts in the JSON, under their JSON names. */
export function toJsonRecord<M extends ContentModel>(model: M, record: PublicRecord<M>): JsonRecord<M> {
  const values = record as Row;
  const out: Row = {};
  for (const [name, json, field] of inJson(model)) out[json] = jsonValue(field, values[name]);
  out.updatedAt = record.updatedAt;
  return out as JsonRecord<M>;
}
