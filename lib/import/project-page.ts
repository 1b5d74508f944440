// Reads the text of an IOM project page (French or English, copied from the website) into a project record.
// Pure: reference data comes in as arguments, so the CLI and the admin preview resolve names against the database.
//
// A page is site navigation, the title, then the fields, one label per line with its value on the next line(s) or
// after a colon or tab on the same line, then the description. Every line is classified once (label of a field,
// "Label: value" line of no known field, separator, text), then read in one pass: a label takes the next line as its
// value unless that line is another label (a label-looking line that reads as a value of the field is a value:
// "Multi-country" after "Coverage"); a country list also takes the following lines that are all country names; the
// description is what follows a description label, else the text after the last field. Text between two fields, and
// "Label: value" lines right after them, are labels of no known field: reported, never silently dropped.
import { coverageOf, fieldOfLabel, fold, looksLikeLabel, sameName, splitLabelLine, statusOf } from './page-fields';
import type { Localised } from '@/lib/format';
import { localisedName, routing, type LocalisedNames } from '@/lib/i18n/routing';
import type { LabelMatch, PageLanguage } from './page-fields';
import type { ImportedProject, ImportField } from './imported-project';
import { parseAmount, parseCountryList, parsePrimaId, parseProjectCode, parseYear } from './values';

export type { ImportedProject, ImportField } from './imported-project';
export type NamedRef = { slug: string } & LocalisedNames;
export type ImportReference = { regions: readonly NamedRef[]; types: readonly NamedRef[] };

/** Why a field could not be read: absent from the page, or present with a value that means nothing known. */
export type ImportProblem = { field: ImportField; code: 'missing' | 'invalid' | 'unknownCountries'; value?: string };
/** A "Label: value" the page carries under a label of no field the importer reads ("Donor: …"): not imported. */
export type UnknownLabel = { label: string; value: string };
export type PageImport = {
  language: PageLanguage;
  project: ImportedProject;
  problems: ImportProblem[];
  unknownLabels: UnknownLabel[];
};

type ValueField = Exclude<ImportField, 'title' | 'summary'>;

const REQUIRED: ImportField[] = ['title', 'summary', 'code', 'status', 'type', 'coverage', 'region'];
const isSeparator = (line: string) => line === '' || /^[-–—•*]+$/.test(line);

function resolveRef(refs: readonly NamedRef[], value: string): string | null {
  if (value.length > 200) return null;
  const v = fold(value);
  const names = (r: NamedRef) => routing.locales.map((l) => r[localisedName('name', l)]);
  const exact = refs.find((r) => names(r).some((n) => fold(n) === v) || fold(r.slug) === v);
  return (exact ?? refs.find((r) => names(r).some((n) => sameName(n, value))))?.slug ?? null;
}

/** How each field's value is read; null when the text means nothing known. */
function valueReaders(ref: ImportReference) {
  return {
    code: parseProjectCode,
    primaId: parsePrimaId,
    status: (v: string) => statusOf(v) ?? null,
    type: (v: string) => resolveRef(ref.types, v),
    coverage: (v: string) => coverageOf(v) ?? null,
    region: (v: string) => resolveRef(ref.regions, v),
    budgetUsd: parseAmount,
    startYear: parseYear,
    endYear: parseYear,
    fundingYear: parseYear,
    beneficiaryCountries: (v: string) => {
      const { codes, unknown } = parseCountryList(v);
      return codes.length > 0 && unknown.length === 0 ? codes : null;
    },
  } satisfies Record<ValueField, (value: string) => unknown>;
}

type Line =
  | { kind: 'separator' }
  | { kind: 'text' }
  | ({ kind: 'label'; value: string | null } & LabelMatch)
  | { kind: 'unknown'; label: string; value: string };

// A value after an unknown label is a short phrase ("IOM Development Fund"), not a sentence of the description.
const UNKNOWN_VALUE_MAX_LENGTH = 150;
// Every country of the world written on one line takes about 4,000 characters: a longer line (a description) is not
// read as names just to find out.
const COUNTRY_LINE_MAX_LENGTH = 5_000;
const endsSentence = (text: string) => ['.', '!', '?', '…'].includes(text.charAt(text.length - 1));

