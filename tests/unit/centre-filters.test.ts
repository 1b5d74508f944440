import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CentreKind, CentreStatus } from '@/lib/generated/prisma/enums';
import { CENTRE_KINDS, CENTRE_STATUSES } from '@/lib/content/centre';
import { CENTRES_PAGE_SIZE, centreFiltersToQuery, parseCentreFilters } from '@/lib/validation/centre-filters';

describe('centre filters', () => {
  it('use the values of the Prisma enums', () => {
    expect([...CENTRE_KINDS]).toEqual(Object.values(CentreKind));
    expect([...CENTRE_STATUSES]).toEqual(Object.values(CentreStatus));
  });

  it('parse repeated values, normalise case and drop duplicates', () => {
    const { filters, issues } = parseCentreFilters({
      country: ['ph', 'PH', 'sv'],
      service: ['hotline', 'hotline'],
      language: 'ES',
      q: '  la   unión ',
    });
    expect(issues).toEqual([]);
    expect(filters).toEqual({
      q: 'la unión',
      country: ['PH', 'SV'],
      service: ['hotline'],
      kind: [],
      status: [],
      language: ['es'],
      page: 1,
      pageSize: CENTRES_PAGE_SIZE,
    });
  });

  it('report every malformed value instead of throwing', () => {
    const { filters, issues } = parseCentreFilters({
      country: 'Philippines',
      kind: 'castle',
      page: 'two',
      pageSize: '0',
      q: 'x'.repeat(201),
    });
    expect(issues.map((i) => i.param)).toEqual(['q', 'country', 'kind', 'page', 'pageSize']);
    expect(filters).toMatchObject({ q: null, country: [], kind: [], page: 1, pageSize: CENTRES_PAGE_SIZE });
  });

  it('round-trip through the query string', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('q', 'country', 'service', 'kind', 'status', 'language', 'page'),
          fc.oneof(fc.string(), fc.array(fc.string())),
        ),
        (query) => {
          const { filters } = parseCentreFilters(query);
          expect(parseCentreFilters(centreFiltersToQuery(filters)).filters).toEqual(filters);
        },
      ),
    );
  });

  it('read control characters in a search as spaces, and a search of nothing else as none', () => {
    expect(parseCentreFilters({ q: 'la\u0000uni\u00f3n\u0007 ' }).filters.q).toBe('la uni\u00f3n');
    expect(parseCentreFilters({ q: '\u0000\u001f' }).filters.q).toBeNull();
  });
});
