// Plans a CSV import of projects (pure): for each row, create, update (with the changed fields), unchanged or
// rejected with reasons. Reference data and the stored projects come in as arguments; nothing is written here. The
// columns and how each is read follow the project model (lib/content/csv.ts).
import { parse } from 'csv-parse/sync';
import { localisedName, routing, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';
import { restoreFormula } from '@/lib/csv-formula';
import {
  csvChanges,
  csvFormReasons,
  readCsvRow,
  showValue,
  type CsvProblem,
  type NameLookup,
  type StoredValue,
} from '@/lib/content/csv';
import type { Target } from '@/lib/content/field';
import { projectModel } from '@/lib/content/project';
import { normaliseKey, TARGETS } from '@/lib/content/targets';
import { parseProjectCreate } from '@/lib/validation/project';
import { readHeader } from './csv-columns';
import { fold } from './page-fields';
import type { NamedRef } from './project-page';

export type CsvReference = {
  regions: readonly NamedRef[];
  types: readonly NamedRef[];
  countries: readonly ({ code: string } & LocalisedNames)[];
};
export type StoredProject = { version: number; snapshot: Record<string, StoredValue> };
type RowProblem = CsvProblem<typeof projectModel>;
type ProjectValues = Record<string, string | string[]>;
type CsvRowPlan =
  | { line: number; code: string; kind: 'create'; values: ProjectValues }
  | { line: number; code: string; kind: 'update'; changes: string[]; values: ProjectValues; version: number }
  | { line: number; code: string; kind: 'unchanged' }
  | { line: number; code: string | null; kind: 'reject'; problems: RowProblem[] };
export type CsvPlan =
  | { ok: true; lang: AppLocale; rows: CsvRowPlan[] }
  | { ok: false; error: 'unreadable' | 'headers' | 'empty' | 'tooLarge' };

export const MAX_CSV_ROWS = 5000;
const FORM_REASONS = csvFormReasons(projectModel);
const KEY = projectModel.key;
const KEY_FIELD = projectModel.fields[KEY];
/** The reference rows a CSV cell may name, by the table the model's references point at. */
const REFERENCE_ROWS: Partial<Record<Target, keyof CsvReference>> = {
  region: 'regions',
  projectType: 'types',
  country: 'countries',
};

// Every name (each language) and key of the rows, folded, to the row's key (the first row wins a shared name):
// a name is then resolved with one normalisation and one Map lookup, never compared with each row's names.
function nameLookup(refs: readonly Record<string, string>[], key: string): NameLookup {
  const byName = new Map<string, string>();
  for (const r of refs) {
    for (const name of [...routing.locales.map((l) => r[localisedName('name', l)]), r[key]]) {
      if (name === undefined) continue;
      const folded = fold(name);
      if (!byName.has(folded)) byName.set(folded, r[key] as string);
    }
  }
  return (value) => byName.get(fold(value));
}

/** Name lookups of the tables the CSV's references point at (built once per file). */
function referenceLookups(ref: CsvReference): (target: Target) => NameLookup {
  const built = new Map<Target, NameLookup>();
  for (const field of Object.values(projectModel.fields)) {
    if (!field.csv || (field.type !== 'ref' && field.type !== 'links') || built.has(field.target)) continue;
    const rows = REFERENCE_ROWS[field.target];
    if (rows === undefined) throw new Error(`The CSV import has no reference rows for ${field.target}`);
    built.set(field.target, nameLookup(ref[rows], TARGETS[field.target].key));
  }
  return (target) => built.get(target) ?? (() => undefined);
}

type CodeField = Extract<(typeof projectModel.fields)[keyof typeof projectModel.fields], { type: 'code' }>;

/** Each unique code field (PRIMA ID) with its stored values, each to the key of the record holding it. */
function codeOwners(stored: ReadonlyMap<string, StoredProject>): [string, CodeField, Map<string, string>][] {
  return Object.entries(projectModel.fields).flatMap(([name, field]) => {
    if (field.type !== 'code') return [];
    const byValue = new Map<string, string>();
    for (const [key, p] of stored) {
      const v = p.snapshot[name];
      if (typeof v === 'string') byValue.set(v, key);
    }
    return [[name, field, byValue] as [string, CodeField, Map<string, string>]];
  });
}

/** Plans the import of `text` against the stored projects (by code); never throws on bad input. */
export function planCsvImport(text: string, ref: CsvReference, stored: ReadonlyMap<string, StoredProject>): CsvPlan {
  let records: string[][];
  try {
    // Line breaks as LF everywhere (a form post turns them into CRLF), so a re-sent file plans the same. Parsing
    // stops one record past the cap (header + MAX_CSV_ROWS + 1): what lies beyond is never read.
    records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      to: MAX_CSV_ROWS + 2,
    });
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const [headerRecord] = records;
  if (!headerRecord) return { ok: false, error: 'empty' };
  if (records.length - 1 > MAX_CSV_ROWS) return { ok: false, error: 'tooLarge' };
  const header = readHeader(headerRecord);
  if (!header) return { ok: false, error: 'headers' };
  const { lang, index } = header;
  const body = records.slice(1);
  // A cell as written: trimmed, without the quote the export puts before text a spreadsheet would run as a formula.
  const cellOf = (r: string[], at: number | undefined) =>
    at === undefined ? '' : restoreFormula((r[at] ?? '').trim());
  const inFile = (name: string) => index[name] !== undefined;
  const codeOf = (r: string[]) => normaliseKey(cellOf(r, index[KEY]), KEY_FIELD.normalise);
  const counts = new Map<string, number>();
  for (const r of body) counts.set(codeOf(r), (counts.get(codeOf(r)) ?? 0) + 1);
  const lookup = referenceLookups(ref);
  const owners = codeOwners(stored);

  const rows = body.map((r, i): CsvRowPlan => {
    const line = i + 2;
    const cell = (c: string) => cellOf(r, index[c]);
    const code = codeOf(r);
    const { values, problems } = readCsvRow(projectModel, cell, lang, lookup, inFile);
    if (code === '') problems.push({ field: KEY, reason: 'required' });
    else if (!KEY_FIELD.pattern.test(code)) problems.push({ field: KEY, reason: KEY_FIELD.message, value: cell(KEY) });
    if ((counts.get(code) ?? 0) > 1 && code !== '') problems.push({ field: KEY, reason: 'duplicateCode', value: code });
    for (const [name, field, byValue] of owners) {
      const v = values[name];
      if (typeof v === 'string' && v !== '' && (byValue.get(v) ?? code) !== code)
        problems.push({ field: name, reason: field.unique, value: v });
    }
    const existing = stored.get(code);
    let planned: ProjectValues = values;
    let changes: string[] = [];
    if (existing && problems.length === 0) {
      changes = csvChanges(projectModel, values, cell, existing.snapshot, lang, inFile);
      if (changes.length === 0) return { line, code, kind: 'unchanged' };
      const base = Object.fromEntries(
        Object.entries(existing.snapshot).map(([k, v]) => [k, Array.isArray(v) ? v : v === null ? '' : String(v)]),
      );
      planned = {
        ...base,
        ...Object.fromEntries(changes.flatMap((f) => (values[f] === undefined ? [] : [[f, values[f]]]))),
      };
      delete planned.publicationState;
    }
    if (problems.length === 0) {
      const checked = parseProjectCreate({ ...planned, intent: 'draft' });
      if (!checked.ok) {
        for (const [field, errs] of Object.entries(checked.fieldErrors)) {
          const key = errs[0]?.key ?? 'invalid';
          problems.push({
            field,
            reason: (FORM_REASONS.has(key) ? key : 'invalid') as RowProblem['reason'],
            value: showValue(planned[field]) || undefined,
          });
        }
      }
    }
    if (problems.length > 0) return { line, code: code || null, kind: 'reject', problems };
    return existing
      ? { line, code, kind: 'update', changes, values: planned, version: existing.version }
      : { line, code, kind: 'create', values: planned };
  });
  return { ok: true, lang, rows };
}
