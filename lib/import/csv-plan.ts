// Plans a CSV import of projects (pure): for each row, create, update (with the changed fields), unchanged or
// rejected with reasons. Reference data and the stored projects come in as arguments; nothing is written here.
import { parse } from 'csv-parse/sync';
import { restoreFormula } from '@/lib/csv-formula';
import { pickLocalised } from '@/lib/format';
import { normaliseProjectCode, PROJECT_CODE_PATTERN } from '@/lib/domain/project';
import { MAX_PROJECT_COUNTRIES } from '@/lib/content/project';
import { normaliseBudget } from '@/lib/validation/money';
import { parseProjectCreate } from '@/lib/validation/project';
import { coverageOfLabel, readHeader, statusOfLabel, type CsvColumn } from './csv-columns';
import { fold } from './page-fields';
import type { NamedRef } from './project-page';

export type CsvReference = {
  regions: readonly NamedRef[];
  types: readonly NamedRef[];
  countries: readonly { code: string; nameEn: string; nameFr: string }[];
};
type StoredValue = string | number | boolean | null | string[];
export type StoredProject = { version: number; snapshot: Record<string, StoredValue> };
type CsvReason =
  | 'required'
  | 'invalid'
  | 'code'
  | 'duplicateCode'
  | 'unknownRegion'
  | 'unknownType'
  | 'unknownCountry'
  | 'unknownStatus'
  | 'unknownCoverage'
  | 'budget'
  | 'year'
  | 'primaId'
  | 'primaTaken'
  | 'endBeforeStart'
  | 'titleRequired'
  | 'tooLong'
  | 'tooManyCountries'
  | 'controlCharacters';
type RowProblem = { field: string; reason: CsvReason; value?: string };
type ProjectValues = Record<string, string | string[]>;
type CsvRowPlan =
  | { line: number; code: string; kind: 'create'; values: ProjectValues }
  | { line: number; code: string; kind: 'update'; changes: string[]; values: ProjectValues; version: number }
  | { line: number; code: string; kind: 'unchanged' }
  | { line: number; code: string | null; kind: 'reject'; problems: RowProblem[] };
export type CsvPlan =
  | { ok: true; lang: 'en' | 'fr'; rows: CsvRowPlan[] }
  | { ok: false; error: 'unreadable' | 'headers' | 'empty' | 'tooLarge' };

export const MAX_CSV_ROWS = 5000;
const FORM_REASONS = new Set<string>([
  'required',
  'code',
  'budget',
  'year',
  'primaId',
  'endBeforeStart',
  'titleRequired',
  'tooLong',
  'controlCharacters',
]);
const show = (v: StoredValue | undefined) =>
  v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);

type NameLookup = (value: string) => string | undefined;
type Lookups = { region: NameLookup; type: NameLookup; country: NameLookup };

// Every English name, French name and key of the rows, folded, to the row's key (the first row wins a shared name):
// a name is then resolved with one normalisation and one Map lookup, never compared with each row's names.
function nameLookup<T extends { nameEn: string; nameFr: string }>(
  refs: readonly T[],
  key: (r: T) => string,
): NameLookup {
  const byName = new Map<string, string>();
  for (const r of refs) {
    for (const name of [r.nameEn, r.nameFr, key(r)]) {
      const folded = fold(name);
      if (!byName.has(folded)) byName.set(folded, key(r));
    }
  }
  return (value) => byName.get(fold(value));
}

