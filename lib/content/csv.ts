import { createTranslator } from 'next-intl';
import {
  CONTENT_LOCALES,
  columnsOf,
  localisedName,
  type ChoiceLabels,
  type ContentModel,
  type Field,
  type Target,
} from '@/lib/content/field';
import { normaliseKey, TARGETS } from '@/lib/content/targets';
import { stripControlCharacters } from '@/lib/control-characters';
import { neutraliseFormula } from '@/lib/csv-formula';
import type { PublicRecord } from '@/lib/data/projects-sql';
import { pickLocalised, type Localised } from '@/lib/format';
import { CATALOGUES } from '@/lib/i18n/catalogues';
import type { AppLocale } from '@/lib/i18n/routing';
import { fold } from '@/lib/import/page-fields';
import { normaliseBudget } from '@/lib/validation/money';

// A content model in the projects CSV: the fields whose `csv` decision is true, in model order, then `updatedAt`
// (informative: written by the export, ignored by the import). Headers are `projectList.csv.<name>`; each field type
// is written in one way (labels and names in the file's language) and read back in the same way, so an export
// imports unchanged, and a field added to the model is in both with no code here.

const MESSAGES = CATALOGUES;
const HEADERS = (lang: AppLocale): Record<string, string> => CATALOGUES[lang].projectList.csv;

/** The last column: when the record last changed. */
const CSV_UPDATED_AT = 'updatedAt';

/** A model's fields in the CSV, in model order. */
export function csvFields(model: ContentModel): [string, Field][] {
  return Object.entries(model.fields).filter(([, f]) => f.csv);
}

/** The CSV's columns, in order: the fields, then `updatedAt`. */
export function csvColumns(model: ContentModel): string[] {
  return [...csvFields(model).map(([name]) => name), CSV_UPDATED_AT];
}

type Row = Record<string, unknown>;
const text = (s: string) => neutraliseFormula(stripControlCharacters(s));
const asText = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const nameIn = (row: Row, lang: AppLocale) => String(row[localisedName('name', lang)]);

function exportCell(field: Field, value: unknown, lang: AppLocale, label: (f: ChoiceLabels, v: string) => string) {
  switch (field.type) {
    case 'text':
      return text(field.translated ? (pickLocalised(value as Localised, lang)?.value ?? '') : asText(value));
    case 'choice':
      return text(label(field.labels, String(value)));
    case 'ref':
      return text(nameIn(value as Row, lang));
    case 'links':
      return text((value as Row[]).map((r) => nameIn(r, lang)).join('; '));
    case 'money':
    case 'year':
    case 'date':
    case 'coordinate':
      // Numbers and dates are written as they are (a spreadsheet never runs them).
      return (value as string | number | null) ?? '';
    default:
      return text(asText(value));
  }
}

/**
 * The CSV of a model's records in `lang`: header cells, and each record's cells (text a spreadsheet would run as a
 * formula starts with a single quote; control characters older records may hold are left out).
 */
export function csvWriter<M extends ContentModel>(model: M, lang: AppLocale) {
  const messages = MESSAGES[lang];
  const header = createTranslator({ locale: lang, messages, namespace: 'projectList.csv' });
  const translators = new Map<ChoiceLabels, (key: string) => string>();
  const label = (labels: ChoiceLabels, value: string) => {
    let t = translators.get(labels);
    if (!t) {
      const translate = createTranslator({ locale: lang, messages, namespace: labels });
      t = (key) => translate(key as never);
      translators.set(labels, t);
    }
    return t(value);
  };
  const fields = csvFields(model);
  return {
    headers: () => csvColumns(model).map((c) => header(c as never)),
    cells: (record: PublicRecord<M>): (string | number)[] => [
      ...fields.map(([name, field]) => exportCell(field, (record as Row)[name], lang, label)),
      record.updatedAt,
    ],
  };
}

