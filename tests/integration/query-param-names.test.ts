import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { CENTRE_API_PARAMS, CENTRE_FILTER_PARAMS } from '@/lib/validation/centre-filters';
import { PROJECT_API_PARAMS, PROJECT_DETAIL_PARAMS, PROJECT_FILTER_PARAMS } from '@/lib/validation/project-filters';
import { getList, getProject, type ListPath } from '@/tests/support/api-client';

// The API routes with query parameters NAMED like JavaScript object properties (`constructor`, `toString`,
// `__proto__`…) besides their own: such names are unknown parameters, ignored, so the answer is exactly the answer
// without them (api-params-property.test.ts fuzzes the values).

const PROTOTYPE_NAMES = [
  ...new Set([Object.prototype, Function.prototype, Array.prototype].flatMap((p) => Object.getOwnPropertyNames(p))),
];
const VALUE = fc.oneof(
  fc.constantFrom(
    '',
    'x',
    'active',
    'africa',
    'PH',
    '2',
    'title',
    'Pacific',
    'json',
    'csv',
    'fr',
    'resource_centre',
    'operational',
    'hotline',
  ),
  fc.string({ maxLength: 10 }),
);

const pairsOf = (known: string[]) =>
  fc.array(
    fc.tuple(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
        { weight: 2, arbitrary: fc.constantFrom(...known) },
        fc.string({ maxLength: 8 }),
      ),
      VALUE,
    ),
    { maxLength: 8 },
  );
const queryOf = (pairs: [string, string][]) => `?${new URLSearchParams(pairs)}`;

async function answer(res: Response) {
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

const LISTS: [ListPath, string[]][] = [
  ['/api/v1/projects', [...Object.keys(PROJECT_FILTER_PARAMS), ...Object.keys(PROJECT_API_PARAMS)]],
  ['/api/v1/resource-centres', [...Object.keys(CENTRE_FILTER_PARAMS), ...Object.keys(CENTRE_API_PARAMS)]],
];

describe('API parameters named like object properties (property-based)', () => {
  afterAll(async () => getDb().$disconnect());

  for (const [path, known] of LISTS) {
    it(`${path}: the answer is the answer without the unknown names, never a 500`, async () => {
      const hostile = '?constructor=x&toString=y&valueOf=v&hasOwnProperty=h&__proto__=z&__proto__=w';
      const res = await getList(path, hostile);
      expect(res.status, hostile).toBe(200);
      expect(await answer(res)).toEqual(await answer(await getList(path)));
      await fc.assert(
        fc.asyncProperty(pairsOf(known), async (pairs) => {
          const all = await answer(await getList(path, queryOf(pairs)));
          expect([200, 400], queryOf(pairs)).toContain(all.status);
          const knownOnly = queryOf(pairs.filter(([k]) => known.includes(k)));
          expect(all, queryOf(pairs)).toEqual(await answer(await getList(path, knownOnly)));
        }),
        { numRuns: 100 },
      );
    });
  }

  it('/api/v1/projects/{code}: likewise', async () => {
    const known = Object.keys(PROJECT_DETAIL_PARAMS);
    await fc.assert(
      fc.asyncProperty(pairsOf(known), async (pairs) => {
        const all = await answer(await getProject('PX.0220', queryOf(pairs)));
        expect([200, 400], queryOf(pairs)).toContain(all.status);
        expect(all).toEqual(
          await answer(await getProject('PX.0220', queryOf(pairs.filter(([k]) => known.includes(k))))),
        );
      }),
      { numRuns: 100 },
    );
  });
});
