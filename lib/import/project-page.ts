// Reads the text of an IOM project page (French or English, copied from the website) into a project record.
// Pure: reference data comes in as arguments, so the CLI and the admin preview resolve names against the database.
import type { Coverage, ProjectStatus } from '@/lib/domain/project';
import { coverageOf, fieldOfLabel, fold, statusOf, type PageField } from './page-fields';
import { parseAmount, parseCountryList, parsePrimaId, parseProjectCode, parseYear } from './values';

export type NamedRef = { slug: string; nameEn: string; nameFr: string };
export type ImportReference = { regions: readonly NamedRef[]; types: readonly NamedRef[] };

/** A project as read from a page, in the API's project shape (type and region as slugs). */
export type ImportedProject = {
  code: string | null;
  primaId: string | null;
  title: { en: string | null; fr: string | null };
  summary: { en: string | null; fr: string | null };
  status: ProjectStatus | null;
  type: string | null;
  coverage: Coverage | null;
  region: string | null;
  budgetUsd: string | null;
  startYear: number | null;
  endYear: number | null;
  fundingYear: number | null;
  beneficiaryCountries: string[];
};

export type ImportField = PageField | 'title' | 'summary';
/** Why a field could not be read: absent from the page, or present with a value that means nothing known. */
export type ImportProblem = { field: ImportField; code: 'missing' | 'invalid' | 'unknownCountries'; value?: string };
export type PageImport = { language: 'fr' | 'en'; project: ImportedProject; problems: ImportProblem[] };

const REQUIRED: ImportField[] = ['title', 'summary', 'code', 'status', 'type', 'coverage', 'region'];
const isSeparator = (line: string) => line === '' || /^[-–—•*]+$/.test(line);

function resolveRef(refs: readonly NamedRef[], value: string): string | null {
  const v = fold(value);
  return refs.find((r) => fold(r.nameEn) === v || fold(r.nameFr) === v || fold(r.slug) === v)?.slug ?? null;
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

/** Parses the page text; every field it could not read is listed in `problems` (an empty list means complete). */
export function parseProjectPage(text: string, ref: ImportReference): PageImport {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim());
  const labels = lines.flatMap((line, i) => {
    const hit = fieldOfLabel(line);
    return hit ? [{ ...hit, index: i }] : [];
  });
  const problems: ImportProblem[] = [];
  const raw = new Map<PageField, string>();
  let lastValueIndex = -1;
  for (const label of labels) {
    if (label.index <= lastValueIndex || raw.has(label.field)) continue;
    let j = label.index + 1;
    while (j < lines.length && isSeparator(lines[j]!)) j++;
    if (j >= lines.length || fieldOfLabel(lines[j]!)) continue;
    raw.set(label.field, lines[j]!);
    lastValueIndex = j;
  }
  const frVotes = labels.filter((l) => l.lang === 'fr').length;
  const enVotes = labels.filter((l) => l.lang === 'en').length;
  const language = enVotes > frVotes ? 'en' : 'fr';

  // The title is the last line of text before the first field; everything above it is site navigation.
  const first = labels[0]?.index ?? lines.length;
  let t = first - 1;
  while (t >= 0 && isSeparator(lines[t]!)) t--;
  const title = labels.length > 0 && t >= 0 ? lines[t]! : null;
  const summary =
    labels.length > 0 ? cleanDescription(lines.slice(lastValueIndex + 1).filter((l) => !isSeparator(l))) : null;

  const read = <T>(field: PageField, parse: (v: string) => T | null | undefined): T | null => {
    const value = raw.get(field);
    if (value === undefined) return null;
    const parsed = parse(value);
    if (parsed === null || parsed === undefined) {
      problems.push({ field, code: 'invalid', value });
      return null;
    }
    return parsed;
  };
  let beneficiaryCountries: string[] = [];
  const countriesText = raw.get('beneficiaryCountries');
  if (countriesText !== undefined) {
    const { codes, unknown } = parseCountryList(countriesText);
    beneficiaryCountries = codes;
    if (unknown.length > 0)
      problems.push({ field: 'beneficiaryCountries', code: 'unknownCountries', value: unknown.join(' ') });
  }
  const project: ImportedProject = {
    code: read('code', parseProjectCode),
    primaId: read('primaId', parsePrimaId),
    title: { en: language === 'en' ? title : null, fr: language === 'fr' ? title : null },
    summary: { en: language === 'en' ? summary : null, fr: language === 'fr' ? summary : null },
    status: read('status', statusOf),
    type: read('type', (v) => resolveRef(ref.types, v)),
    coverage: read('coverage', coverageOf),
    region: read('region', (v) => resolveRef(ref.regions, v)),
    budgetUsd: read('budgetUsd', parseAmount),
    startYear: read('startYear', parseYear),
    endYear: read('endYear', parseYear),
    fundingYear: read('fundingYear', parseYear),
    beneficiaryCountries,
  };
  if (project.startYear !== null && project.endYear !== null && project.endYear < project.startYear) {
    problems.push({ field: 'endYear', code: 'invalid', value: String(project.endYear) });
  }
  const present = (f: ImportField) =>
    f === 'title' ? title !== null : f === 'summary' ? summary !== null : raw.has(f);
  for (const field of REQUIRED) if (!present(field)) problems.push({ field, code: 'missing' });
  return { language, project, problems };
}