/**
 * The file's language and each column's index, or null when the header row is not the export's (either language).
 * A file must have the columns a new record cannot do without (its key, choices and references); a file written
 * before a field was added still imports, the missing column leaving the stored value as it is.
 */
export function readCsvHeader(
  model: ContentModel,
  header: readonly string[],
): { lang: AppLocale; index: Partial<Record<string, number>> } | null {
  const folded = header.map((h) => fold(h.replace(/^\uFEFF/, '')));
  const required = csvFields(model)
    .filter(([, f]) => f.type === 'key' || f.type === 'choice' || f.type === 'ref')
    .map(([name]) => name);
  for (const lang of CONTENT_LOCALES) {
    const index: Partial<Record<string, number>> = {};
    for (const column of csvColumns(model)) {
      const label = HEADERS(lang)[column];
      const at = label === undefined ? -1 : folded.indexOf(fold(label));
      if (at >= 0) index[column] = at;
    }
    if (required.every((c) => index[c] !== undefined)) return { lang, index };
  }
  return null;
}

type ChoiceField = Extract<Field, { type: 'choice' }>;
const labelLookups = new WeakMap<ChoiceField, (value: string) => string | undefined>();

/** A choice's value from its key or its label in either language ("Achevé", "Completed", "completed"). */
export function choiceOfLabel(field: ChoiceField): (value: string) => string | undefined {
  let lookup = labelLookups.get(field);
  if (!lookup) {
    // Folded keys and labels to their key (the first key wins a shared label): one Map lookup per cell.
    const tables = CONTENT_LOCALES.map((l) => MESSAGES[l][field.labels] as Record<string, string>);
    const byLabel = new Map<string, string>();
    for (const k of field.values) {
      for (const label of [k, ...tables.map((t) => t[k] ?? k)]) {
        if (!byLabel.has(fold(label))) byLabel.set(fold(label), k);
      }
    }
    lookup = (value) => byLabel.get(fold(value));
    labelLookups.set(field, lookup);
  }
  return lookup;
}

type Fields<M extends ContentModel> = M['fields'][keyof M['fields']];
type NamesOf<M extends ContentModel, T extends Field['type']> = {
  [K in keyof M['fields']]: M['fields'][K] extends { type: T } ? K & string : never;
}[keyof M['fields']];

/**
 * Why a CSV row of model `M` is refused, as a type computed from the model: each is the message
 * `adminImport.csv.reasons.<reason>` (a new choice field `x` needs `unknownX`, a new list `xs` needs `tooManyXs`).
 */
type CsvReason<M extends ContentModel> =
  | 'required'
  | 'invalid'
  | 'duplicateCode'
  | 'budget'
  | 'year'
  | 'tooLong'
  | 'controlCharacters'
  | Extract<Fields<M>, { type: 'key' }>['message']
  | Extract<Fields<M>, { type: 'code' }>['message' | 'unique']
  | (typeof TARGETS)[Extract<Fields<M>, { type: 'ref' | 'links' }>['target']]['unknown']
  | `unknown${Capitalize<NamesOf<M, 'choice'>>}`
  | `tooMany${Capitalize<NamesOf<M, 'links'>>}`
  | M['rules'][number]['message'];

/** Validation messages a row's problems keep as their reason (any other reads "invalid"). */
export function csvFormReasons(model: ContentModel): Set<string> {
  const reasons = new Set(['required', 'budget', 'year', 'tooLong', 'controlCharacters']);
  for (const field of Object.values(model.fields))
    if (field.type === 'key' || field.type === 'code') reasons.add(field.message);
  for (const rule of model.rules) reasons.add(rule.message);
  return reasons;
}

const capitalised = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

/** A problem of a cell: its field, why, and the value as written. */
export type CsvProblem<M extends ContentModel> = { field: string; reason: CsvReason<M>; value?: string };
/** Finds a referenced row's key by one of its names (or its key) in either language. */
export type NameLookup = (value: string) => string | undefined;
type Values = Record<string, string | string[]>;