function classify(line: string): Line {
  if (isSeparator(line)) return { kind: 'separator' };
  const split = splitLabelLine(line);
  if (split) {
    const match = fieldOfLabel(split.label);
    if (match) return { kind: 'label', ...match, value: split.value === '' ? null : split.value };
    if (looksLikeLabel(split.label) && split.value.length <= UNKNOWN_VALUE_MAX_LENGTH && !endsSentence(split.value)) {
      return { kind: 'unknown', label: split.label, value: split.value };
    }
  }
  // A sentence ("A short description.") is no label, unless every word of it is one ("Project No.").
  const match = fieldOfLabel(line);
  if (!match || (endsSentence(line) && !(match.strict && line.endsWith('.')))) return { kind: 'text' };
  return { kind: 'label', ...match, value: null };
}

const OPENING_QUOTES = new Set(['"', '“', '«']);
const CLOSING_QUOTES = new Set(['"', '”', '»']);

// Removes the quotation marks the site wraps some descriptions in, keeps paragraphs. String operations only: a
// pattern such as /\s*["”»]$/ would rescan a long run of spaces from each of its positions (quadratic time).
function cleanDescription(lines: string[]): string | null {
  let text = lines.join('\n\n').trim();
  if (OPENING_QUOTES.has(text.charAt(0))) text = text.slice(1);
  text = text.trim();
  if (CLOSING_QUOTES.has(text.charAt(text.length - 1))) text = text.slice(0, -1);
  text = text.trim();
  return text === '' ? null : text;
}

// Small words that tell the language of a text when the labels do not (each belongs to one language only).
const SMALL_WORDS: Record<PageLanguage, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'with', 'for', 'is', 'this']),
  fr: new Set(['le', 'les', 'et', 'des', 'du', 'pour', 'est', 'ce']),
  es: new Set(['el', 'los', 'las', 'y', 'del', 'para', 'con', 'es']),
};

/** The language with the most votes, or null on a tie (or no vote). */
function winner(votes: Record<PageLanguage, number>): PageLanguage | null {
  const ranked = routing.locales.toSorted((a, b) => votes[b] - votes[a]);
  const [first, second] = ranked;
  return first !== undefined && votes[first] > 0 && (second === undefined || votes[first] > votes[second])
    ? first
    : null;
}

function languageOfText(text: string): PageLanguage | null {
  const votes = noVotes();
  for (const word of fold(text.slice(0, 2_000)).split(' ')) {
    for (const lang of routing.locales) if (SMALL_WORDS[lang].has(word)) votes[lang] += 1;
  }
  return winner(votes);
}

const noVotes = () => Object.fromEntries(routing.locales.map((l) => [l, 0])) as Record<PageLanguage, number>;
const onlyIn = (lang: PageLanguage, text: string | null) =>
  Object.fromEntries(routing.locales.map((l) => [l, l === lang ? text : null])) as Localised;

const SEPARATOR: Line = { kind: 'separator' };

