import { stringify } from 'csv-stringify/sync';
import { conditionalResponse } from '@/lib/api/http';
import { stripControlCharacters } from '@/lib/control-characters';
import { neutraliseFormula } from '@/lib/csv-formula';
import { createTranslator } from 'next-intl';
import type { ProjectRecord } from '@/lib/data/projects';
import { pickLocalised } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { CSV_COLUMNS } from '@/lib/import/csv-columns';

// The export writes exactly the columns the CSV import reads back.
const MESSAGES = { en, fr } as const;

/**
 * The projects as CSV text with a UTF-8 BOM, headers and labels in `lang` (what spreadsheet programs open correctly).
 * Text cells that a spreadsheet would run as a formula start with a single quote; numbers are written as they are.
 * Control characters older records may hold are left out.
 */
export function projectsToCsv(rows: ProjectRecord[], lang: AppLocale): string {
  const messages = MESSAGES[lang];
  const t = createTranslator({ locale: lang, messages, namespace: 'projectList.csv' });
  const ts = createTranslator({ locale: lang, messages, namespace: 'status' });
  const tc = createTranslator({ locale: lang, messages, namespace: 'coverage' });
  const name = (n: { nameEn: string; nameFr: string }) => (lang === 'fr' ? n.nameFr : n.nameEn);
  const localised = (l: { en: string | null; fr: string | null }) => pickLocalised(l, lang)?.value ?? '';
  const text = (s: string) => neutraliseFormula(stripControlCharacters(s));
  const records = rows.map((p) => [
    text(p.code),
    text(p.primaId ?? ''),
    text(localised(p.title)),
    text(ts(p.status)),
    text(name(p.type)),
    text(tc(p.coverage)),
    text(name(p.region)),
    p.budgetUsd ?? '',
    p.startYear ?? '',
    p.endYear ?? '',
    p.fundingYear ?? '',
    text(p.countries.map(name).join('; ')),
    text(localised(p.summary)),
    p.updatedAt,
  ]);
  return stringify(records, {
    header: true,
    columns: CSV_COLUMNS.map((c) => t(c)),
    bom: true,
    record_delimiter: 'windows',
  });
}

/** A CSV download (conditional: ETag, Last-Modified, 304). */
export function csvResponse(request: Request, csv: string, filename: string, lastModified: Date | null): Response {
  return conditionalResponse(request, {
    body: csv,
    contentType: 'text/csv; charset=utf-8',
    lastModified,
    headers: { 'Content-Disposition': `attachment; filename="${filename}"` },
  });
}
