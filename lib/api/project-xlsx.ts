import ExcelJS from 'exceljs';
import { XLSX_TYPE } from '@/lib/api/export-links';
import { conditionalResponse } from '@/lib/api/http';
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
// fitted to the content, and a second sheet with the view's filters and the date of the export. Text cells are
// strings: a spreadsheet never runs them as formulas, so they need no leading quote (the CSV's defence), and the
// control characters older records may hold are left out as in every export.

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

/** The projects as an xlsx workbook in `lang`: the projects sheet and the "Filters" sheet. */
export async function projectsToXlsx(
  rows: ProjectRecord[],
  lang: AppLocale,
  view: XlsxView,
): Promise<Uint8Array<ArrayBuffer>> {
  const m = CATALOGUES[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = m.feeds.author;
  workbook.created = view.exportedAt;
  workbook.modified = view.exportedAt;

  const fields = csvFields(projectModel);
  const headers = csvColumns(projectModel).map((c) => (m.projectList.csv as Record<string, string>)[c] ?? c);
  const data = rows.map((r): Cell[] => [
    ...fields.map(([name, field]) => cellOf(field, (r as Row)[name], lang)),
    new Date(r.updatedAt),
  ]);
  const formats = [...fields.map(([, f]) => formatOf(f, lang)), DATE_TIME_FORMAT];
  const sheet = workbook.addWorksheet(sheetName(m.projects.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header, i) => {
    const numFmt = formats[i];
    const width = widthOf(
      header,
      data.map((d) => d[i] ?? null),
      numFmt,
    );
    return { header, width, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(data);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };

  const filters = workbook.addWorksheet(sheetName(m.exports.filtersSheet));
  filters.columns = [
    { header: m.exports.filter, width: 30 },
    { header: m.exports.value, width: 60 },
  ];
  filters.getRow(1).font = { bold: true };
  const lines = view.filters.length ? view.filters : [{ label: m.exports.filter, value: m.exports.noFilter }];
  for (const line of lines) filters.addRow([text(line.label), text(line.value)]);
  filters.addRow([]);
  filters.addRow([m.exports.exportedAt, view.exportedAt]).getCell(2).numFmt = 'yyyy-mm-dd hh:mm:ss';
  filters.addRow([m.exports.rowCount, rows.length]);
  filters.addRow([m.exports.source, view.source]);
  filters.getColumn(2).alignment = { horizontal: 'left' };

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A spreadsheet download, conditional like every public GET. Its bytes differ at each export (the date of export, the
 * zip's own dates), so its entity tag is weak: a hash of `validator` (the query and when anything public last
 * changed), which names the same rows and labels. The 304 decision is the API's own (lib/api/http.ts), taken before
 * the workbook is built.
 */
export async function xlsxResponse(
  request: Request,
  build: () => Promise<Uint8Array<ArrayBuffer>>,
  filename: string,
  lastModified: Date | null,
  validator: string,
): Promise<Response> {
  const decided = conditionalResponse(request, { body: validator, contentType: XLSX_TYPE, lastModified });
  const headers = new Headers(decided.headers);
  headers.set('ETag', `W/${decided.headers.get('etag') ?? ''}`);
  if (decided.status === 304) return new Response(null, { status: 304, headers });
  headers.set('Content-Disposition', `attachment; filename="${filename}"`);
  return new Response(await build(), { status: 200, headers });
}
