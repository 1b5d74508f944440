import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asSnapshot, diffSnapshots, listDelta, type Snapshot } from '@/lib/domain/diff';

describe('field-level diff', () => {
  it('lists only changed fields, in the given order, with before and after', () => {
    const before: Snapshot = { titleEn: 'A', titleFr: 'Ancien', countries: ['FJ', 'TO'], budgetUsd: '1.00' };
    const after: Snapshot = { titleEn: 'A', titleFr: 'Nouveau', countries: ['FJ', 'TO', 'VU'], budgetUsd: '1.00' };
    expect(diffSnapshots(before, after, ['titleFr', 'titleEn', 'countries', 'budgetUsd'])).toEqual([
      { field: 'titleFr', before: 'Ancien', after: 'Nouveau' },
      { field: 'countries', before: ['FJ', 'TO'], after: ['FJ', 'TO', 'VU'] },
    ]);
  });

  it('treats a missing field as null and a creation as a change of every set field', () => {
    expect(diffSnapshots({ a: null }, {})).toEqual([]);
    expect(diffSnapshots(null, { a: 'x', b: null })).toEqual([{ field: 'a', before: null, after: 'x' }]);
    expect(diffSnapshots({ n: 1 }, { n: '1' })).toHaveLength(1);
  });

  it('reports added and removed list items', () => {
    expect(listDelta(['FJ', 'TO'], ['TO', 'VU'])).toEqual({ added: ['VU'], removed: ['FJ'] });
    expect(listDelta(null, ['X'])).toEqual({ added: ['X'], removed: [] });
  });

  it('narrows stored JSON to a snapshot', () => {
    expect(asSnapshot([1])).toBeNull();
    expect(asSnapshot('x')).toBeNull();
    expect(asSnapshot({ a: 1, b: { c: 1 }, d: [1, 'x'] })).toEqual({ a: 1, d: ['1', 'x'] });
  });

  it('property: no diff with itself; diff is symmetric in its fields; applying after-values yields after', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
    const snap = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), value);
    fc.assert(
      fc.property(snap, snap, (x, y) => {
        expect(diffSnapshots(x, x)).toEqual([]);
        const xy = diffSnapshots(x, y)
          .map((c) => c.field)
          .sort();
        expect(
          diffSnapshots(y, x)
            .map((c) => c.field)
            .sort(),
        ).toEqual(xy);
        const patched: Snapshot = { ...x };
        for (const c of diffSnapshots(x, y)) patched[c.field] = c.after;
        expect(diffSnapshots(patched, y)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
