import fc from 'fast-check';
import { searchParamsToUrlQuery } from 'next/dist/shared/lib/router/utils/querystring';
import { describe, expect, it } from 'vitest';
import { queryOfSearchParams } from '@/lib/i18n/query';
import { parseAdminCentreQuery, parseAdminProjectQuery } from '@/lib/validation/admin-list';
import { parseAuditFilters } from '@/lib/validation/audit-filters';
import { CENTRE_API_PARAMS, CENTRE_FILTER_PARAMS, parseCentreFilters } from '@/lib/validation/centre-filters';
import {
  hasEmptyValues,
  parseApiOptions,
  parseProjectFilters,
  PROJECT_API_PARAMS,
  PROJECT_FILTER_PARAMS,
  type SearchParams,
} from '@/lib/validation/project-filters';
import { pageSearchParams, searchParamsToObject } from '@/lib/validation/query-params';

// Query parameters NAMED like JavaScript object properties (`?constructor=x&toString=y&__proto__=z`). Next.js hands
// pages their searchParams as a plain object built by `searchParamsToUrlQuery`, where `constructor=x` reads as
// [Object, 'x'] and `__proto__=z` swaps the object's prototype for an array; every parser must read the known names
// of such an object exactly as a clean parse of the same query string would, and never throw.

const PROTOTYPE_NAMES = [
  ...new Set(
    [Object.prototype, Function.prototype, Array.prototype, String.prototype].flatMap((p) =>
      Object.getOwnPropertyNames(p),
    ),
  ),
];
const KNOWN = [
  ...new Set([
    ...Object.keys(PROJECT_FILTER_PARAMS),
    ...Object.keys(PROJECT_API_PARAMS),
    ...Object.keys(CENTRE_FILTER_PARAMS),
    ...Object.keys(CENTRE_API_PARAMS),
    'state',
    'review',
    'action',
    'changed',
    'bulk',
    'deleted',
  ]),
];
const VALUE = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'x',
    'active',
    'africa',
    'PH',
    'ph',
    '2',
    '2020',
    'title',
    '-updated',
    'published',
    'login',
    'Pacific',
    'resource_centre',
    'json',
    'fr',
  ),
  fc.string({ maxLength: 12 }),
);
const NAME = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN) },
  fc.string({ maxLength: 12 }),
);
const PAIRS = fc.array(fc.tuple(NAME, VALUE), { maxLength: 10 });
const HOSTILE: [string, string][][] = [
  [['constructor', 'x']],
  [['toString', 'y']],
  [['valueOf', 'v']],
  [['hasOwnProperty', 'h']],
  [['__proto__', 'z']],
  [
    ['constructor', 'x'],
    ['toString', 'y'],
    ['__proto__', 'z'],
    ['q', 'Pacific'],
    ['sort', 'title'],
  ],
  [
    ['__proto__', 'z'],
    ['__proto__', 'w'],
    ['sort', '-budget'],
    ['page', '2'],
    ['status', 'active'],
  ],
];

/** The searchParams object Next.js gives a page for this query string. */
const nextQuery = (pairs: [string, string][]) => searchParamsToUrlQuery(new URLSearchParams(pairs));
/** The same query string, known names only, in an object where nothing is inherited that matters. */
function knownOnly(pairs: [string, string][]): SearchParams {
  const out: Record<string, string[]> = {};
  for (const [k, v] of pairs) if (KNOWN.includes(k)) (out[k] ??= []).push(v);
  return out;
}

const PARSERS: [string, (sp: SearchParams) => unknown][] = [
  ['parseProjectFilters', parseProjectFilters],
  ['parseApiOptions', parseApiOptions],
  ['parseCentreFilters', parseCentreFilters],
  ['parseAdminProjectQuery', parseAdminProjectQuery],
  ['parseAdminCentreQuery', parseAdminCentreQuery],
  ['parseAuditFilters', parseAuditFilters],
];

