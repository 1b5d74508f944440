import { stringify } from 'csv-stringify/sync';
import { conditionalResponse } from '@/lib/api/http';
import { csvWriter } from '@/lib/content/csv';
import { projectModel } from '@/lib/content/project';
import type { ProjectRecord } from '@/lib/data/projects';
import type { AppLocale } from '@/lib/i18n/routing';

/**
 * The projects as CSV text with a UTF-8 BOM, headers and labels in `lang` (what spreadsheet programs open correctly):
 * the project model's CSV columns (lib/content/csv.ts), exactly what the CSV import reads back. Text cells that a
 * spreadsheet would run as a formula start with a single quote; numbers are written as they are. Control characters
 * older records may hold are left out.
 */
export function projectsToCsv(rows: ProjectRecord[], lang: AppLocale): string {
  const csv = csvWriter(projectModel, lang);
  return stringify(rows.map(csv.cells), {
    header: true,
    columns: csv.headers(),
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
