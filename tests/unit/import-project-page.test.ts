import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProjectPage } from '@/lib/import/project-page';
import { parseAmount, parseCountryList, parseYear } from '@/lib/import/values';
import { PROJECT_TYPES, REGIONS } from '@/lib/seed/reference-data';

const ref = { regions: REGIONS, types: PROJECT_TYPES };
// Copies of ../shared/seeds, so a clean clone has them.
const seedsDir = path.resolve(import.meta.dirname, '../fixtures/seeds');
const seed = (name: string) => readFileSync(path.join(seedsDir, name), 'utf8');
const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/pages', name), 'utf8');

describe('parseProjectPage', () => {
  it('reads the French PX.0220 page (seed 001) completely', () => {
    const { language, project, problems } = parseProjectPage(seed('001_f1304bd47d6398f5.txt'), ref);
    expect(problems).toEqual([]);
    expect(language).toBe('fr');
    expect(project).toMatchObject({
      code: 'PX.0220',
      primaId: 'FJ10P0514',
      status: 'active',
      budgetUsd: '400000.00',
      coverage: 'regional',
      region: 'asia-oceania',
      type: 'protection-assistance-vulnerable-migrants',
      startYear: 2021,
      endYear: 2024,
      fundingYear: 2020,
      beneficiaryCountries: ['FJ', 'TO', 'VU'],
      title: { fr: 'Protection et aide aux migrants dans le Pacifique', en: null },
    });
    expect(project.summary.fr).toMatch(/^En 2018, l’affaire des 101 Bangladais/);
    expect(project.summary.fr).toMatch(/400 000 dollars E\.-U$/);
    // Site navigation above the record never leaks into it.
    expect(JSON.stringify(project)).not.toContain('Qui sommes nous');
  });

  it('gives the same record from an English page with English labels and a comma budget', () => {
    const fr = parseProjectPage(seed('001_f1304bd47d6398f5.txt'), ref).project;
    const { language, project, problems } = parseProjectPage(fixture('px0220-en.txt'), ref);
    expect(problems).toEqual([]);
    expect(language).toBe('en');
    const { title: _t, summary: _s, ...facts } = project;
    const { title: _tf, summary: _sf, ...frFacts } = fr;
    expect(facts).toEqual(frFacts);
    expect(project.title.en).toBe('Protection of and assistance to migrants in the Pacific');
    expect(project.summary.en).toMatch(/USD 400,000\.$/);
  });

  it('resolves the eight run-together countries of seed 003 in order', () => {
    const { project, problems } = parseProjectPage(seed('003_4aaa9d8dcfac6f58.txt'), ref);
    expect(problems).toEqual([]);
    expect(project.beneficiaryCountries).toEqual(['BZ', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI']);
    expect(project).toMatchObject({
      code: 'PO.0160',
      primaId: 'CR99P0513',
      status: 'completed',
      region: 'latin-america-caribbean',
    });
  });

  it('reads seed 000, whose start year, funding year and PRIMA ID are absent, without inventing them', () => {
    const { project, problems } = parseProjectPage(seed('000_ccdce2cd6dc45d91.txt'), ref);
    expect(problems).toEqual([]);
    expect(project).toMatchObject({
      code: 'FM.0283',
      primaId: null,
      startYear: null,
      endYear: 2024,
      fundingYear: null,
      status: 'completed',
      coverage: 'national',
      budgetUsd: '100000.00',
      beneficiaryCountries: ['FM'],
      type: 'assisted-migration-services',
    });
  });

  it('reports a news article (not a project page) field by field', () => {
    const { problems } = parseProjectPage(seed('004_ee66b5525b8c9e33.txt'), ref);
    expect(problems.map((p) => p.field).sort()).toEqual([
      'code',
      'coverage',
      'region',
      'status',
      'summary',
      'title',
      'type',
    ]);
    expect(problems.every((p) => p.code === 'missing')).toBe(true);
  });

  it('reports unreadable values with the text it saw', () => {
    const text = fixture('px0220-en.txt')
      .replace('400,000', 'four hundred thousand')
      .replace('Fiji Tonga Vanuatu', 'Fiji Atlantis Vanuatu')
      .replace('\nActive\n', '\nSomewhere in between\n');
    const { project, problems } = parseProjectPage(text, ref);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'status', code: 'invalid', value: 'Somewhere in between' },
        { field: 'budgetUsd', code: 'invalid', value: 'four hundred thousand' },
        { field: 'beneficiaryCountries', code: 'unknownCountries', value: 'atlantis' },
      ]),
    );
    expect(project.beneficiaryCountries).toEqual(['FJ', 'VU']);
  });

  it('strips the quotation marks around a description, and keeps long runs of spaces intact', () => {
    const page = (description: string) => fixture('px0220-en.txt').replace(/"In 2018[^]*$/, description);
    expect(parseProjectPage(page('« Texte cité »'), ref).project.summary.en).toBe('Texte cité');
    expect(parseProjectPage(page('“Quoted”\n\n  '), ref).project.summary.en).toBe('Quoted');
    expect(parseProjectPage(page('"'), ref).project.summary.en).toBeNull();
    // 200,000 spaces before a letter: what a backtracking /\s*["”»]$/ took minutes over.
    const spaces = ' '.repeat(200_000);
    expect(parseProjectPage(page(`"a${spaces}b"`), ref).project.summary.en).toBe(`a${spaces}b`);
    expect(parseProjectPage(page(`a${spaces}b ${spaces}”`), ref).project.summary.en).toBe(`a${spaces}b`);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const { problems } = parseProjectPage(text, ref);
        expect(problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('value parsers', () => {
  it('reads budgets in the forms the site uses', () => {
    expect(parseAmount('100000.00')).toBe('100000.00');
    expect(parseAmount('100,000')).toBe('100000.00');
    expect(parseAmount('100 000')).toBe('100000.00');
    expect(parseAmount('1\u202f250\u202f000,5')).toBe('1250000.50');
    expect(parseAmount('USD 2,000,000.75')).toBe('2000000.75');
    expect(parseAmount('1.234.567,89')).toBe('1234567.89');
    expect(parseAmount('12,34,567')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('1e6')).toBeNull();
  });

  it('reads year-only and full dates', () => {
    expect(parseYear('2021')).toBe(2021);
    expect(parseYear('15/03/2021')).toBe(2021);
    expect(parseYear('2021-03-15')).toBe(2021);
    expect(parseYear('mars 2021')).toBe(2021);
    expect(parseYear('2021–2024')).toBeNull();
    expect(parseYear('soon')).toBeNull();
  });

  it('splits run-together country names in both languages, longest name first', () => {
    expect(parseCountryList('Guinée-Bissau Guinée Guinée équatoriale').codes).toEqual(['GW', 'GN', 'GQ']);
    expect(parseCountryList('Trinidad and Tobago Samoa American Samoa').codes).toEqual(['TT', 'WS', 'AS']);
    expect(parseCountryList('Federated States of Micronesia').codes).toEqual(['FM']);
    expect(parseCountryList('Fidji, Tonga et Vanuatu')).toEqual({ codes: ['FJ', 'TO', 'VU'], unknown: [] });
  });
});
