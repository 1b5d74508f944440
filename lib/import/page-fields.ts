// Recognises the field labels of IOM project pages (declared once per field in ./project-labels.ts) however they are
// written, and the value vocabularies (status, coverage) in both languages. Comparisons are of words, never of
// patterns: a label is folded (no accents, case or punctuation), cut into words, small words ("of", "du", the "s" of
// "(s)") dropped and plurals made singular; it names a field when it holds every word of one of the field's labels,
// with at most two other words around them ("Projected end date") besides words that qualify any label ("Total
// budget (USD)", "The project's beneficiary states"). Work per line is bounded: longer lines are never labels.
import { routing, type AppLocale } from '@/lib/i18n/routing';
import type { Coverage, ProjectStatus } from '@/lib/domain/project';
import type { ImportField } from './imported-project';
import { PROJECT_LABELS } from './project-labels';

/** Folds a label or value for comparison: no accents, lower case, runs of non-alphanumerics as one space. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Words that never tell a field: articles and prepositions, and what is left of "(s)", "(es)", "(ies)".
const SMALL_WORDS = new Set([
  ...['a', 'an', 'the', 'of', 'for', 'in', 'on', 'by', 'to', 'and', 'with', 'its'],
  ...['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'en', 'au', 'aux', 'pour', 'par', 'sur'],
  ...['s', 'e', 'es', 'x', 'ies'],
]);

// Words that may stand around any label without changing the field it names.
const QUALIFIERS = new Set(
  [
    ...['project', 'projet', 'total', 'overall', 'usd', 'us', 'dollar', 'eu', 'n', 'no', 'eligible'],
    ...['member', 'membre', 'current', 'actuel', 'actuelle', 'expected', 'prevu', 'prevue', 'planned'],
    ...['estimated', 'estime', 'estimee', 'approved', 'approuve', 'official', 'officiel', 'iom', 'oim'],
  ].map(singular),
);

/** "countries" → "country", "états" → "etat", "status" → "statu": singular and plural read the same. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && (word.endsWith('s') || word.endsWith('x')) && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words that tell what a label or name means: folded, small words dropped, singular. */
function meaningfulWords(text: string): string[] {
  return fold(text)
    .split(' ')
    .filter((w) => w !== '' && !SMALL_WORDS.has(w))
    .map(singular);
}

/**
 * Two names written differently but meaning the same ("Latin America & Caribbean", "Amérique latine et les Caraïbes").
 */
export function sameName(a: string, b: string): boolean {
  if (fold(a) === fold(b)) return true;
  const words = meaningfulWords(a).join(' ');
  return words !== '' && words === meaningfulWords(b).join(' ');
}

/** A language an imported page can be in: any language of the portal (those without labels are never recognised). */
export type PageLanguage = AppLocale;
export type LabelMatch = { field: ImportField; lang: PageLanguage | null; strict: boolean };
type Wording = { field: ImportField; lang: PageLanguage | null; words: ReadonlySet<string> };

// Every wording of every field, by each of its words; a wording found in both languages tells no language.
const BY_WORD = new Map<string, Wording[]>();
{
  const wordings = new Map<string, Wording>();
  for (const [field, labels] of Object.entries(PROJECT_LABELS) as [
    ImportField,
    (typeof PROJECT_LABELS)[ImportField],
  ][]) {
    for (const lang of routing.locales) {
      for (const label of labels[lang] ?? []) {
        const words = new Set(meaningfulWords(label));
        const key = `${field}:${[...words].sort().join(' ')}`;
        const known = wordings.get(key);
        if (known) known.lang = known.lang === lang ? lang : null;
        else wordings.set(key, { field, lang, words });
      }
    }
  }
  for (const wording of wordings.values()) {
    for (const word of wording.words) BY_WORD.set(word, [...(BY_WORD.get(word) ?? []), wording]);
  }
}

// No label is longer than this, however spaced out: longer lines (descriptions) are not folded just to find out.
const LABEL_MAX_LENGTH = 200;
const LABEL_MAX_WORDS = 10;
// Words as written, small ones included: a line of more (a sentence) is not folded just to find out.
const LABEL_MAX_CHUNKS = 16;
const EXTRA_WORDS = 2;

/**
 * The field a label names ("Total budget (USD)", "États bénéficiaires :", "The project's beneficiary states"), the
 * language it is written in (null when the same in both) and whether every word of it was recognised (`strict`);
 * undefined when it names no field, or two fields equally.
 */
