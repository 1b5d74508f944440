import { heldBatches } from '../support/held-batches';
import { setImmediate as ioTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { GET as getList } from '@/app/api/v1/projects/route';
import { XLSX_TYPE } from '@/lib/api/export-links';
import { iatiStreamResponse } from '@/lib/api/project-iati';
import { toApiProject } from '@/lib/api/project-json';
import { xlsxStreamResponse, type XlsxView } from '@/lib/api/project-xlsx';
import { projectRecordBatches, queryProjectRecords, type ProjectRecord } from '@/lib/data/projects';
import { getDb } from '@/lib/db';
import { toIatiXml } from '@/lib/export/iati';
import { parseProjectFilters } from '@/lib/validation/project-filters';
import { validateIati } from '../support/iati-validator';

// Issue 17: the xlsx and IATI exports are written as their rows are read, a batch at a time (projectRecordBatches),
// like the CSV (projects-csv-stream.test.ts): the same content as a whole build, the first bytes before the last
// batch is read, no reading ahead of a client that reads nothing, and 304s to their weak validators.

const call = (query: string, headers?: Record<string, string>) =>
  getList(new Request(`http://localhost/api/v1/projects${query}`, { headers }));
const view: XlsxView = { filters: [], exportedAt: new Date('2026-12-01T10:00:00Z'), source: 'http://localhost/x' };
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

async function workbookOf(body: Response | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = body instanceof Response ? await body.arrayBuffer() : body.slice().buffer;
  await workbook.xlsx.load(bytes);
  return workbook;
}

/** Every cell of a sheet as [type, value, number format], row by row. */
function cellsOf(sheet: ExcelJS.Worksheet): unknown[][][] {
  const rows: unknown[][][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[][] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = row.getCell(c);
      cells.push([cell.type, cell.value, cell.numFmt]);
    }
    rows.push(cells);
  });
  return rows;
}

