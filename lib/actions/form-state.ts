import type { ConflictState } from '@/lib/content/conflict';

// The result every admin server action returns (and useActionState keeps between submissions).
export type ActionResult<Values extends Record<string, string> = Record<string, string>> =
  | { ok: true; message?: string; values?: Partial<Values> }
  | {
      ok: false;
      fieldErrors?: Partial<Record<keyof Values & string, string>>;
      formError?: string;
      values?: Partial<Values>;
    };

/**
 * The form an action was posted, or an empty one: a direct post may send anything as the argument, and an action
 * must answer it as an incomplete form (its localised refusal), never fail on it.
 */
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** Reads string fields of a form (non-strings and missing fields become ''), capped to avoid huge echoes. */
export function readFields<K extends string>(formData: FormData, keys: readonly K[], max = 10_000): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) {
    const value = formData.get(key);
    out[key] = typeof value === 'string' ? value.slice(0, max) : '';
  }
  return out;
}

// What the record form actions return to the form (kept by useActionState between submissions).
export type FormValues = Record<string, string | string[]>;

export type ConflictInfo = {
  currentVersion: number;
  /** The version the form was edited from, when the form can take the other person's values (staff record forms). */
  baseVersion?: number;
  /** Their changes; `state` (lib/content/conflict.ts): whether the form holds their value or keeps one's own. */
  changes: { field: string; before: string; after: string; state?: ConflictState }[];
};

export type ContentFormState =
  | { ok: true; message?: string }
  | {
      ok: false;
      fieldErrors?: Record<string, string>;
      formError?: string;
      values?: FormValues;
      conflict?: ConflictInfo;
    };

export type Option = { value: string; label: string };
