import { stringify } from 'csv-stringify/sync';
import { conditionalResponse } from '@/lib/api/http';
import { csvFields, csvWriter } from '@/lib/content/csv';
import { projectModel } from '@/lib/content/project';
import type { ProjectRecord } from '@/lib/data/projects';
import type { AppLocale } from '@/lib/i18n/routing';
import type { ApiOptions } from '@/lib/validation/project-filters';

/** How cells are separated: commas (RFC 4180), or semicolons with decimal commas (spreadsheets set to French). */
type CsvDelimiter = NonNullable<ApiOptions['delimiter']>;

// Columns holding decimals (amounts, coordinates), in the CSV's order: with semicolons they take a decimal comma.
const DECIMAL_COLUMNS = csvFields(projectModel).flatMap(([, f], i) =>
  f.type === 'money' || f.type === 'coordinate' ? [i] : [],
);

/**
 * The projects as CSV text with a UTF-8 BOM, headers and labels in `lang` (what spreadsheet programs open correctly):
 * the project model's CSV columns (lib/content/csv.ts), exactly what the CSV import reads back. Text cells that a
 * spreadsheet would run as a formula start with a single quote; numbers are written as they are. Control characters
 * older records may hold are left out. `semicolon`: cells separated by semicolons and decimals written with a comma
 * (`350000,00`), as a spreadsheet program set to French reads a double-clicked file; the import reads commas only.
 */
export function projectsToCsv(rows: ProjectRecord[], lang: AppLocale, delimiter: CsvDelimiter = 'comma'): string {
  const csv = csvWriter(projectModel, lang);
  const semicolon = delimiter === 'semicolon';
  const cells = (row: ProjectRecord) => {
    const out = csv.cells(row);
    if (semicolon) {
      for (const i of DECIMAL_COLUMNS) {
        const v = out[i];
        if (v !== undefined && v !== '') out[i] = String(v).replace('.', ',');
      }
    }
    return out;
  };
  return stringify(rows.map(cells), {
    header: true,
    columns: csv.headers(),
    bom: true,
    record_delimiter: 'windows',
    delimiter: semicolon ? ';' : ',',
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
