import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { GET as getList } from '@/app/api/v1/projects/route';
import { projectExportHref, XLSX_TYPE } from '@/lib/api/export-links';
import { projectsToXlsx } from '@/lib/api/project-xlsx';
import { getDb } from '@/lib/db';
import { queryProjectRecords } from '@/lib/data/projects';
import { parseProjectFilters } from '@/lib/validation/project-filters';

// The spreadsheet export of a filtered view (`format=xlsx`): the JSON's rows, typed cells in the chosen language, a
// frozen header row and a sheet with the filters; and the CSV for spreadsheet programs set to French
// (`delimiter=semicolon`).

const call = (query: string, headers?: Record<string, string>) =>
  getList(new Request(`http://localhost/api/v1/projects${query}`, { headers }));

type ApiProject = { code: string; budgetUsd: string | null; startYear: number | null; title: { fr: string | null } };

async function workbookOf(res: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook;
}

describe('GET /api/v1/projects?format=xlsx', () => {
  afterAll(async () => {
    await getDb().$disconnect();
  });

  const filters = parseProjectFilters({ region: 'asia-oceania', sort: '-budget' }).filters;
  const href = projectExportHref(filters, 'fr', { format: 'xlsx' });

  it('has the JSON rows of the view, budgets as numbers in a currency format, labels in French', async () => {
    expect(href).toBe('/api/v1/projects?region=asia-oceania&sort=-budget&format=xlsx&lang=fr');
    const json = (await (await call('?region=asia-oceania&sort=-budget&pageSize=100')).json()) as {
      total: number;
      data: ApiProject[];
    };
    expect(json.total).toBeGreaterThan(1);
    const res = await call(href.slice('/api/v1/projects'.length));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="projets.xlsx"');
    expect(res.headers.get('etag')).toMatch(/^W\/"[\w-]+"$/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');

    const workbook = await workbookOf(res);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Projets', 'Filtres']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount - 1).toBe(json.total);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['ID du projet', 'ID PRIMA', 'Titre']);
    expect(header.at(-1)).toBe('Dernière mise à jour');
    for (const column of sheet.columns) expect(column.width).toBeGreaterThanOrEqual(8);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(col('Budget (USD)')).toBeGreaterThan(0);

    // Same rows, same order as the JSON (sorted by budget, largest first).
    json.data.forEach((p, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(p.code);
      expect(row.getCell(col('Titre')).value).toBe(p.title.fr);
      const budget = row.getCell(col('Budget (USD)'));
      expect(budget.type).toBe(ExcelJS.ValueType.Number);
      expect(budget.value).toBe(Number(p.budgetUsd));
      expect(budget.numFmt).toBe('#,##0.00 "$US"');
      const start = row.getCell(col('Année de début'));
      expect(start.value).toBe(p.startYear);
      if (p.startYear !== null) expect([start.type, start.numFmt]).toEqual([ExcelJS.ValueType.Number, '0']);
      expect(row.getCell(header.length).value).toBeInstanceOf(Date);
    });
    expect(['Actif', 'Achevé']).toContain(sheet.getRow(2).getCell(col('Statut')).value);

    const filtersSheet = workbook.worksheets[1]!;
    const lines = new Map<string, unknown>();
    filtersSheet.eachRow((r) => lines.set(r.getCell(1).text, r.getCell(2).value));
    expect(lines.get('Région')).toBe('Asie et Océanie');
    expect(lines.get('Trier par')).toBe('Budget décroissant');
    expect(lines.get('Nombre de projets')).toBe(json.total);
    expect(lines.get('Source')).toBe(`http://localhost:3000${href}`);
    const exportedAt = lines.get('Exporté le (UTC)');
    expect(exportedAt).toBeInstanceOf(Date);
    expect(Math.abs(Date.now() - (exportedAt as Date).getTime())).toBeLessThan(60_000);
  });

  it('says when no filter is used, in English with an English currency format', async () => {
    const res = await call('?format=xlsx&lang=en');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="projects.xlsx"');
    const workbook = await workbookOf(res);
    const total = ((await (await call('')).json()) as { total: number }).total;
    expect(workbook.worksheets[0]!.rowCount - 1).toBe(total);
    const sheet = workbook.worksheets[0]!;
    const budget = (sheet.getRow(1).values as unknown[]).indexOf('Budget (USD)');
    expect(sheet.getRow(2).getCell(budget).numFmt).toBe('"US$"#,##0.00');
    expect(workbook.worksheets[1]!.getRow(2).values).toEqual([, 'Filter', 'None (every published project)']);
  });

  it('answers If-None-Match and If-Modified-Since with 304', async () => {
    const query = href.slice('/api/v1/projects'.length);
    const res = await call(query);
    const etag = res.headers.get('etag')!;
    const again = await call(query, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    expect((await call(query, { 'If-Modified-Since': res.headers.get('last-modified')! })).status).toBe(304);
    // Another view is another validator.
    expect((await call('?format=xlsx&lang=fr', { 'If-None-Match': etag })).status).toBe(200);
  });

  it('writes text as text: a title a spreadsheet would run as a formula stays a string', async () => {
    const [record] = await queryProjectRecords(filters, 'en', null);
    const bytes = await projectsToXlsx(
      [{ ...record!, title: { en: '=HYPERLINK("http://evil.example","x")', fr: null, es: null } }],
      'en',
      { filters: [], exportedAt: new Date(), source: 'http://localhost/' },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const cell = workbook.worksheets[0]!.getRow(2).getCell(3);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://evil.example","x")');
  });
});

describe('GET /api/v1/projects?format=csv&delimiter=semicolon', () => {
  const decode = async (res: Response) =>
    new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await res.arrayBuffer()));

  it('separates cells with semicolons and writes decimal commas, with no `sep=` line', async () => {
    const filters = parseProjectFilters({}).filters;
    const href = projectExportHref(filters, 'fr', { format: 'csv', delimiter: 'semicolon' });
    expect(href).toBe('/api/v1/projects?format=csv&lang=fr&delimiter=semicolon');
    const text = await decode(await call(href.slice('/api/v1/projects'.length)));
    expect(text.startsWith('\uFEFFID du projet;ID PRIMA;Titre;')).toBe(true);
    expect(text).not.toMatch(/^\uFEFF?sep=/);
    const rows = parse<Record<string, string>>(text.slice(1), { columns: true, delimiter: ';' });
    const commas = parse<Record<string, string>>((await decode(await call('?format=csv&lang=fr'))).slice(1), {
      columns: true,
    });
    expect(rows.map((r) => r['ID du projet'])).toEqual(commas.map((r) => r['ID du projet']));
    const px = rows.find((r) => r['ID du projet'] === 'PX.0220')!;
    expect(px['Budget (USD)']).toBe('400000,00');
    expect(px['Année de début']).toBe('2021');
    expect(commas.find((r) => r['ID du projet'] === 'PX.0220')!['Budget (USD)']).toBe('400000.00');
  });

  it('refuses an unknown delimiter with a JSON 400', async () => {
    const res = await call('?format=csv&delimiter=tab');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { details: { param: string }[] } }).error.details[0]?.param).toBe(
      'delimiter',
    );
  });
});
