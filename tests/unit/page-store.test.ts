import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageStore, type CachedPage } from '@/lib/page-cache/store';

const page = (version: string, body = 'x'.repeat(100), renderedAt = 1_000): CachedPage => ({
  version, renderedAt, body, headers: [['content-type', 'text/html; charset=utf-8']],
});

describe('the page store of the page cache', () => {
  it('returns a page only at the content version it was rendered at, and drops it otherwise', () => {
    const store = new PageStore(1_000_000, 60_000);
    store.set('/en/projects', page('7'));
    expect(store.get('/en/projects', '7', 2_000)?.body).toHaveLength(100);
    expect(store.get('/en/projects', '8', 2_000)).toBeUndefined();
    // A stale page is removed, not kept for later.
    expect(store.get('/en/projects', '7', 2_000)).toBeUndefined();
    expect(store.size).toBe(0);
    expect(store.bytes).toBe(0);
  });

  it('expires a page after the maximum age even when nothing changed', () => {
    const store = new PageStore(1_000_000, 60_000);
    store.set('/fr/projets', page('1', 'abc', 1_000));
    expect(store.get('/fr/projets', '1', 61_000)?.body).toBe('abc');
    expect(store.get('/fr/projets', '1', 61_001)).toBeUndefined();
  });

  it('evicts the least recently used pages to stay within its byte budget', () => {
    const one = new PageStore(1_000_000, 60_000);
    one.set('/a', page('1'));
    const each = one.bytes;
    const store = new PageStore(each * 2 + 10, 60_000);
    store.set('/a', page('1'));
    store.set('/b', page('1'));
    expect(store.get('/a', '1', 1_000)).toBeDefined(); // now /b is the least recently used
    store.set('/c', page('1'));
    expect(store.get('/b', '1', 1_000)).toBeUndefined();
    expect(store.get('/a', '1', 1_000)).toBeDefined();
    expect(store.get('/c', '1', 1_000)).toBeDefined();
    expect(store.bytes).toBe(each * 2);
  });

  it('does not keep a page larger than the whole budget, and replacing a page does not count it twice', () => {
    const store = new PageStore(500, 60_000);
    store.set('/big', page('1', 'x'.repeat(1_000)));
    expect(store.size).toBe(0);
    store.set('/small', page('1', 'a'));
    const bytes = store.bytes;
    store.set('/small', page('2', 'b'));
    expect(store.bytes).toBe(bytes);
    expect(store.get('/small', '2', 1_000)?.body).toBe('b');
  });

  it('never exceeds its budget and its byte count always matches what it holds, whatever the operations', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom('/a', '/b', '/c', '/d', '/e'), size: fc.nat(400), version: fc.constantFrom('1', '2') }),
      fc.record({ kind: fc.constant('get' as const), key: fc.constantFrom('/a', '/b', '/c', '/d', '/e'), version: fc.constantFrom('1', '2') }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
      const store = new PageStore(2_000, 60_000);
      for (const o of ops) {
        if (o.kind === 'set') store.set(o.key, page(o.version, 'x'.repeat(o.size)));
        else store.get(o.key, o.version, 1_000);
        expect(store.bytes).toBeLessThanOrEqual(2_000);
      }
      // Removing everything brings the count back to zero: no size was lost or counted twice.
      for (const key of ['/a', '/b', '/c', '/d', '/e']) store.delete(key);
      expect(store.bytes).toBe(0);
      expect(store.size).toBe(0);
    }));
  });
});
