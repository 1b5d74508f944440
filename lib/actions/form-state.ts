// The result every admin server action returns (and useActionState keeps between submissions).
export type ActionResult<Values extends Record<string, string> = Record<string, string>> =
  | { ok: true; message?: string; values?: Partial<Values> }
  | {
      ok: false;
      fieldErrors?: Partial<Record<keyof Values & string, string>>;
      formError?: string;
      values?: Partial<Values>;
    };

/** Reads string fields of a form (non-strings and missing fields become ''), capped to avoid huge echoes. */
export function readFields<K extends string>(formData: FormData, keys: readonly K[], max = 10_000): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) {
    const value = formData.get(key);
    out[key] = typeof value === 'string' ? value.slice(0, max) : '';
  }
  return out;
}