/** Batches (each after an I/O turn, as from the database) that say how many were taken and if they were closed. */
function counted(batches: ProjectRecord[][]) {
  const state = { taken: 0, closed: false };
  async function* read() {
    try {
      for (const batch of batches) {
        await ioTurn();
        state.taken++;
        yield batch;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, read };
}

/** Waits until `value()` has not changed for 200 ms (at most 10 s), and returns it. */
async function settled(value: () => number): Promise<number> {
  let last = value();
  for (let waited = 0; waited < 10_000; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (value() === last) return last;
    last = value();
  }
  return last;
}

/** The whole body of a response, as bytes. */
async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, first: Uint8Array[] = []) {
  const parts = [...first];
  for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
  return new Uint8Array(Buffer.concat(parts));
}

describe('the streamed xlsx export', () => {
  afterAll(async () => {
    await getDb().$disconnect();
  });

  const filters = parseProjectFilters({ region: 'asia-oceania', sort: '-budget' }).filters;
  const xlsx = (batches: () => AsyncIterable<ProjectRecord[]>, validator = 'x') =>
    xlsxStreamResponse(new Request('http://localhost/x.xlsx'), {
      batches,
      lang: 'fr',
      view: () => Promise.resolve(view),
      filename: 'x.xlsx',
      lastModified: null,
      validator,
    });

  it('has the typed cells of the view whatever the batch size, widths fitted to the first batch', async () => {
    const rows = await queryProjectRecords(filters, 'fr', null);
    expect(rows.length).toBeGreaterThan(1);
    const res = await call('?region=asia-oceania&sort=-budget&format=xlsx&lang=fr');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="projets.xlsx"');
    const whole = await workbookOf(res);
    const oneByOne = await workbookOf(xlsx(() => projectRecordBatches(filters, 'fr', 1)));

    const sheet = whole.worksheets[0]!;
    expect(whole.worksheets.map((w) => w.name)).toEqual(['Projets', 'Filtres']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(sheet.columnCount).letter}1`);
    expect(sheet.rowCount).toBe(rows.length + 1);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    rows.forEach((p, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(p.code);
      const budget = row.getCell(col('Budget (USD)'));
      expect([budget.type, budget.value, budget.numFmt]).toEqual([
        ExcelJS.ValueType.Number,
        Number(p.budgetUsd),
        '#,##0.00 "$US"',
      ]);
      const start = row.getCell(col('Année de début'));
      if (p.startYear !== null)
        expect([start.type, start.value, start.numFmt]).toEqual([ExcelJS.ValueType.Number, p.startYear, '0']);
      const updated = row.getCell(header.length);
      expect([updated.type, updated.numFmt]).toEqual([ExcelJS.ValueType.Date, 'yyyy-mm-dd hh:mm']);
      expect((updated.value as Date).toISOString()).toBe(new Date(p.updatedAt).toISOString());
      expect(row.getCell(col('Titre')).type).toBe(ExcelJS.ValueType.String);
    });
    // A batch at a time or all at once: the same cells; the Filters sheet counts every row.
    expect(cellsOf(oneByOne.worksheets[0]!)).toEqual(cellsOf(sheet));
    const count = (w: ExcelJS.Workbook) => {
      let n: unknown;
      w.worksheets[1]!.eachRow((r) => {
        if (r.getCell(1).text === 'Nombre de projets') n = r.getCell(2).value;
      });
      return n;
    };
    expect([count(whole), count(oneByOne)]).toEqual([rows.length, rows.length]);
    // Widths are fitted to the first batch: one row there, so never wider than with every row.
    oneByOne.worksheets[0]!.columns.forEach((c, i) => {
      expect(c.width).toBeGreaterThanOrEqual(8);
      expect(c.width).toBeLessThanOrEqual(sheet.columns[i]!.width!);
    });
  });

  it('sends its first bytes before the last batch is read, and the header alone when nothing matches', async () => {
    const [first, second] = await queryProjectRecords(filters, 'fr', null);
    const { batches, release, lastRead } = heldBatches(first!, second!);
    const reader = xlsx(batches).body!.getReader();
    const chunk = await reader.read();
    expect(chunk.done).toBe(false);
    expect(lastRead()).toBe(false);
    release();
    const workbook = await workbookOf(await readAll(reader, [chunk.value!]));
    expect(lastRead()).toBe(true);
    const sheet = workbook.worksheets[0]!;
    expect([sheet.getRow(2).getCell(1).value, sheet.getRow(3).getCell(1).value]).toEqual([first!.code, second!.code]);

    async function* none(): AsyncGenerator<ProjectRecord[]> {}
    const empty = await workbookOf(xlsx(none));
    expect(empty.worksheets[0]!.rowCount).toBe(1);
    expect(empty.worksheets[0]!.getRow(1).getCell(1).value).toBe('ID du projet');
  });

  it('reads no further than the client: a client that reads nothing holds the export, a cancel ends it', async () => {
    const rows = await queryProjectRecords(parseProjectFilters({}).filters, 'fr', null);
    const many = Array.from({ length: 400 }, () => Array.from({ length: 50 }, (_, i) => rows[i % rows.length]!));
    const { state, read } = counted(many);
    const reader = xlsx(read).body!.getReader();
    await reader.read();
    const taken = await settled(() => state.taken);
    expect(taken).toBeLessThan(many.length / 2);
    expect(state.closed).toBe(false);
    await reader.cancel();
    await settled(() => Number(state.closed));
    expect(state.closed).toBe(true);
    expect(state.taken).toBeLessThanOrEqual(taken + 1);
  });

  it('answers If-None-Match with 304 (a weak validator of the view and the content)', async () => {
    const query = '?region=asia-oceania&sort=-budget&format=xlsx&lang=fr';
    const res = await call(query);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    await res.body?.cancel();
    const again = await call(query, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const other = await call('?format=xlsx&lang=fr', { 'If-None-Match': etag });
    expect(other.status).toBe(200);
    await other.body?.cancel();
  });
});

describe('the streamed IATI export', () => {
  const generatedAt = (xml: string) => new Date(/generated-datetime="([^"]+)"/.exec(xml)![1]!);
  const iati = (batches: () => AsyncIterable<ProjectRecord[]>, validator = 'x') =>
    iatiStreamResponse(new Request('http://localhost/x.xml'), { batches, lastModified: null, validator });

  it('is the same document as the whole-string XML, and valid IATI 2.03', async () => {
    for (const query of [{}, { status: 'completed' }, { sort: '-budget' }, { q: 'zzzz-nothing' }]) {
      const { filters } = parseProjectFilters(query);
      const rows = await queryProjectRecords(filters, 'en', null);
      const res = await call(`?${new URLSearchParams({ ...(query as Record<string, string>), format: 'iati' })}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="iom-projects-iati.xml"');
      const xml = await res.text();
      expect(xml).toBe(toIatiXml(rows.map(toApiProject), generatedAt(xml)));
      // IATI's schema wants at least one activity: a view without projects is an empty (invalid) document.
      if (rows.length > 0) expect(await validateIati(xml)).toEqual([]);
      // One project a batch: the same bytes.
      const oneByOne = await iati(() => projectRecordBatches(filters, 'en', 1)).text();
      expect(oneByOne).toBe(toIatiXml(rows.map(toApiProject), generatedAt(oneByOne)));
    }
    // Empty batches (projects unpublished meanwhile) write nothing; no batch at all is the empty document.
    const rows = await queryProjectRecords(parseProjectFilters({}).filters, 'en', null);
    async function* gaps() {
      await ioTurn();
      yield [];
      yield rows.slice(0, 1);
      yield [];
      yield rows.slice(1);
    }
    const withGaps = await iati(gaps).text();
    expect(withGaps).toBe(toIatiXml(rows.map(toApiProject), generatedAt(withGaps)));
    async function* none(): AsyncGenerator<ProjectRecord[]> {}
    const empty = await iati(none).text();
    expect(empty).toBe(toIatiXml([], generatedAt(empty)));
    expect(empty).toMatch(/<iati-activities [^>]*\/>$/);
  });

  it('sends the first activities before the last batch is read', async () => {
    const [first, second] = await queryProjectRecords(parseProjectFilters({}).filters, 'en', null);
    const { batches, release, lastRead } = heldBatches(first!, second!);
    const reader = iati(batches).body!.getReader();
    const chunk = decode((await reader.read()).value!);
    expect(lastRead()).toBe(false);
    expect(chunk).toContain(`<iati-identifier>XM-DAC-47066-${first!.code}</iati-identifier>`);
    expect(chunk).not.toContain(second!.code);
    release();
    const xml = decode(await readAll(reader, [new TextEncoder().encode(chunk)]));
    expect(lastRead()).toBe(true);
    expect(xml).toBe(toIatiXml([first!, second!].map(toApiProject), generatedAt(xml)));
  });

  it('reads no further than the client, and a cancel closes the rows', async () => {
    const rows = await queryProjectRecords(parseProjectFilters({}).filters, 'en', null);
    const many = Array.from({ length: 100 }, () => rows);
    const { state, read } = counted(many);
    const reader = iati(read).body!.getReader();
    await reader.read();
    expect(await settled(() => state.taken)).toBeLessThan(5);
    await reader.cancel();
    expect(state.closed).toBe(true);
  });

  it('sends a weak ETag and answers If-None-Match with 304', async () => {
    const res = await call('?format=iati&status=completed');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    await res.text();
    const again = await call('?format=iati&status=completed', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    expect((await call('?format=iati', { 'If-None-Match': etag })).status).toBe(200);
    // Not the CSV's validator of the same view.
    expect((await call('?format=csv&status=completed')).headers.get('etag')).not.toBe(etag);
  });
});