export function fieldOfLabel(label: string): LabelMatch | undefined {
  if (label.length > LABEL_MAX_LENGTH || label.split(' ', LABEL_MAX_CHUNKS + 1).length > LABEL_MAX_CHUNKS) {
    return undefined;
  }
  const words = new Set(meaningfulWords(label));
  if (words.size === 0 || words.size > LABEL_MAX_WORDS) return undefined;
  let best: { match: LabelMatch; size: number; extra: number } | undefined;
  let tied = false;
  const tried = new Set<Wording>();
  for (const word of words) {
    for (const wording of BY_WORD.get(word) ?? []) {
      if (tried.has(wording)) continue;
      tried.add(wording);
      if (![...wording.words].every((w) => words.has(w))) continue;
      let extra = 0;
      let digits = false;
      for (const w of words) {
        if (wording.words.has(w) || QUALIFIERS.has(w)) continue;
        extra += 1;
        if (/\d/.test(w)) digits = true;
      }
      if (extra > EXTRA_WORDS || digits) continue;
      const size = wording.words.size;
      if (best && (size < best.size || (size === best.size && extra > best.extra))) continue;
      if (best && size === best.size && extra === best.extra) {
        if (best.match.field !== wording.field) tied = true;
        else if (best.match.lang !== wording.lang) best.match.lang = null;
        continue;
      }
      best = { match: { field: wording.field, lang: wording.lang, strict: extra === 0 }, size, extra };
      tied = false;
    }
  }
  return best && !tied ? best.match : undefined;
}

const LABEL_PART_MAX_LENGTH = 100;

/**
 * "Label: value", "Libellé : valeur" or "Label<tab>value" cut in two (the value may be empty); undefined when the
 * line has no colon followed by a space or the end of the line, and no tab, within its first 100 characters.
 */
export function splitLabelLine(line: string): { label: string; value: string } | undefined {
  const end = Math.min(line.length, LABEL_PART_MAX_LENGTH + 1);
  for (let i = 1; i < end; i++) {
    const c = line[i];
    const next = line[i + 1];
    if (c === '\t' || (c === ':' && (next === undefined || next.trim() === ''))) {
      const label = line.slice(0, i).trim();
      return label === '' ? undefined : { label, value: line.slice(i + 1).trim() };
    }
  }
  return undefined;
}

const SENTENCE_MARKS = new Set(['.', '!', '?', '"', '“', '”', '«', '»', ',', ';', '(']);

/**
 * Whether the text before a colon reads as a label of some field the importer does not know ("Donor", "Bailleur de
 * fonds", "Implementing partners"): one to five words, starting with a letter, no digits, no sentence punctuation.
 */
export function looksLikeLabel(label: string): boolean {
  if (label.length > 60 || !/^\p{L}/u.test(label)) return false;
  for (const c of label) if (SENTENCE_MARKS.has(c)) return false;
  const words = fold(label).split(' ');
  return words.length <= 5 && words.every((w) => w !== '' && !/\d/.test(w));
}

const STATUSES: Record<ProjectStatus, string[]> = {
  planned: ['Planned', 'Planifié', 'Prévu', 'Pipeline', 'En préparation', 'Not started', 'Non commencé', 'À venir'],
  active: [
    ...['Active', 'Actif', 'Ongoing', 'On-going', 'En cours', 'In progress', 'Implementation'],
    ...['Under implementation', 'Mise en œuvre', 'En cours de mise en œuvre', 'En cours d’exécution'],
  ],
  completed: [
    ...['Completed', 'Complete', 'Achevé', 'Terminé', 'Closed', 'Clôturé', 'Clos', 'Finished', 'Complété'],
    ...['Finalisé'],
  ],
  suspended: ['Suspended', 'Suspendu', 'On hold'],
  cancelled: ['Cancelled', 'Canceled', 'Annulé'],
};
const COVERAGE: Record<Coverage, string[]> = {
  national: ['National', 'Nationale'],
  regional: ['Regional', 'Régional', 'Régionale', 'Multi-country', 'Multi-pays', 'Multinational', 'Multinationale'],
  global: ['Global', 'Globale', 'Mondial', 'Mondiale', 'Worldwide', 'Interregional', 'Interrégional'],
};

function lookup<K extends string>(table: Record<K, string[]>, value: string): K | undefined {
  if (value.length > LABEL_MAX_LENGTH) return undefined;
  return (Object.keys(table) as K[]).find((key) => table[key].some((w) => sameName(w, value)));
}

/** "Achevé" → completed, "Ongoing" → active; undefined when unknown. */
export const statusOf = (value: string) => lookup(STATUSES, value);
/** "Regional"/"Régionale"/"Multi-country" → regional; undefined when unknown. */
export const coverageOf = (value: string) => lookup(COVERAGE, value);
