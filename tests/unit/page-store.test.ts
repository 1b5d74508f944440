import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageStore, type CachedPage, type StoredPage } from '@/lib/page-cache/store';

const page = (version: string, body = 'x'.repeat(100), renderedAt = 1_000): CachedPage => ({
  version,
  renderedAt,
  body,
  headers: [['content-type', 'text/html; charset=utf-8']],
});
// The body a stored page is served with (the store keeps UTF-8 bytes).
const text = (stored: StoredPage | undefined, nonce = 'n') =>
  stored ? new TextDecoder().decode(stored.body(nonce)) : undefined;

describe('the page store of the page cache', () => {
  it('returns a page only at the content version it was rendered at, keeping the outdated copy until replaced', () => {
    const store = new PageStore(1_000_000, 60_000);
    store.set('/en/projects', page('7'));
    expect(text(store.get('/en/projects', '7', 2_000))).toHaveLength(100);
    expect(store.get('/en/projects', '8', 2_000)).toBeUndefined();
    // The outdated copy is what requests get while the page is rendered again (lib/page-cache/proxy.ts), never as
    // a page of the newer version; the new render replaces it.
    expect(store.stale('/en/projects')?.version).toBe('7');
    expect(store.size).toBe(1);
    store.set('/en/projects', page('8'));
    expect(store.get('/en/projects', '8', 2_000)?.version).toBe('8');
    expect(store.size).toBe(1);
  });

  it('says whether a fresh page is kept for a version, as get would, without reading or dropping it', () => {
    const store = new PageStore(1_000_000, 60_000);
    store.set('/en/projects/PX.0220', page('7', 'abc', 1_000));
    expect(store.has('/en/projects/PX.0220', '7', 61_000)).toBe(true);
    expect(store.has('/en/projects/PX.0220', '7', 61_001)).toBe(false);
    expect(store.has('/en/projects/PX.0220', '8', 2_000)).toBe(false);
    expect(store.has('/en/projects/XX.0000', '7', 2_000)).toBe(false);
    expect(store.size).toBe(1);
  });

  it('still gives the last copy of a page, whatever its version and age, for a database outage', () => {
    const store = new PageStore(1_000_000, 60_000);
    store.set('/en/projects', page('7', 'old copy', 1_000));
    expect(text(store.stale('/en/projects'))).toBe('old copy');
    expect(store.stale('/en/projects')?.version).toBe('7');
    expect(store.size).toBe(1);
    expect(store.stale('/en/regions')).toBeUndefined();
  });

  it('expires a page after the maximum age even when nothing changed', () => {
    const store = new PageStore(1_000_000, 60_000);
    store.set('/fr/projets', page('1', 'abc', 1_000));
    expect(text(store.get('/fr/projets', '1', 61_000))).toBe('abc');
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
    const store = new PageStore(5_000, 60_000);
    store.set('/big', page('1', 'x'.repeat(10_000)));
    expect(store.size).toBe(0);
    store.set('/small', page('1', 'a'));
    const bytes = store.bytes;
    store.set('/small', page('2', 'b'));
    expect(store.bytes).toBe(bytes);
    expect(text(store.get('/small', '2', 1_000))).toBe('b');
  });

  it('never exceeds its budget and its byte count always matches what it holds, whatever the operations', () => {
    const key = fc.constantFrom('/a', '/b', '/c', '/d', '/e');
    const version = fc.constantFrom('1', '2');
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key, size: fc.nat(3_000), version }),
      fc.record({ kind: fc.constant('get' as const), key, version }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const store = new PageStore(6_000, 60_000);
        for (const o of ops) {
          if (o.kind === 'set') store.set(o.key, page(o.version, 'x'.repeat(o.size)));
          else store.get(o.key, o.version, 1_000);
          expect(store.bytes).toBeLessThanOrEqual(6_000);
        }
        // Removing everything brings the count back to zero: no size was lost or counted twice.
        for (const key of ['/a', '/b', '/c', '/d', '/e']) store.delete(key);
        expect(store.bytes).toBe(0);
        expect(store.size).toBe(0);
      }),
    );
  });

  it(
    'serves a page, plain and gzip, with its nonce in place of the placeholder, whatever the text',
    { timeout: 60_000 },
    () => {
      const placeholder = 'cGxhY2Vob2xkZXI=';
      const part = fc.oneof(
        fc.constant(placeholder),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.tuple(fc.constantFrom('x', 'é', '’', '😀', '<p>'), fc.nat(3_000)).map(([s, n]) => s.repeat(n)),
      );
      const nonces = fc.constantFrom('', 'AAAAAAAAAAAAAAAAAAAAAA==', 'é');
      fc.assert(
        fc.property(fc.array(part, { maxLength: 12 }), nonces, (parts, nonce) => {
          const body = parts.join('');
          const store = new PageStore(4_000_000, 60_000, placeholder);
          store.set('/p', page('1', 'filler'.repeat(200)));
          store.set('/q', page('1', body));
          store.delete('/p'); // its blocks are reused by the next page
          store.set('/r', page('1', `${body}${placeholder}`));
          const expected = new TextEncoder().encode(body.replaceAll(placeholder, nonce));
          expect(Buffer.from(store.get('/q', '1', 1_000)!.body(nonce)).equals(expected)).toBe(true);
          expect(text(store.get('/r', '1', 1_000), nonce)).toBe(new TextDecoder().decode(expected) + nonce);
          // The copy compressed once, with the nonce put in as a stored block: a valid gzip member (its CRC and
          // length checked by gunzip) of the same bytes.
          expect(gunzipSync(store.get('/q', '1', 1_000)!.gzip(nonce)).equals(expected)).toBe(true);
          expect(gunzipSync(store.get('/r', '1', 1_000)!.gzip(nonce)).toString()).toBe(
            `${Buffer.from(expected).toString()}${nonce}`,
          );
        }),
        { numRuns: 100 },
      );
    },
  );

  it('counts a page by its UTF-8 bytes, not by two bytes a character, and evicts rather than read a freed page', () => {
    const store = new PageStore(1_000_000, 60_000, 'PH');
    store.set('/en', page('1', 'a'.repeat(40_000)));
    const ascii = store.bytes;
    expect(ascii).toBeGreaterThanOrEqual(40_000);
    // Its compressed copy (a few hundred bytes here) takes blocks of its own.
    expect(ascii).toBeLessThan(40_000 + 2 * (1_024 + 4) + 1_000);
    const stale = store.get('/en', '1', 1_000)!;
    store.delete('/en');
    expect(() => stale.body('n')).toThrow(/evicted/);
    // The placeholders are not kept: only where they were.
    store.set('/fr', page('1', 'PH'.repeat(1_000)));
    expect(text(store.get('/fr', '1', 1_000), 'nonce')).toBe('nonce'.repeat(1_000));
  });

  it('keeps large bodies apart from the strings they were cut from', () => {
    const big = 'y'.repeat(200_000);
    const store = new PageStore(1_000_000, 60_000);
    store.set(big.slice(0, 20), page('1', big.slice(1_000, 1_100)));
    expect(store.bytes).toBeLessThan(10_000);
    expect(text(store.get('y'.repeat(20), '1', 1_000))).toBe('y'.repeat(100));
  });
});
