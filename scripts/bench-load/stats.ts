// Figures of measured durations as bench:load prints them.

export type Summary = { count: number; p50: number; p95: number; p99: number; max: number };

/** Nearest-rank percentiles and the maximum of durations in milliseconds (NaN when there are none). */
export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN };
}

/** A duration for the tables: whole milliseconds with thousands separators, "–" when there is none. */
export function ms(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value).toLocaleString('en')} ms` : '–';
}

/** "p50 / p95 / p99" of a summary, for a table cell. */
export function percentiles(s: Summary): string {
  return `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`;
}