/**
 * Reads one row into form values (one per stored name: the file's language for translated text, the other left
 * blank; fields not in the CSV blank) and a problem for every cell that means nothing known.
 */
export function readCsvRow<M extends ContentModel>(
  model: M,
  cell: (name: string) => string,
  lang: AppLocale,
  lookup: (target: Target) => NameLookup,
  inFile: (name: string) => boolean = () => true,
): { values: Values; problems: CsvProblem<M>[] } {
  const values: Values = {};
  const problems: CsvProblem<M>[] = [];
  const bad = (field: string, reason: string, value: string) =>
    problems.push({ field, reason: reason as CsvReason<M>, value });
  for (const [name, field] of Object.entries(model.fields)) {
    if (!field.csv || !inFile(name)) {
      for (const column of columnsOf(name, field)) values[column] = field.type === 'links' ? [] : '';
      continue;
    }
    const v = cell(name);
    switch (field.type) {
      case 'key':
        values[name] = normaliseKey(v, field.normalise);
        break;
      case 'code':
        values[name] = normaliseKey(v, 'upper');
        break;
      case 'text':
        if (field.translated) {
          for (const l of CONTENT_LOCALES) values[localisedName(name, l)] = l === lang ? v : '';
        } else values[name] = v;
        break;
      case 'choice':
      case 'ref': {
        const resolve = field.type === 'choice' ? choiceOfLabel(field) : lookup(field.target);
        const key = v === '' ? '' : resolve(v);
        if (key === undefined)
          bad(name, field.type === 'choice' ? `unknown${capitalised(name)}` : TARGETS[field.target].unknown, v);
        values[name] = key ?? '';
        break;
      }
      case 'links': {
        const names = v
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean);
        const keys = new Set<string>();
        // Bounded work per cell: past the form's limit the names are not looked up at all.
        if (names.length > field.max) bad(name, `tooMany${capitalised(name)}`, String(field.max));
        else {
          const resolve = lookup(field.target);
          for (const n of names) {
            const key = resolve(n);
            if (key === undefined) bad(name, TARGETS[field.target].unknown, n);
            else keys.add(key);
          }
        }
        values[name] = [...keys];
        break;
      }
      case 'money': {
        const amount = v === '' ? '' : normaliseBudget(v);
        if (amount === null) bad(name, 'budget', v);
        values[name] = amount ?? '';
        break;
      }
      case 'year':
        if (v !== '' && !/^\d{4}$/.test(v)) bad(name, 'year', v);
        values[name] = v;
        break;
      default:
        values[name] = v;
    }
  }
  return { values, problems };
}

/** A stored value as the import compares it. */
export type StoredValue = string | number | boolean | null | string[];

/** A stored or read value as text, to compare them. */
export const showValue = (v: StoredValue | undefined) =>
  v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);

/**
 * Stored names of an existing record that a row changes, compared the way the export writes them (so re-importing
 * an export changes nothing): text in the file's language (or the other one the export fell back to), labels and
 * names already read back to keys.
 */
export function csvChanges(
  model: ContentModel,
  values: Values,
  cell: (name: string) => string,
  stored: Record<string, StoredValue>,
  lang: AppLocale,
  inFile: (name: string) => boolean = () => true,
): string[] {
  const lf = (v: StoredValue | undefined) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : null);
  const changes: string[] = [];
  for (const [name, field] of csvFields(model)) {
    if (field.type === 'key' || !inFile(name)) continue;
    if (field.type === 'text') {
      const written = field.translated
        ? (pickLocalised(Object.fromEntries(CONTENT_LOCALES.map((l) => [l, lf(stored[localisedName(name, l)])])), lang)
            ?.value ?? '')
        : (lf(stored[name])?.trim() ?? '');
      if (cell(name) !== written) changes.push(field.translated ? localisedName(name, lang) : name);
    } else if (showValue(values[name]) !== showValue(stored[name])) changes.push(name);
  }
  return changes;
}
