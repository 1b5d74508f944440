// What the project and centre form actions return to the form (kept by useActionState between submissions).
export type FormValues = Record<string, string | string[]>;

export type ConflictInfo = { currentVersion: number; changes: { field: string; before: string; after: string }[] };

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

const keys = new WeakMap<object, number>();
let nextKey = 0;

/** A key that changes with every action result, so the form remounts and shows the returned values (React resets
 * uncontrolled fields after an action, and a <select> would otherwise fall back to its first option). */
export function resultKey(state: object): number {
  let k = keys.get(state);
  if (k === undefined) {
    nextKey += 1;
    k = nextKey;
    keys.set(state, k);
  }
  return k;
}
