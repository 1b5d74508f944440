import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  parseApiOptions,
  parseProjectFilters,
  projectFiltersToQuery,
} from '@/lib/validation/project-filters';

describe('parseProjectFilters', () => {
  it('reads repeated and single values', () => {
    const { filters, issues } = parseProjectFilters({
      region: ['asia-oceania', 'africa'],
      status: 'completed',
      sort: '-budget',
      page: '2',
    });
    expect(filters).toEqual({
      ...EMPTY_FILTERS,
      region: ['asia-oceania', 'africa'],
      status: ['completed'],
      sort: '-budget',
      page: 2,
    });
    expect(issues).toEqual([]);
  });

  it('drops and reports invalid values, keeping the valid ones', () => {
    const { filters, issues } = parseProjectFilters({
      region: ['Asia Oceania!', 'africa'],
      status: ['done', 'active'],
      sort: 'price',
      page: '-3',
    });
    expect(filters).toEqual({ ...EMPTY_FILTERS, region: ['africa'], status: ['active'] });
    expect(issues).toEqual([
      { reason: 'invalid', param: 'region', value: 'Asia Oceania!' },
      { reason: 'invalid', param: 'status', value: 'done' },
      { reason: 'invalid', param: 'sort', value: 'price' },
      { reason: 'invalid', param: 'page', value: '-3' },
    ]);
  });

  it('ignores empty values, as an untouched form sends them', () => {
    expect(parseProjectFilters({ sort: '', region: '' })).toEqual({
      filters: EMPTY_FILTERS,
      issues: [],
    });
  });

  it('never throws and always yields well-formed filters, whatever the query string', () => {
    const value = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 4 }), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'region',
            'status',
            'type',
            'coverage',
            'country',
            'budgetMin',
            'budgetMax',
            'yearFrom',
            'yearTo',
            'sort',
            'page',
            'q',
            'x',
          ),
          value,
        ),
        (sp) => {
          const { filters } = parseProjectFilters(sp);
          expect(Number.isInteger(filters.page) && filters.page >= 1).toBe(true);
          for (const r of filters.region) expect(r).toMatch(/^[a-z0-9-]+$/);
          for (const c of filters.country) expect(c).toMatch(/^[A-Z]{2}$/);
          for (const b of [filters.budgetMin, filters.budgetMax]) if (b !== null) expect(b).toMatch(/^\d+(\.\d\d?)?$/);
        },
      ),
    );
  });

  it('round-trips through the query string it produces', () => {
    const { filters } = parseProjectFilters({
      q: 'sécurité Pacific',
      region: 'africa',
      status: ['active', 'planned'],
      type: ['labour-migration'],
      coverage: ['national', 'global'],
      country: ['fj', 'TO'],
      budgetMin: '1000',
      budgetMax: '2000000.5',
      yearFrom: '2019',
      yearTo: '2024',
      sort: '-end',
      page: '3',
    });
    expect(filters).toMatchObject({
      country: ['FJ', 'TO'],
      budgetMin: '1000.00',
      budgetMax: '2000000.5',
      yearFrom: 2019,
      yearTo: 2024,
    });
    expect(parseProjectFilters(projectFiltersToQuery(filters)).filters).toEqual(filters);
  });

  it('reads every new filter and rejects malformed amounts, years and countries', () => {
    const { filters, issues } = parseProjectFilters({
      budgetMin: 'abc',
      budgetMax: '1e6',
      yearFrom: '20',
      yearTo: '3000',
      country: ['FRA', 'f1'],
      coverage: 'planet',
      q: 'x'.repeat(201),
    });
    expect(filters).toEqual(EMPTY_FILTERS);
    expect(issues.map((i) => i.param)).toEqual([
      'q',
      'coverage',
      'country',
      'country',
      'budgetMin',
      'budgetMax',
      'yearFrom',
      'yearTo',
    ]);
  });

  it('reports inverted ranges and drops their upper bound', () => {
    const { filters, issues } = parseProjectFilters({
      budgetMin: '500',
      budgetMax: '400',
      yearFrom: '2024',
      yearTo: '2020',
    });
    expect(filters).toMatchObject({ budgetMin: '500.00', budgetMax: null, yearFrom: 2024, yearTo: null });
    expect(issues).toEqual([
      { param: 'budgetMax', value: '400', reason: 'range' },
      { param: 'yearTo', value: '2020', reason: 'range' },
    ]);
  });
});

describe('parseApiOptions', () => {
  it('defaults to JSON, English, 20 per page and caps pageSize at 100', () => {
    expect(parseApiOptions({})).toEqual({ options: { format: 'json', lang: 'en', pageSize: 20 }, issues: [] });
    expect(parseApiOptions({ format: 'csv', lang: 'fr', pageSize: '100' }).options).toEqual({
      format: 'csv',
      lang: 'fr',
      pageSize: 100,
    });
    expect(parseApiOptions({ pageSize: '101', format: 'xml', lang: 'de' }).issues.map((i) => i.param)).toEqual([
      'format',
      'lang',
      'pageSize',
    ]);
  });
});
