// Value comparison for idempotent writes: a seeded row is written only when one of its fields differs.
import { Prisma } from '@/lib/generated/prisma/client';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

// An object's keys that hold a value (a key set to undefined is absent, as in the stored JSON).
const keysOf = (o: Record<string, unknown>) =>
  Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();

/**
 * Whether a stored value equals the wanted one: decimals and dates by value (so "400000.00" equals 400000), lists
 * item by item in order (text[] columns), objects key by key in any order (jsonb columns, which keep no key order).
 */
function sameValue(stored: unknown, wanted: unknown): boolean {
  if (stored === null || wanted === null || stored === undefined || wanted === undefined)
    return (stored ?? null) === (wanted ?? null);
  if (Prisma.Decimal.isDecimal(stored)) return stored.equals(wanted as string | number | Prisma.Decimal);
  if (stored instanceof Date && wanted instanceof Date) return stored.getTime() === wanted.getTime();
  if (Array.isArray(stored) || Array.isArray(wanted))
    return (
      Array.isArray(stored) &&
      Array.isArray(wanted) &&
      stored.length === wanted.length &&
      stored.every((x, i) => sameValue(x, wanted[i]))
    );
  if (isObject(stored) && isObject(wanted)) {
    const keys = keysOf(stored);
    return sameList(keys, keysOf(wanted)) && keys.every((k) => sameValue(stored[k], wanted[k]));
  }
  return stored === wanted;
}

/** The names of the fields of `wanted` whose value differs from the same field of `stored`. */
export function changedFields(stored: object, wanted: object): string[] {
  const get = (o: object, k: string) => (o as Record<string, unknown>)[k];
  return Object.keys(wanted).filter((k) => !sameValue(get(stored, k), get(wanted, k)));
}

/** Whether two lists hold the same items in the same order. */
export function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Whether two lists hold the same items, in any order. */
export function sameSet(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  const sort = (xs: readonly (string | number)[]) => [...xs].map(String).sort();
  return sameList(sort(a), sort(b));
}

/** How many seeded rows were created and updated. */
export type Tally = { created: number; updated: number };
