import { type EventEmitter, once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { XLSX_TYPE } from '@/lib/api/export-links';
import { conditionalStream } from '@/lib/api/http';
import type { FilterLine } from '@/lib/api/view-filters';
import { csvColumns, csvFields } from '@/lib/content/csv';
import type { Field } from '@/lib/content/field';
import { projectModel } from '@/lib/content/project';
import { stripControlCharacters } from '@/lib/control-characters';
import type { ProjectRecord } from '@/lib/data/projects';
import { formatUsd, pickLocalised } from '@/lib/format';
import { CATALOGUES } from '@/lib/i18n/catalogues';
import { nameIn, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';

// The projects export as a spreadsheet (`format=xlsx`), made with exceljs: the CSV's columns (the project model's, in
// its order, lib/content/csv.ts) with the CSV's headers in the chosen language, typed cells (amounts as numbers in a
// USD currency format, years as numbers, the last update as a date), a frozen header row with filters, column widths
// fitted to the first batch of rows, and a second sheet with the view's filters and the date of the export. Written
// with exceljs's streaming writer a row at a time, as the rows are read. Text cells are strings: a spreadsheet never
// runs them as formulas, so they need no leading quote (the CSV's defence), and the control characters older records
// may hold are left out as in every export.

type Cell = string | number | Date | null;
type Row = Record<string, unknown>;

const YEAR_FORMAT = '0';
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * The number format of US dollars in `lang`, with the symbol where the language writes it (`"US$"#,##0.00` in
 * English, `#,##0.00 "$US"` in French); the spreadsheet program shows its own separators.
 */
function usdNumberFormat(lang: AppLocale): string {
  const sample = formatUsd('1.00', lang);
  const symbol = sample.replace(/[\d.,\s]/g, '');
  return sample.startsWith(symbol) ? `"${symbol}"#,##0.00` : `#,##0.00 "${symbol}"`;
}

const text = (s: string) => stripControlCharacters(s);
const asText = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** One record's value of a field as a typed cell in `lang`. */
function cellOf(field: Field, value: unknown, lang: AppLocale): Cell {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'text':
      return text(field.translated ? (pickLocalised(value, lang)?.value ?? '') : asText(value));
    case 'choice': {
      const labels: Record<string, string | undefined> = CATALOGUES[lang][field.labels];
      return labels[asText(value)] ?? asText(value);
    }
    case 'ref':
      return text(nameIn(value as LocalisedNames, lang));
    case 'links':
      return text((value as LocalisedNames[]).map((r) => nameIn(r, lang)).join('; '));
    case 'money':
    case 'coordinate':
    case 'year':
      return Number(value);
    case 'date':
      return new Date(`${asText(value)}T00:00:00Z`);
    default:
      return text(asText(value));
  }
}

/** The number format of a field's column, if it has one. */
function formatOf(field: Field, lang: AppLocale): string | undefined {
  if (field.type === 'money') return usdNumberFormat(lang);
  if (field.type === 'year') return YEAR_FORMAT;
  if (field.type === 'date') return DATE_FORMAT;
  return undefined;
}

/** A column wide enough for its header and (most of) its cells, within bounds. */
function widthOf(header: string, cells: Cell[], numFmt: string | undefined): number {
  let widest = header.length;
  for (const c of cells) {
    const shown = c instanceof Date ? 16 : typeof c === 'number' ? (numFmt ? 16 : String(c).length) : (c ?? '').length;
    if (shown > widest) widest = shown;
    if (widest >= MAX_WIDTH) break;
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}

// A worksheet name: at most 31 characters, none of []:*?/\ (the file format's rules).
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/** What the second sheet says about the export. */
export type XlsxView = { filters: FilterLine[]; exportedAt: Date; source: string };

/** A writable stream's writable state, as Node.js and the readable-stream package (archiver's) both keep it. */
type Drainable = EventEmitter & { _writableState?: { needDrain?: boolean } };

/** Resolves once `stream` takes more (now, or at its next 'drain'); rejects once `out` is closed (a cancel). */
function drained(stream: EventEmitter, needDrain: boolean, out: Writable, closed: Promise<never>): Promise<unknown> {
  if (out.destroyed) return closed;
  return needDrain ? Promise.race([once(stream, 'drain'), closed]) : Promise.resolve();
}

// exceljs writes committed rows into the sheet's zip entry without waiting: archiver wraps that entry in a
// PassThrough (`pipes[0]` of the sheet's stream) that buffers what the zip has not compressed yet. Waiting for it,
// then `out`, to drain before the next batch keeps about a batch in memory and stops reading rows while the client
// reads nothing (tests/integration/projects-export-stream.test.ts checks both).
function sheetEntry(sheet: ExcelJS.Worksheet): Drainable | null {
  const entry = (sheet as unknown as { stream?: { pipes?: Drainable[] } }).stream?.pipes?.[0];
  return entry?._writableState ? entry : null;
}

/**
 * Writes the projects of `batches` as an xlsx workbook in `lang` to `out`, a row at a time with exceljs's streaming
 * writer: the projects sheet, then the "Filters" sheet (which counts them). Resolves when the file is complete.
 */
async function writeXlsx(
  out: Writable,
  batches: AsyncIterable<ProjectRecord[]> | Iterable<ProjectRecord[]>,
  lang: AppLocale,
  view: () => Promise<XlsxView>,
): Promise<void> {
  const closed = new Promise<never>((_, reject) => {
    out.once('close', () => reject(new Error('xlsx stream closed')));
  });
  closed.catch(() => undefined);
  const { filters: filterLines, exportedAt, source } = await view();
  const m = CATALOGUES[lang];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = m.feeds.author;
  workbook.created = exportedAt;
  workbook.modified = exportedAt;

  const fields = csvFields(projectModel);
  const headers = csvColumns(projectModel).map((c) => (m.projectList.csv as Record<string, string>)[c] ?? c);
  const formats = [...fields.map(([, f]) => formatOf(f, lang)), DATE_TIME_FORMAT];
  const cellsOf = (r: ProjectRecord): Cell[] => [
    ...fields.map(([name, field]) => cellOf(field, (r as Row)[name], lang)),
    new Date(r.updatedAt),
  ];
  const sheet = workbook.addWorksheet(sheetName(m.projects.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  // A streamed sheet writes its column widths before its first row: they are fitted to the header and the first
  // batch of rows (a longer cell further down is cut short on screen, never in the file).
  const startSheet = (first: Cell[][]) => {
    sheet.columns = headers.map((header, i) => {
      const numFmt = formats[i];
      const width = widthOf(
        header,
        first.map((d) => d[i] ?? null),
        numFmt,
      );
      return { header, width, ...(numFmt ? { style: { numFmt } } : {}) };
    });
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
  };
  let count = 0;
  let started = false;
  for await (const batch of batches) {
    const data = batch.map(cellsOf);
    if (!started) startSheet(data);
    started = true;
    for (const cells of data) sheet.addRow(cells).commit();
    count += batch.length;
    const entry = sheetEntry(sheet);
    if (entry) await drained(entry, entry._writableState?.needDrain === true, out, closed);
    await drained(out, out.writableNeedDrain, out, closed);
  }
  if (!started) startSheet([]);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  sheet.commit();

  const filters = workbook.addWorksheet(sheetName(m.exports.filtersSheet));
  filters.columns = [
    { header: m.exports.filter, width: 30 },
    { header: m.exports.value, width: 60 },
  ];
  filters.getColumn(2).alignment = { horizontal: 'left' };
  filters.getRow(1).font = { bold: true };
  const lines = filterLines.length ? filterLines : [{ label: m.exports.filter, value: m.exports.noFilter }];
  for (const line of lines) filters.addRow([text(line.label), text(line.value)]);
  filters.addRow([]);
  filters.addRow([m.exports.exportedAt, exportedAt]).getCell(2).numFmt = 'yyyy-mm-dd hh:mm:ss';
  filters.addRow([m.exports.rowCount, count]);
  filters.addRow([m.exports.source, source]);
  filters.commit();
  await workbook.commit();
}

/** The bytes of the workbook of `batches` as exceljs writes them (writing starts now; see writeXlsx). */
function xlsxChunks(
  batches: AsyncIterable<ProjectRecord[]> | Iterable<ProjectRecord[]>,
  lang: AppLocale,
  view: () => Promise<XlsxView>,
): AsyncIterator<Buffer> {
  const out = new PassThrough();
  writeXlsx(out, batches, lang, view).catch((error: unknown) => out.destroy(error as Error));
  return out[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
}

/** The projects as an xlsx workbook in `lang`, whole: the streamed export's bytes for these rows. */
export async function projectsToXlsx(
  rows: ProjectRecord[],
  lang: AppLocale,
  view: XlsxView,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks = xlsxChunks([rows], lang, () => Promise.resolve(view));
  const parts: Buffer[] = [];
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) parts.push(next.value);
  return new Uint8Array(Buffer.concat(parts));
}

/** What a streamed spreadsheet download needs: its rows a batch at a time, their language, its filters sheet. */
type XlsxStream = {
  batches: () => AsyncIterable<ProjectRecord[]>;
  lang: AppLocale;
  /** What the filters sheet says, read once the download starts (a 304 reads nothing). */
  view: () => Promise<XlsxView>;
  filename: string;
  lastModified: Date | null;
  /** Names the file's content: the same validator, the same rows and labels (the query, the content's last change). */
  validator: string;
};

/**
 * A spreadsheet download written as its rows are read, a batch at a time: memory holds about a batch whatever the
 * number of rows, and the first bytes leave before the last row is read. Conditional like every public GET; its bytes
 * differ at each export (the date of export, the zip's own dates), so its entity tag is weak, a hash of `validator`.
 */
export function xlsxStreamResponse(request: Request, file: XlsxStream): Response {
  const { batches, lang, view, filename, lastModified, validator } = file;
  let chunks: AsyncIterator<Buffer> | null = null;
  const conditions = { validator, contentType: XLSX_TYPE, lastModified, filename };
  return conditionalStream(request, conditions, {
    async pull(controller) {
      chunks ??= xlsxChunks(batches(), lang, view);
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength));
    },
    async cancel() {
      // Ends the stream: the writer stops at its next wait and the rows' generator is closed.
      await chunks?.return?.();
    },
  });
}
