// The columns of the project CSV export, their headers in both languages, and the value labels (status, coverage)
// a CSV file may carry: what the CSV import reads back.
import en from '@/messages/en.json' with { type: 'json' };
import fr from '@/messages/fr.json' with { type: 'json' };
import { COVERAGES, PROJECT_STATUSES, type Coverage, type ProjectStatus } from '@/lib/domain/project';
import { fold } from './page-fields';

/** The columns of the projects CSV, in order: written by the export, read by the import. */
export const CSV_COLUMNS = [
  'code',
  'primaId',
  'title',
  'status',
  'type',
  'coverage',
  'region',
  'budgetUsd',
  'startYear',
  'endYear',
  'fundingYear',
  'countries',
  'summary',
  'updatedAt',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
/** Columns a file must have; "updatedAt" is informative and may be left out. */
const REQUIRED_COLUMNS = CSV_COLUMNS.filter((c) => c !== 'updatedAt');

const HEADERS = { en: en.projectList.csv, fr: fr.projectList.csv } as const;

/** The file's language and, for each column, its index; null when the header row is not the export's. */
export function readHeader(
  header: readonly string[],
): { lang: 'en' | 'fr'; index: Partial<Record<CsvColumn, number>> } | null {
  const folded = header.map((h) => fold(h.replace(/^\uFEFF/, '')));
  for (const lang of ['en', 'fr'] as const) {
    const index: Partial<Record<CsvColumn, number>> = {};
    for (const column of CSV_COLUMNS) {
      const at = folded.indexOf(fold(HEADERS[lang][column]));
      if (at >= 0) index[column] = at;
    }
    if (REQUIRED_COLUMNS.every((c) => index[c] !== undefined)) return { lang, index };
  }
  return null;
}

// Folded keys and labels to their key (the first key wins a shared label): one Map lookup per cell.
function labelLookup<K extends string>(keys: readonly K[], tables: Record<K, string>[]) {
  const byLabel = new Map<string, K>();
  for (const k of keys) {
    for (const label of [k, ...tables.map((t) => t[k])]) if (!byLabel.has(fold(label))) byLabel.set(fold(label), k);
  }
  return (value: string): K | undefined => byLabel.get(fold(value));
}

/** "Achevé" / "Completed" / "completed" → completed. */
export const statusOfLabel = labelLookup<ProjectStatus>(PROJECT_STATUSES, [en.status, fr.status]);
/** "Régional" / "Regional" → regional. */
export const coverageOfLabel = labelLookup<Coverage>(COVERAGES, [en.coverage, fr.coverage]);
