import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { CENTRE_API_PARAMS, CENTRE_FILTER_PARAMS } from '@/lib/validation/centre-filters';
import { PROJECT_API_PARAMS, PROJECT_FILTER_PARAMS } from '@/lib/validation/project-filters';
import { getCentre, getList, getProject, type ListPath } from '@/tests/support/api-client';

// Values that are valid somewhere, near misses and junk: each parameter gets any of them.
const VALUE = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'active',
      'completed',
      'asia-oceania',
      'PH',
      'sn',
      'xx',
      'hotline',
      'resource_centre',
      'operational',
      'json',
      'csv',
      'iati',
      'hsds',
      'fr',
      'en',
      '1',
      '2',
      '0',
      '-1',
      '100',
      '101',
      '1e3',
      '0x10',
      '2020',
      '99999999999999',
      '12.345',
      '500.5',
      'budget',
      '-end',
      '2024-01-01T00:00:00Z',
      '2024-02-30T00:00:00Z',
      'NaN',
      'null',
      '[]',
      '%',
      '%%',
      '%E0%A4%A',
      '\u0000',
      'a\u0000b',
      '\uFFFF',
      '\uD800',
      "'; DROP TABLE project; --",
      'la unión',
      'x'.repeat(250),
    ),
  },
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer().map(String),
);
const paramsOf = (...tables: object[]) => tables.flatMap((t) => Object.keys(t));
const query = (names: string[]) =>
  fc
    .array(
      fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, fc.string({ maxLength: 10 })), VALUE),
      { maxLength: 8 },
    )
    .map((pairs) => {
      const sp = new URLSearchParams();
      for (const [k, v] of pairs) sp.append(k, v);
      return `?${sp}`;
    });
// Raw query strings too: broken percent-encoding, stray separators, unicode.
const rawQuery = fc
  .string({
    unit: fc.constantFrom('a', '=', '&', '%', 'E', '0', 'status', 'page', '+', ';', 'é', '?', '#'),
    maxLength: 30,
  })
  .map((s) => `?${s.replace(/#/g, '%23')}`);

async function expectSafe(res: Response, label: string) {
  expect([200, 400], label).toContain(res.status);
  expect(res.headers.get('access-control-allow-origin'), label).toBe('*');
  const type = res.headers.get('content-type') ?? '';
  if (res.status === 400) {
    expect(type, label).toMatch(/^application\/json/);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code, label).toBe('invalid_parameter');
    expect(typeof body.error.message, label).toBe('string');
  } else {
    await res.arrayBuffer();
  }
}

const LISTS: [ListPath, string[]][] = [
  ['/api/v1/projects', paramsOf(PROJECT_FILTER_PARAMS, PROJECT_API_PARAMS)],
  ['/api/v1/resource-centres', paramsOf(CENTRE_FILTER_PARAMS, CENTRE_API_PARAMS)],
];

describe('API parameters (property-based)', () => {
  afterAll(async () => getDb().$disconnect());

  for (const [path, names] of LISTS) {
    it(`${path}: any query string gives 200 or a JSON 400, never a 500`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(query(names), rawQuery), async (q) => {
          await expectSafe(await getList(path, q), `${path}${q}`);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('free-text search: any text of any code points is answered (200), even control characters and lone surrogates', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({
        unit: fc.constantFrom('a', 'é', ' ', '\u0000', '\uD800', '&', ':', '*', '!', '(', "'"),
        maxLength: 12,
      }),
    );
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom(...LISTS.map(([p]) => p)), async (q, path) => {
        const res = await getList(path, `?${new URLSearchParams({ q })}`);
        expect(res.status, `${path} q=${JSON.stringify(q)}`).toBe(200);
        await res.arrayBuffer();
      }),
      { numRuns: 100 },
    );
  });

  it('detail endpoints: any path segment and query give 200, a JSON 400 or a JSON 404', async () => {
    const segment = fc.oneof(
      fc.constantFrom('PX.0220', 'px.0220', 'pohnpei-migrant-resource-centre', '%E0%A4%A', '..%2F..', '%'),
      fc.string({ maxLength: 30 }).map(encodeURIComponent),
      fc.string({ maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(segment, query(['format', 'lang']), async (s, q) => {
        for (const res of [await getProject(s, q), await getCentre(s)]) {
          expect([200, 400, 404], `${s} ${q}`).toContain(res.status);
          if (res.status !== 200)
            expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(
              /^(invalid_parameter|not_found)$/,
            );
          else await res.arrayBuffer();
        }
      }),
      { numRuns: 100 },
    );
  });
});
