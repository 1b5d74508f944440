// What the import actions return to their forms (kept by useActionState): already localised text.
import type { FormValues } from '@/lib/actions/form-state';

export type PreviewChange = { field: string; before: string; after: string };

export type PreviewState = {
  text: string;
  error?: string;
  nonce?: string;
  language?: string;
  problems?: { field: string; message: string }[];
  /** The page's labels of no known field: a sentence, then one line each (not imported, never silently dropped). */
  unknownLabels?: string[];
  values?: FormValues;
  stored?: { code: string; version: number; changes: PreviewChange[] } | null;
};

export type CsvRowView = {
  line: number;
  code: string;
  kind: 'create' | 'update' | 'unchanged' | 'reject';
  outcome: string;
  details: string[];
};

export type CsvState = {
  text?: string;
  error?: string;
  notice?: string;
  summary?: string;
  canApply?: boolean;
  rows: CsvRowView[];
};
