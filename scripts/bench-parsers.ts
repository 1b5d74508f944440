// Parse time of the two importers at 10×, 100× and 1,000× an input built from the test fixtures, to show it grows
// linearly: the page importer on the English PX.0220 page (its description repeated, then a run of spaces, the input
// that used to take quadratic time) and the CSV importer's dry run (rows from that page, then a countries cell of
// unknown names). No server, no database: `npm run bench -- --parsers` (or `npm run bench:parsers`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { planCsvImport, type CsvReference } from '@/lib/import/csv-plan';
import { parseProjectPage } from '@/lib/import/project-page';
import { countryRows } from '@/lib/seed/countries';
import { PROJECT_TYPES, REGIONS } from '@/lib/seed/reference-data';
import en from '@/messages/en.json' with { type: 'json' };

const ROOT = path.resolve(import.meta.dirname, '..');
const FACTORS = [10, 100, 1000] as const;
const RUNS = 15;

type Series = { label: string; unit: string; input: (factor: number) => string; parse: (text: string) => unknown };
export type ParserFigures = { label: string; unit: string; points: { factor: number; bytes: number; ms: number }[] };

// The best of a few runs, the least disturbed by other work on the machine (the series was warmed up on its largest
// input first: the JIT compiles on first calls).
function time(parse: () => unknown): number {
  const runs = Array.from({ length: RUNS }, () => {
    const started = performance.now();
    parse();
    return performance.now() - started;
  });
  return Math.min(...runs);
}

function series(): Series[] {
  const page = readFileSync(path.join(ROOT, 'tests/fixtures/pages/px0220-en.txt'), 'utf8');
  const at = page.indexOf('"In 2018');
  const [head, description] = [page.slice(0, at), page.slice(at)];
  const pageRef = { regions: REGIONS, types: PROJECT_TYPES };
  const csvRef: CsvReference = { regions: REGIONS, types: PROJECT_TYPES, countries: countryRows() };
  const { project } = parseProjectPage(page, pageRef);
  const h = en.projectList.csv;
  const header = [
    h.code,
    h.primaId,
    h.title,
    h.status,
    h.type,
    h.coverage,
    h.region,
    h.budgetUsd,
    h.startYear,
    h.endYear,
    h.fundingYear,
    h.countries,
    h.summary,
  ].join(',');
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const row = (i: number, countries: string) =>
    [
      `PX.${String(i).padStart(5, '0')}`,
      '',
      quote(project.title.en ?? ''),
      'Active',
      quote('Protection and assistance for vulnerable migrants'),
      'Regional',
      quote('Asia and Oceania'),
      '400000.00',
      '2021',
      '2024',
      '2020',
      quote(countries),
      quote(project.summary.en ?? ''),
    ].join(',');
  const csv = (rows: string[]) => `${header}\n${rows.join('\n')}\n`;
  const plan = (text: string) => planCsvImport(text, csvRef, new Map());
  const readPage = (text: string) => parseProjectPage(text, pageRef);
  return [
    {
      label: 'Page importer: the description repeated',
      unit: 'one description (3 paragraphs)',
      input: (n) => head + Array.from({ length: n }, () => description).join('\n'),
      parse: readPage,
    },
    {
      label: 'Page importer: a run of spaces in the description',
      unit: '1,000 spaces',
      input: (n) => `${head}"a${' '.repeat(n * 1000)}b`,
      parse: readPage,
    },
    {
      label: 'CSV importer (dry run): rows from the page',
      unit: '5 rows',
      input: (n) => csv(Array.from({ length: n * 5 }, (_, i) => row(i, 'Fiji; Tonga; Vanuatu'))),
      parse: plan,
    },
    {
      label: 'CSV importer (dry run): one countries cell of unknown names',
      unit: '8 names',
      input: (n) => csv([row(0, Array.from({ length: n * 8 }, (_, i) => `Atlantis ${i}`).join('; '))]),
      parse: plan,
    },
  ];
}

/** Measures each series at 10×, 100× and 1,000× its unit and prints a Markdown table; returns the figures. */
export function benchParsers(log: (line: string) => void = console.log): ParserFigures[] {
  const figures = series().map((s) => {
    const inputs = FACTORS.map((factor) => ({ factor, text: s.input(factor) }));
    const largest = inputs.at(-1)?.text ?? '';
    for (let i = 0; i < 3; i++) s.parse(largest);
    return {
      label: s.label,
      unit: s.unit,
      points: inputs.map(({ factor, text }) => ({
        factor,
        bytes: Buffer.byteLength(text),
        ms: time(() => s.parse(text)),
      })),
    };
  });
  const kb = (b: number) => `${(b / 1024).toFixed(b < 10_240 ? 1 : 0)} KB`;
  log(`\nParse time of the importers (best of ${RUNS} runs, after warming up on the largest input):\n`);
  log('| input | unit | 10× | 100× | 1,000× | 1,000× ÷ 100× |');
  log('|---|---|---|---|---|---|');
  for (const f of figures) {
    const cells = f.points.map((p) => `${p.ms.toFixed(p.ms < 10 ? 2 : 1)} ms (${kb(p.bytes)})`);
    const [, p100, p1000] = f.points;
    const growth = p100 && p1000 ? (p1000.ms / p100.ms).toFixed(1) : '?';
    log(`| ${f.label} | ${f.unit} | ${cells.join(' | ')} | ${growth} |`);
  }
  return figures;
}
