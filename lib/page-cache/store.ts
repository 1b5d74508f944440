// The rendered pages one app process keeps, least recently used first out, bounded by their total size.
// Pure bookkeeping: what may be cached and when an entry is still valid is decided by the caller (lib/page-cache/proxy).

export type CachedPage = {
  /** Content version (content_version.version) the page was rendered at. */
  version: string;
  renderedAt: number;
  body: string;
  headers: [string, string][];
};

export class PageStore {
  readonly #pages = new Map<string, CachedPage>();
  #bytes = 0;

  constructor(
    readonly maxBytes: number,
    readonly maxAgeMs: number,
  ) {}

  /** The page rendered at this content version and not older than the maximum age, if there is one. */
  get(key: string, version: string, now = Date.now()): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (!page) return undefined;
    if (page.version !== version || now - page.renderedAt > this.maxAgeMs) {
      this.delete(key);
      return undefined;
    }
    // Map iteration follows insertion order: re-inserting marks it as the most recently used.
    this.#pages.delete(key);
    this.#pages.set(key, page);
    return page;
  }

  /** Keeps a page, evicting the least recently used ones until everything fits; a page larger than the budget is not kept. */
  set(key: string, page: CachedPage): void {
    this.delete(key);
    const size = sizeOf(key, page);
    if (size > this.maxBytes) return;
    for (const [oldest] of this.#pages) {
      if (this.#bytes + size <= this.maxBytes) break;
      this.delete(oldest);
    }
    this.#pages.set(key, page);
    this.#bytes += size;
  }

  delete(key: string): void {
    const page = this.#pages.get(key);
    if (!page) return;
    this.#pages.delete(key);
    this.#bytes -= sizeOf(key, page);
  }

  get size(): number {
    return this.#pages.size;
  }

  get bytes(): number {
    return this.#bytes;
  }
}

// JavaScript strings are UTF-16: two bytes per code unit is what they occupy in memory.
function sizeOf(key: string, page: CachedPage): number {
  return 2 * (key.length + page.body.length + page.headers.reduce((n, [k, v]) => n + k.length + v.length, 0)) + 64;
}
