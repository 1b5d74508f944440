// The rendered pages one app process keeps, least recently used first out, bounded by what they really occupy.
// Pure bookkeeping: what may be cached and when an entry is still valid is decided by the caller
// (lib/page-cache/proxy).
//
// Where the memory goes: kept as JavaScript strings, pages lived in V8's heap, where every page kept for a while and
// then evicted became old-generation garbage; V8 lets that heap grow to several times what is live before collecting
// it, so a 64 MiB cache under a stream of distinct pages raised the resident set by about 250 MiB. One Buffer per page
// is no better (malloc keeps the freed holes). So bodies are copied, as UTF-8 without the placeholder nonce, into
// fixed blocks of an arena allocated once, outside the heap, and reused as pages come and go: the cache never occupies
// more than its budget, and the heap only holds a few hundred bytes of bookkeeping per page (counted too).
//
// Each page is also kept gzip-compressed (a sixth of its size or less), compressed once when kept: browsers ask for
// gzip, and compressing a page of 100 KB for every response would cost more of the thread than everything else a hit
// does. The nonce differs in every response, so the text between placeholders is compressed piece by piece and the
// nonce goes in between as a stored (uncompressed) deflate block; the CRC-32 of the whole is computed when served.
//
// The block links and span lists below are indexed by numbers the store itself wrote, always within the arrays'
// length; `!` says so where noUncheckedIndexedAccess cannot know it (a check per block would cost in the hot loops).
/* eslint-disable @typescript-eslint/no-non-null-assertion */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** A rendered page as the caller hands it to the store. */
export type CachedPage = {
  /** Content version (content_version.version) the page was rendered at. */
  version: string;
  renderedAt: number;
  /** The HTML, with the store's placeholder nonce wherever the response's own nonce must go. */
  body: string;
  headers: [string, string][];
};

/** A kept page as the store hands it out. */
export type StoredPage = {
  version: string;
  renderedAt: number;
  headers: [string, string][];
  /** The body as UTF-8 with `nonce` in place of the placeholder; call it before the store changes again. */
  body: (nonce: string) => Uint8Array<ArrayBuffer>;
  /** The same body gzip-compressed (compressed once, when kept); call it before the store changes again. */
  gzip: (nonce: string) => Uint8Array<ArrayBuffer>;
};

// Bytes kept in the arena with gaps where something is put back when read (the nonce, or a deflate block of it).
type Run = {
  /** First block in the arena (the next ones are chained in #next), -1 once the page is gone. */
  first: number;
  /** Bytes kept (without what goes in the gaps). */
  length: number;
  /** Where the gaps are, as offsets into those bytes (ascending). */
  gaps: number[];
};

type Entry = {
  version: string;
  renderedAt: number;
  headers: [string, string][];
  /** The body's UTF-8 without the placeholders, a gap where each was. */
  plain: Run;
  /** The body gzip-compressed as raw deflate blocks: the text between placeholders compressed on its own, a gap where
   * each placeholder was, to be filled with a stored (uncompressed) block holding the nonce. */
  deflated: Run;
  size: number;
};

// Bookkeeping per page in V8's heap, rounded up from what 100,000 pages add to the heap (Node.js 20, 64-bit): about
// 180 bytes for the entry, its Map slot and its arrays, 72 per header, 15 per nonce offset, 16 + 1 or 2 per character
// of each string (key, version, header names and values, each copied). A block also costs its link (4 bytes).
const ENTRY_BYTES = 192;
const HEADER_BYTES = 72;
const OFFSET_BYTES = 16;
const STRING_BYTES = 24;
const LINK_BYTES = 4;
// A page wastes half a block on average (about 1 % of a page of tens of KB); an arena segment is allocated when its
// first block is needed.
const BLOCK = 1024;
const SEGMENT_BYTES = 16 * 1024 * 1024;
// Bodies are encoded into one reused buffer up to this size, a buffer of their own above.
const SCRATCH_MAX = 1024 * 1024;
let scratch = Buffer.allocUnsafeSlow(64 * 1024);
// A gzip member's header: deflate, no flags, no time, unknown OS (RFC 1952); its trailer is the CRC-32 and length.
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const GZIP_TRAILER = 8;