/** Parses the page text; every field it could not read is listed in `problems` (an empty list means complete). */
export function parseProjectPage(text: string, ref: ImportReference): PageImport {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim());
  const kinds = lines.map(classify);
  const textAt = (j: number) => lines[j] ?? '';
  const kindAt = (j: number) => kinds[j] ?? SEPARATOR;
  const readers = valueReaders(ref);
  const first = kinds.findIndex((k) => k.kind === 'label');

  const values = new Map<ImportField, string[]>();
  const votes = noVotes();
  const unknownLabels: UnknownLabel[] = [];
  // Text lines met since the last field: label and value lines when short ("Donor", "IOM Development Fund") and
  // another field follows; otherwise description paragraphs.
  let pending: string[] = [];
  let pendingShort = true;
  const between: string[] = [];

  const nextLine = (from: number) => {
    let j = from;
    while (j < lines.length && kindAt(j).kind === 'separator') j++;
    return j;
  };
  // A label for certain: every word recognised, or a value after it on the same line.
  const isField = (k: Line) => k.kind === 'label' && (k.strict || k.value !== null);
  // Whether line j is the value of a label of `field` (rather than the next label).
  const isValueOf = (field: ImportField, j: number): boolean => {
    const kind = kindAt(j);
    if (kind.kind === 'text') return true;
    if (field === 'title' || field === 'summary') return !isField(kind);
    return readers[field](textAt(j)) !== null;
  };
  const flushPending = () => {
    if (!pendingShort) between.push(...pending);
    else {
      for (let p = 0; p < pending.length; p += 2) {
        unknownLabels.push({ label: pending[p] ?? '', value: pending[p + 1] ?? '' });
      }
    }
    pending = [];
    pendingShort = true;
  };

  let i = first < 0 ? lines.length : first;
  while (i < lines.length) {
    const kind = kindAt(i);
    if (kind.kind === 'separator') {
      i++;
    } else if (kind.kind === 'label' && !values.has(kind.field) && (isField(kind) || pendingShort)) {
      const field = kind.field;
      flushPending();
      if (kind.lang) votes[kind.lang] += 1;
      const read: string[] = [];
      i++;
      if (kind.value !== null) read.push(kind.value);
      else {
        const j = nextLine(i);
        if (j < lines.length && isValueOf(field, j)) {
          read.push(textAt(j));
          i = j + 1;
        }
      }
      if (field === 'beneficiaryCountries' && read.length > 0) {
        // One country per line (or per block): the following lines that are all country names.
        for (let j = nextLine(i); j < lines.length && !isField(kindAt(j)); j = nextLine(i)) {
          const line = textAt(j);
          if (line.length > COUNTRY_LINE_MAX_LENGTH || readers.beneficiaryCountries(line) === null) break;
          read.push(line);
          i = j + 1;
        }
      }
      if (field === 'summary') {
        // The description runs up to the next field not read yet.
        for (; i < lines.length; i++) {
          const k = kindAt(i);
          if (k.kind === 'label' && !values.has(k.field) && k.field !== 'summary' && isField(k)) break;
          if (k.kind !== 'separator') read.push(textAt(i));
        }
      }
      if (read.length > 0) values.set(field, read);
    } else if (kind.kind === 'unknown' && pending.length === 0) {
      i++;
      let value = kind.value;
      const j = nextLine(i);
      if (value === '' && j < lines.length && kindAt(j).kind === 'text') {
        value = textAt(j);
        i = j + 1;
      }
      unknownLabels.push({ label: kind.label, value });
    } else if (kind.kind === 'label' && pending.length === 0 && isField(kind)) {
      // A field read already, given again: its value is not read twice.
      i++;
      const j = nextLine(i);
      if (kind.value === null && j < lines.length && kindAt(j).kind === 'text') i = j + 1;
    } else {
      const line = textAt(i);
      if (line.length > UNKNOWN_VALUE_MAX_LENGTH || endsSentence(line)) pendingShort = false;
      pending.push(line);
      i++;
    }
  }

  // The title is the title field, else the last line of text before the first field (above it: site navigation).
  let t = first - 1;
  while (t >= 0 && isSeparator(textAt(t))) t--;
  const title = values.get('title')?.[0] ?? (first >= 0 && t >= 0 ? textAt(t) : null);
  // The description is the description field, else the text after the last field, else paragraphs between fields.
  const summary = cleanDescription(values.get('summary') ?? (pending.length > 0 ? pending : between));
  const language: PageLanguage =
    winner(votes) ?? languageOfText(`${title ?? ''}\n${summary ?? ''}`) ?? routing.defaultLocale;

  const problems: ImportProblem[] = [];
  const read = <T>(field: ValueField, parse: (v: string) => T | null): T | null => {
    const value = values.get(field)?.join('\n');
    if (value === undefined) return null;
    const parsed = parse(value);
    if (parsed === null) problems.push({ field, code: 'invalid', value });
    return parsed;
  };
  let beneficiaryCountries: string[] = [];
  const countriesText = values.get('beneficiaryCountries')?.join('\n');
  if (countriesText !== undefined) {
    const { codes, unknown } = parseCountryList(countriesText);
    beneficiaryCountries = codes;
    if (unknown.length > 0)
      problems.push({ field: 'beneficiaryCountries', code: 'unknownCountries', value: unknown.join(' ') });
  }
  const project: ImportedProject = {
    code: read('code', readers.code),
    primaId: read('primaId', readers.primaId),
    title: onlyIn(language, title),
    summary: onlyIn(language, summary),
    status: read('status', readers.status),
    type: read('type', readers.type),
    coverage: read('coverage', readers.coverage),
    region: read('region', readers.region),
    budgetUsd: read('budgetUsd', readers.budgetUsd),
    startYear: read('startYear', readers.startYear),
    endYear: read('endYear', readers.endYear),
    fundingYear: read('fundingYear', readers.fundingYear),
    beneficiaryCountries,
  };
  if (project.startYear !== null && project.endYear !== null && project.endYear < project.startYear) {
    problems.push({ field: 'endYear', code: 'invalid', value: String(project.endYear) });
  }
  const present = (f: ImportField) =>
    f === 'title' ? title !== null : f === 'summary' ? summary !== null : values.has(f);
  for (const field of REQUIRED) if (!present(field)) problems.push({ field, code: 'missing' });
  return { language, project, problems, unknownLabels };
}
