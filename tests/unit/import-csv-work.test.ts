import { beforeEach, describe, expect, it, vi } from 'vitest';

// The CSV importer's work is bounded per cell: names are compared through one folded-name lookup each (counted
// here as calls of `fold`, the normaliser every comparison goes through), and a cell holds a bounded number of
// names. Counted, not timed.
vi.mock('@/lib/import/page-fields', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/import/page-fields')>();
  return { ...original, fold: vi.fn(original.fold) };
});

const { fold } = await import('@/lib/import/page-fields');
const { MAX_CSV_ROWS, planCsvImport } = await import('@/lib/import/csv-plan');
const { MAX_PROJECT_COUNTRIES } = await import('@/lib/content/project');
const { countryRows } = await import('@/lib/seed/countries');
const { PROJECT_TYPES, REGIONS } = await import('@/lib/seed/reference-data');

const ref = { regions: REGIONS, types: PROJECT_TYPES, countries: countryRows() };
const HEADER =
  'Project ID,PRIMA ID,Title,Status,Type,Coverage,Region,Budget (USD),Start year,End year,Funding year,' +
  'Beneficiary member states,Summary';
const row = (code: string, countries: string) =>
  `${code},,A title,Active,Labour migration,National,Africa,100000.00,2021,2024,,"${countries}",A summary`;
const csv = (...rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;
const folds = (text: string) => {
  vi.mocked(fold).mockClear();
  const plan = planCsvImport(text, ref, new Map());
  return { plan, calls: vi.mocked(fold).mock.calls.length };
};
const names = (n: number, name: (i: number) => string) => Array.from({ length: n }, (_, i) => name(i)).join('; ');

describe('CSV import: work per cell', () => {
  beforeEach(() => {
    vi.mocked(fold).mockClear();
  });

  it('looks each country name up once, whatever the number of countries known', () => {
    const base = folds(csv(row('ZW.0001', ''))).calls;
    const known = ref.countries.slice(0, 200);
    const { plan, calls } = folds(
      csv(
        row(
          'ZW.0001',
          names(200, (i) => known[i]!.nameEn),
        ),
      ),
    );
    expect(plan).toMatchObject({ ok: true, rows: [{ kind: 'create' }] });
    // One normalisation per name read: no comparison with every country's names.
    expect(calls - base).toBeLessThanOrEqual(200);
    const unknown = folds(
      csv(
        row(
          'ZW.0001',
          names(200, (i) => `Atlantis ${i}`),
        ),
      ),
    );
    expect(unknown.calls - base).toBeLessThanOrEqual(200);
    expect(unknown.plan.ok && unknown.plan.rows[0]).toMatchObject({ kind: 'reject' });
  });

  it('refuses a cell with too many names with one problem, and looks none of them up', () => {
    const base = folds(csv(row('ZW.0001', ''))).calls;
    for (const count of [MAX_PROJECT_COUNTRIES + 1, 8_000]) {
      const { plan, calls } = folds(
        csv(
          row(
            'ZW.0001',
            names(count, (i) => `Atlantis ${i}`),
          ),
        ),
      );
      expect(calls - base).toBe(0);
      expect(plan.ok && plan.rows).toEqual([
        {
          line: 2,
          code: 'ZW.0001',
          kind: 'reject',
          problems: [{ field: 'countries', reason: 'tooManyCountries', value: String(MAX_PROJECT_COUNTRIES) }],
        },
      ]);
    }
  });

  it('stops reading at the row cap: what lies beyond it is never parsed', () => {
    const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => row(`ZW.${String(i).padStart(5, '0')}`, 'Senegal'));
    // An unterminated quoted field after the cap: parsing the whole file would fail on it.
    const { plan, calls } = folds(`${csv(...rows)}"unterminated,${'x'.repeat(1000)}\n`);
    expect(plan).toEqual({ ok: false, error: 'tooLarge' });
    // Nothing of any row was read either: refused before a single cell.
    expect(calls).toBeLessThan(100);
  });

  it('accepts exactly the row cap', () => {
    const rows = Array.from({ length: MAX_CSV_ROWS }, (_, i) => row(`ZW.${String(i).padStart(5, '0')}`, 'Senegal'));
    const { plan } = folds(csv(...rows));
    expect(plan.ok && plan.rows.length).toBe(MAX_CSV_ROWS);
  });
});