// How long a kept page is served before it is rendered again even when no content changed: what a page computes
// from the clock (a centre's "open now", its notice of the day) is at most this old.
/** The maximum age of a kept public page, in milliseconds (one minute). */
export const PAGE_MAX_AGE_MS = 60_000;

export class PageStore {
  readonly #pages = new Map<string, Entry>();
  readonly #placeholder: Buffer;
  readonly #segmentBlocks: number;
  readonly #segments: Uint8Array[] = [];
  /** Next block of a page's body or of the free list, -1 at the end. */
  readonly #next: Int32Array;
  /** Freed blocks, last freed first: they are reused before any block never used is touched, so the arena's resident
   * size is the most the pages ever needed at once. */
  #free = -1;
  /** Blocks from here on were never used. */
  #fresh = 0;
  #bytes = 0;

  constructor(
    readonly maxBytes: number,
    readonly maxAgeMs: number,
    placeholder = '',
  ) {
    this.#placeholder = Buffer.from(placeholder);
    this.#segmentBlocks = SEGMENT_BYTES / BLOCK;
    this.#next = new Int32Array(Math.max(0, Math.floor(maxBytes / (BLOCK + LINK_BYTES))));
  }

  /** Whether a page rendered at this content version, not older than the maximum age, is kept (without reading it). */
  has(key: string, version: string, now = Date.now()): boolean {
    const entry = this.#pages.get(key);
    return entry !== undefined && entry.version === version && now - entry.renderedAt <= this.maxAgeMs;
  }

  /**
   * The page rendered at this content version and not older than the maximum age, if there is one. An outdated copy
   * stays (for `stale`) until the new render replaces it or it is evicted.
   */
  get(key: string, version: string, now = Date.now()): StoredPage | undefined {
    const entry = this.#pages.get(key);
    if (!entry) return undefined;
    if (entry.version !== version || now - entry.renderedAt > this.maxAgeMs) return undefined;
    // Map iteration follows insertion order: re-inserting marks it as the most recently used.
    this.#pages.delete(key);
    this.#pages.set(key, entry);
    return this.#view(entry);
  }

  /** The page kept under this key whatever its version and age: what can still be served while the database is out. */
  stale(key: string): StoredPage | undefined {
    const entry = this.#pages.get(key);
    return entry && this.#view(entry);
  }

