import { z } from 'zod';
import { hasControlCharacters } from '@/lib/control-characters';

// Field builders shared by the project and centre schemas. Forms send strings; absent or blank means "none".
const blank = (v: unknown) => (v === undefined || v === null ? '' : v);

/** Optional free text, trimmed; blank becomes null; C0 controls other than tab and line breaks are refused. */
export function optionalText(max: number) {
  return z
    .preprocess(blank, z.string().trim().max(max))
    .refine((v) => !hasControlCharacters(v), 'controlCharacters')
    .transform((v) => (v === '' ? null : v));
}

/** Required value from a fixed list. */
export function choice<T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    blank,
    z
      .string()
      .trim()
      .min(1, 'required')
      .pipe(z.enum(values, { error: 'invalidChoice' })),
  );
}

/** Optional four-digit year between 1900 and 2100. */
export const optionalYear = z
  .preprocess(
    (v) => (typeof v === 'number' ? String(v) : blank(v)),
    z
      .string()
      .trim()
      .refine((v) => v === '' || (/^\d{4}$/.test(v) && +v >= 1900 && +v <= 2100), 'year'),
  )
  .transform((v) => (v === '' ? null : Number(v)));

/** Optional http(s) URL. */
export const optionalUrl = z
  .preprocess(blank, z.string().trim().max(2000))
  .refine((v) => !hasControlCharacters(v), { error: 'controlCharacters', abort: true })
  .refine((v) => v === '' || isHttpUrl(v), 'url')
  .transform((v) => (v === '' ? null : v));

function isHttpUrl(v: string): boolean {
  if (/\s/.test(v)) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/** A list of values (repeated form fields); each item is normalised then checked; duplicates are refused. */
export function list(item: z.ZodType<string>, max: number, key: 'duplicate' = 'duplicate') {
  return z
    .preprocess(
      (v) => (v === undefined || v === null ? [] : typeof v === 'string' ? (v.trim() === '' ? [] : [v]) : v),
      z.array(item).max(max),
    )
    .refine((arr) => new Set(arr).size === arr.length, key);
}

/** The optimistic-lock version the form was loaded with. */
export const versionField = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : v),
  z.number({ error: 'version' }).int('version').min(1, 'version').max(2_000_000_000, 'version'),
);

/** Publication intent of the submit button: keep as draft or publish. */
export const intentField = z.preprocess(blank, z.enum(['draft', 'publish'], { error: 'invalidChoice' }));
