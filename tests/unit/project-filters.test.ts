import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProjectFilters, projectFiltersToQuery } from '@/lib/validation/project-filters';

describe('parseProjectFilters', () => {
  it('reads repeated and single values', () => {
    const { filters, issues } = parseProjectFilters({
      region: ['asia-oceania', 'africa'], status: 'completed', sort: '-budget', page: '2',
    });
    expect(filters).toEqual({ region: ['asia-oceania', 'africa'], status: ['completed'], sort: '-budget', page: 2 });
    expect(issues).toEqual([]);
  });

  it('drops and reports invalid values, keeping the valid ones', () => {
    const { filters, issues } = parseProjectFilters({
      region: ['Asia Oceania!', 'africa'], status: ['done', 'active'], sort: 'price', page: '-3',
    });
    expect(filters).toEqual({ region: ['africa'], status: ['active'], sort: null, page: 1 });
    expect(issues).toEqual([
      { param: 'region', value: 'Asia Oceania!' },
      { param: 'status', value: 'done' },
      { param: 'sort', value: 'price' },
      { param: 'page', value: '-3' },
    ]);
  });

  it('ignores empty values, as an untouched form sends them', () => {
    expect(parseProjectFilters({ sort: '', region: '' })).toEqual({
      filters: { region: [], status: [], sort: null, page: 1 }, issues: [],
    });
  });

  it('never throws and always yields well-formed filters, whatever the query string', () => {
    const value = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 4 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('region', 'status', 'sort', 'page', 'q', 'x'), value), (sp) => {
        const { filters } = parseProjectFilters(sp);
        expect(Number.isInteger(filters.page) && filters.page >= 1).toBe(true);
        for (const r of filters.region) expect(r).toMatch(/^[a-z0-9-]+$/);
      }),
    );
  });

  it('round-trips through the query string it produces', () => {
    const { filters } = parseProjectFilters({ region: 'africa', status: ['active', 'planned'], sort: 'title', page: '3' });
    expect(parseProjectFilters(projectFiltersToQuery(filters)).filters).toEqual(filters);
  });
});