/** Reads one row into form values; problems for every cell that means nothing known. */
function readRow(cell: (c: CsvColumn) => string, lang: 'en' | 'fr', lookups: Lookups) {
  const problems: RowProblem[] = [];
  const bad = (field: string, reason: CsvReason, value: string) => problems.push({ field, reason, value });
  const choice = (field: string, value: string, resolve: (v: string) => string | undefined, reason: CsvReason) => {
    if (value === '') return '';
    const r = resolve(value);
    if (r === undefined) bad(field, reason, value);
    return r ?? '';
  };
  const year = (field: CsvColumn) => {
    const v = cell(field);
    if (v !== '' && !/^\d{4}$/.test(v)) bad(field, 'year', v);
    return v;
  };
  const budgetText = cell('budgetUsd');
  const budget = budgetText === '' ? '' : normaliseBudget(budgetText);
  if (budget === null) bad('budgetUsd', 'budget', budgetText);
  const countries = new Set<string>();
  const names = cell('countries')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  // Bounded work per cell: past the form's limit the names are not looked up at all.
  if (names.length > MAX_PROJECT_COUNTRIES) bad('countries', 'tooManyCountries', String(MAX_PROJECT_COUNTRIES));
  else {
    for (const name of names) {
      const code = lookups.country(name);
      if (code === undefined) bad('countries', 'unknownCountry', name);
      else countries.add(code);
    }
  }
  const other = lang === 'fr' ? 'En' : 'Fr';
  const own = lang === 'fr' ? 'Fr' : 'En';
  const values: ProjectValues = {
    code: normaliseProjectCode(cell('code')),
    primaId: cell('primaId').toUpperCase(),
    [`title${own}`]: cell('title'),
    [`summary${own}`]: cell('summary'),
    [`title${other}`]: '',
    [`summary${other}`]: '',
    status: choice('status', cell('status'), statusOfLabel, 'unknownStatus'),
    coverage: choice('coverage', cell('coverage'), coverageOfLabel, 'unknownCoverage'),
    type: choice('type', cell('type'), lookups.type, 'unknownType'),
    region: choice('region', cell('region'), lookups.region, 'unknownRegion'),
    budgetUsd: budget ?? '',
    startYear: year('startYear'),
    endYear: year('endYear'),
    fundingYear: year('fundingYear'),
    sourceUrl: '',
    countries: [...countries],
  };
  return { values, problems };
}

/**
 * Fields of an existing project the row changes, compared the way the export writes them (so a re-import is a no-op).
 */
function changedFields(
  row: ProjectValues,
  cellText: (c: CsvColumn) => string,
  s: Record<string, StoredValue>,
  lang: 'en' | 'fr',
): string[] {
  const own = lang === 'fr' ? 'Fr' : 'En';
  const lf = (v: StoredValue | undefined) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : null);
  const exported = (f: 'title' | 'summary') =>
    pickLocalised({ en: lf(s[`${f}En`]), fr: lf(s[`${f}Fr`]) }, lang)?.value ?? '';
  const changes: string[] = [];
  for (const f of ['title', 'summary'] as const) if (cellText(f) !== exported(f)) changes.push(`${f}${own}`);
  for (const f of [
    'primaId',
    'status',
    'coverage',
    'type',
    'region',
    'budgetUsd',
    'startYear',
    'endYear',
    'fundingYear',
    'countries',
  ]) {
    if (show(row[f]) !== show(s[f])) changes.push(f);
  }
  return changes;
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
  const codeOf = (r: string[]) => normaliseProjectCode(cellOf(r, index.code));
  const counts = new Map<string, number>();
  for (const r of body) counts.set(codeOf(r), (counts.get(codeOf(r)) ?? 0) + 1);
  const lookups: Lookups = {
    region: nameLookup(ref.regions, (r) => r.slug),
    type: nameLookup(ref.types, (t) => t.slug),
    country: nameLookup(ref.countries, (c) => c.code),
  };
  const primaOwner = new Map<string, string>();
  for (const [code, p] of stored) if (typeof p.snapshot.primaId === 'string') primaOwner.set(p.snapshot.primaId, code);

  const rows = body.map((r, i): CsvRowPlan => {
    const line = i + 2;
    const cell = (c: CsvColumn) => cellOf(r, index[c]);
    const code = codeOf(r);
    const { values, problems } = readRow(cell, lang, lookups);
    if (code === '') problems.push({ field: 'code', reason: 'required' });
    else if (!PROJECT_CODE_PATTERN.test(code)) problems.push({ field: 'code', reason: 'code', value: cell('code') });
    if ((counts.get(code) ?? 0) > 1 && code !== '')
      problems.push({ field: 'code', reason: 'duplicateCode', value: code });
    const prima = values.primaId as string;
    if (prima && primaOwner.has(prima) && primaOwner.get(prima) !== code)
      problems.push({ field: 'primaId', reason: 'primaTaken', value: prima });
    const existing = stored.get(code);
    let planned: ProjectValues = values;
    let changes: string[] = [];
    if (existing && problems.length === 0) {
      changes = changedFields(values, cell, existing.snapshot, lang);
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
            reason: (FORM_REASONS.has(key) ? key : 'invalid') as CsvReason,
            value: show(planned[field]) || undefined,
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
