import { stringify } from 'csv-stringify/sync';
import { conditionalResponse, conditionalStream } from '@/lib/api/http';
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
  return csvChunk(rows, lang, delimiter, true);
}

/** Rows as CSV text; `first`: the part that opens the file (BOM and header row), else rows alone to follow it. */
function csvChunk(rows: ProjectRecord[], lang: AppLocale, delimiter: CsvDelimiter, first: boolean): string {
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
    header: first,
    columns: csv.headers(),
    bom: first,
    record_delimiter: 'windows',
    delimiter: semicolon ? ';' : ',',
  });
}

/** What a streamed CSV download needs: its rows a batch at a time, their language and separator, and its name. */
type CsvStream = {
  batches: () => AsyncIterable<ProjectRecord[]>;
  lang: AppLocale;
  delimiter: CsvDelimiter;
  filename: string;
  lastModified: Date | null;
  /** Names the file's content: the same validator, the same bytes (the view and the content's last change). */
  validator: string;
};

/**
 * A CSV download sent a batch of rows at a time, so memory stays flat whatever the number of rows and the first bytes
 * leave before the last row is read. Conditional on `validator` (a weak ETag: the body is not hashed, never held).
 */
export function csvStreamResponse(request: Request, file: CsvStream): Response {
  const { batches, lang, delimiter, filename, lastModified, validator } = file;
  const contentType = 'text/csv; charset=utf-8';
  const encoder = new TextEncoder();
  let rows: AsyncIterator<ProjectRecord[]> | null = null;
  let first = true;
  return conditionalStream(
    request,
    { validator, contentType, lastModified, filename },
    {
      async pull(controller) {
        rows ??= batches()[Symbol.asyncIterator]();
        const next = await rows.next();
        if (next.done) {
          // No row at all: the file still has its header.
          if (first) controller.enqueue(encoder.encode(csvChunk([], lang, delimiter, true)));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(csvChunk(next.value, lang, delimiter, first)));
        first = false;
      },
      async cancel() {
        await rows?.return?.();
      },
    },
  );
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