describe('query parameters named like object properties', () => {
  for (const [name, parse] of PARSERS) {
    it(`${name} reads Next.js's searchParams object as a clean parse of the same query string`, () => {
      for (const pairs of HOSTILE) {
        expect(parse(nextQuery(pairs)), JSON.stringify(pairs)).toEqual(parse(knownOnly(pairs)));
      }
      fc.assert(
        fc.property(PAIRS, (pairs) => {
          const expected = parse(knownOnly(pairs));
          expect(parse(nextQuery(pairs))).toEqual(expected);
          expect(parse(pageSearchParams(nextQuery(pairs)))).toEqual(expected);
          expect(parse(searchParamsToObject(new URLSearchParams(pairs)))).toEqual(expected);
        }),
        { numRuns: 500 },
      );
    });
  }

  it('pageSearchParams rebuilds the object of Next.js without prototype: own names, string values, as sent', () => {
    const sp = pageSearchParams(
      nextQuery([
        ['constructor', 'x'],
        ['toString', 'y'],
        ['__proto__', 'z'],
        ['q', 'a'],
      ]),
    );
    expect(Object.getPrototypeOf(sp)).toBeNull();
    expect({ ...sp }).toEqual({ constructor: ['x'], toString: ['y'], q: 'a' });
    fc.assert(
      fc.property(PAIRS, (pairs) => {
        const rebuilt = pageSearchParams(nextQuery(pairs));
        expect(Object.getPrototypeOf(rebuilt)).toBeNull();
        // Next.js keeps no `__proto__` entry; after one, integer-like names read its array (`0`, `1`): not compared.
        const sent = pairs.filter(([k]) => k !== '__proto__' && !/^\d+$/.test(k));
        for (const [k] of sent) expect([rebuilt[k]].flat(), k).toEqual(sent.filter(([n]) => n === k).map(([, v]) => v));
        for (const value of Object.values(rebuilt)) for (const v of [value].flat()) expect(typeof v).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('searchParamsToObject (API routes, staff actions) keeps every name, even `__proto__`, without prototype', () => {
    fc.assert(
      fc.property(PAIRS, (pairs) => {
        const sp = searchParamsToObject(new URLSearchParams(pairs));
        expect(Object.getPrototypeOf(sp)).toBeNull();
        const names = [...new Set(pairs.map(([k]) => k))];
        expect(Object.keys(sp).sort()).toEqual(names.sort());
        for (const k of names) expect([sp[k]].flat(), k).toEqual(pairs.filter(([n]) => n === k).map(([, v]) => v));
      }),
      { numRuns: 500 },
    );
  });

  it('the project list sees empty values (a submitted form) whatever the other names', () => {
    expect(hasEmptyValues(nextQuery([['constructor', 'x']]))).toBe(false);
    expect(hasEmptyValues(nextQuery([['toString', '']]))).toBe(true);
    fc.assert(
      fc.property(PAIRS, (pairs) => {
        // Next.js drops `__proto__` (it becomes the prototype): its value cannot be seen.
        expect(hasEmptyValues(nextQuery(pairs))).toBe(pairs.some(([k, v]) => k !== '__proto__' && v.trim() === ''));
      }),
      { numRuns: 500 },
    );
  });

  it('the language switcher keeps every parameter of the query string, in a record without prototype', () => {
    const query = queryOfSearchParams(new URLSearchParams('constructor=x&toString=y&__proto__=z&q=a&q=b'));
    expect(Object.getPrototypeOf(query)).toBeNull();
    expect(Object.entries(query)).toEqual([
      ['constructor', ['x']],
      ['toString', ['y']],
      ['__proto__', ['z']],
      ['q', ['a', 'b']],
    ]);
    fc.assert(
      fc.property(PAIRS, (pairs) => {
        const record = queryOfSearchParams(new URLSearchParams(pairs));
        const expected = new Map<string, string[]>();
        for (const [k, v] of pairs) expected.set(k, [...(expected.get(k) ?? []), v]);
        // Objects list integer-like names first: the order of names may change, never the values of one name.
        const byName = (a: [string, string[]], b: [string, string[]]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
        expect(Object.entries(record).sort(byName)).toEqual([...expected].sort(byName));
        // As next-intl and Next.js serialise a link's query (Object.entries): the same parameters and values.
        const rebuilt = new URLSearchParams(Object.entries(record).flatMap(([k, vs]) => vs.map((v) => [k, v])));
        rebuilt.sort();
        const original = new URLSearchParams(pairs);
        original.sort();
        expect(rebuilt.toString()).toBe(original.toString());
      }),
      { numRuns: 500 },
    );
  });
});