  #view(entry: Entry): StoredPage {
    return {
      version: entry.version,
      renderedAt: entry.renderedAt,
      headers: entry.headers,
      body: (nonce) => this.#read(entry.plain, Buffer.from(nonce)),
      gzip: (nonce) => this.#gzip(entry, nonce),
    };
  }

  /** Keeps a page, evicting the least recently used ones until it fits; a page larger than the budget is not kept. */
  set(key: string, page: CachedPage): void {
    this.delete(key);
    const bytes = utf8(page.body);
    // The text between placeholders, and the same compressed: each piece on its own, ending byte-aligned (a sync
    // flush) so that a stored block can follow, the last one ending the deflate stream. Compressed once here, a page
    // then costs no compression when served, whatever its nonce.
    const parts: Uint8Array[] = [];
    const ph = this.#placeholder.length;
    let from = 0;
    if (ph > 0) {
      for (let at = bytes.indexOf(this.#placeholder); at >= 0; at = bytes.indexOf(this.#placeholder, from)) {
        parts.push(bytes.subarray(from, at));
        from = at + ph;
      }
    }
    parts.push(bytes.subarray(from));
    const deflatedParts = parts.map((part, i) =>
      deflateRawSync(part, i < parts.length - 1 ? { finishFlush: constants.Z_SYNC_FLUSH } : {}),
    );
    const plain = run(parts);
    const deflated = run(deflatedParts);
    const blocks = Math.ceil(plain.length / BLOCK) + Math.ceil(deflated.length / BLOCK);
    const headers = page.headers.map(([name, value]): [string, string] => [own(name), own(value)]);
    const ownKey = own(key);
    const size =
      blocks * (BLOCK + LINK_BYTES) +
      ENTRY_BYTES +
      2 * plain.gaps.length * OFFSET_BYTES +
      stringBytes(ownKey) +
      stringBytes(page.version) +
      headers.reduce((n, [name, value]) => n + HEADER_BYTES + stringBytes(name) + stringBytes(value), 0);
    if (size > this.maxBytes || blocks > this.#next.length) return;
    for (const [oldest] of this.#pages) {
      if (this.#bytes + size <= this.maxBytes) break;
      this.delete(oldest);
    }
    const entry: Entry = { version: own(page.version), renderedAt: page.renderedAt, headers, plain, deflated, size };
    for (const [into, from] of [
      [plain, parts],
      [deflated, deflatedParts],
    ] as const) {
      into.first = this.#take(Math.ceil(into.length / BLOCK));
      this.#write(into, from);
    }
    this.#pages.set(ownKey, entry);
    this.#bytes += size;
  }

  /** Forgets a page and frees its memory. */
  delete(key: string): void {
    const entry = this.#pages.get(key);
    if (!entry) return;
    this.#pages.delete(key);
    this.#bytes -= entry.size;
    for (const kept of [entry.plain, entry.deflated]) {
      if (kept.first >= 0) {
        let last = kept.first;
        while (this.#next[last]! >= 0) last = this.#next[last]!;
        this.#next[last] = this.#free;
        this.#free = kept.first;
      }
      kept.first = -1;
    }
  }

  /** How many pages are kept. */
  get size(): number {
    return this.#pages.size;
  }

  /** What the kept pages occupy: their blocks of the arena and their bookkeeping. */
  get bytes(): number {
    return this.#bytes;
  }

  // Takes `count` blocks (freed ones first), chained in the order taken, so that blocks never used and the chains of
  // evicted pages give runs of consecutive blocks; -1 for none. The caller has made sure there are enough (the budget
  // in bytes covers the blocks).
  #take(count: number): number {
    let first = -1;
    let last = -1;
    for (let k = 0; k < count; k++) {
      let block = this.#free;
      if (block >= 0) this.#free = this.#next[block]!;
      else block = this.#fresh++;
      if (last >= 0) this.#next[last] = block;
      else first = block;
      last = block;
    }
    if (last >= 0) this.#next[last] = -1;
    return first;
  }

  // The arena bytes of a body, as runs of consecutive blocks within one segment: segment index, start, length.
  #spans(first: number, length: number): number[] {
    const spans: number[] = [];
    const followed = (b: number) => this.#next[b] === b + 1 && (b + 1) % this.#segmentBlocks !== 0;
    for (let block = first, left = length; left > 0;) {
      let run = 1;
      while (run * BLOCK < left && followed(block + run - 1)) run++;
      const n = Math.min(left, run * BLOCK);
      spans.push(Math.floor(block / this.#segmentBlocks), (block % this.#segmentBlocks) * BLOCK, n);
      left -= n;
      block = this.#next[block + run - 1]!;
    }
    return spans;
  }

  #segment(index: number): Uint8Array {
    let segment = this.#segments[index];
    if (!segment) {
      const blocks = Math.min(this.#segmentBlocks, this.#next.length - index * this.#segmentBlocks);
      segment = this.#segments[index] = new Uint8Array(blocks * BLOCK);
    }
    return segment;
  }

  // Copies the parts, one after the other, into the run's blocks.
  #write(into: Run, parts: readonly Uint8Array[]): void {
    const spans = this.#spans(into.first, into.length);
    let p = 0; // the part being copied
    let done = 0; // of that part
    for (let s = 0; s < spans.length; s += 3) {
      const segment = this.#segment(spans[s]!);
      for (let at = spans[s + 1]!, end = at + spans[s + 2]!; at < end;) {
        while (done === parts[p]!.length) [p, done] = [p + 1, 0];
        const n = Math.min(end - at, parts[p]!.length - done);
        segment.set(parts[p]!.subarray(done, done + n), at);
        at += n;
        done += n;
      }
    }
  }

  // The page as gzip: header, the deflate blocks with a stored block of the nonce in each gap, CRC-32 and length of
  // the body with that nonce (computed over the kept bytes and the nonce, without assembling the body).
  #gzip(entry: Entry, nonce: string): Uint8Array<ArrayBuffer> {
    const text = Buffer.from(nonce);
    let crc = 0;
    this.#each(entry.plain, text, (bytes) => (crc = crc32(bytes, crc)));
    const length = entry.plain.length + entry.plain.gaps.length * text.length;
    const stored = Buffer.alloc(5 + text.length);
    // BFINAL 0, BTYPE 00 (stored), then LEN and its one's complement, little-endian (RFC 1951 §3.2.4).
    stored.writeUInt16LE(text.length, 1);
    stored.writeUInt16LE(~text.length & 0xffff, 3);
    text.copy(stored, 5);
    const out = this.#read(entry.deflated, stored, GZIP_HEADER.length, GZIP_TRAILER);
    GZIP_HEADER.copy(out, 0);
    out.writeUInt32LE(crc, out.length - GZIP_TRAILER);
    out.writeUInt32LE(length % 2 ** 32, out.length - 4);
    return out;
  }

  // The run's bytes with `insert` in every gap, after `head` bytes and before `tail` bytes left for the caller.
  #read(kept: Run, insert: Uint8Array, head = 0, tail = 0): Buffer<ArrayBuffer> {
    const out = Buffer.allocUnsafe(head + kept.length + kept.gaps.length * insert.length + tail);
    let written = head;
    this.#each(kept, insert, (bytes) => {
      out.set(bytes, written);
      written += bytes.length;
    });
    return out;
  }

  // Hands `visit` the run's bytes in order, span by span, with `insert` in every gap.
  #each(kept: Run, insert: Uint8Array, visit: (bytes: Uint8Array) => void): void {
    if (kept.first < 0 && kept.length > 0) throw new Error('page-store: the page was evicted before it was read');
    const { gaps } = kept;
    const spans = this.#spans(kept.first, kept.length);
    let at = 0;
    let k = 0;
    for (let s = 0; s < spans.length; s += 3) {
      const segment = this.#segment(spans[s]!);
      for (let from = spans[s + 1]!, end = from + spans[s + 2]!; from < end;) {
        for (; k < gaps.length && gaps[k] === at; k++) visit(insert);
        const n = Math.min(end - from, (k < gaps.length ? gaps[k]! : Infinity) - at);
        visit(segment.subarray(from, from + n));
        from += n;
        at += n;
      }
    }
    for (; k < gaps.length; k++) visit(insert);
  }
}

// A run for these parts, its gaps between them (its blocks are taken by the caller).
function run(parts: readonly Uint8Array[]): Run {
  const gaps: number[] = [];
  let length = 0;
  parts.forEach((part, i) => {
    length += part.length;
    if (i < parts.length - 1) gaps.push(length);
  });
  return { first: -1, length, gaps };
}

function stringBytes(text: string): number {
  return STRING_BYTES + 2 * text.length;
}

function utf8(text: string): Buffer {
  const length = Buffer.byteLength(text);
  if (length > SCRATCH_MAX) return Buffer.from(text);
  if (scratch.length < length) {
    scratch = Buffer.allocUnsafeSlow(Math.min(SCRATCH_MAX, Math.max(length, 2 * scratch.length)));
  }
  scratch.write(text);
  return scratch.subarray(0, length);
}

// A copy of a string that holds nothing else: a string cut from or joined to a larger one can keep all of it alive.
function own(text: string): string {
  return text.length === 0 ? '' : Buffer.from(text, 'utf16le').toString('utf16le');
}
