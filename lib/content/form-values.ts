import { columnsOf, type ContentModel, type Field } from '@/lib/content/field';
import { fieldValidator } from '@/lib/content/schema';
import type { Snapshot, SnapshotValue } from '@/lib/domain/diff';
import type { FormObject } from '@/lib/validation/form-data';

// Stored values as the staff form shows them, written the way its hints say people type them ("100000", "6.9631"),
// and the comparison of what a form holds with what is stored (by the field's own normalisation, so "100 000" is the
// stored "100000.00").

/** A stored value as the form shows it: amounts without ".00", coordinates without trailing zeros, nothing as ''. */
export function formValue(field: Field | undefined, v: SnapshotValue | undefined): string | string[] {
  if (Array.isArray(v)) return v;
  if (v === null || v === undefined) return '';
  const s = String(v);
  if (field?.type === 'money') return s.replace(/\.00$/, '');
  // Six stored decimals at most: a JavaScript number writes them back without the trailing zeros.
  if (field?.type === 'coordinate') return String(Number(s));
  return s;
}

/** Each stored name of a model with its field. */
export function fieldsByColumn(model: ContentModel): Map<string, Field> {
  const out = new Map<string, Field>();
  for (const [name, field] of Object.entries(model.fields)) for (const c of columnsOf(name, field)) out.set(c, field);
  return out;
}

/** The form values of a stored record. */
export function recordFormValues(model: ContentModel, snapshot: Snapshot): FormObject {
  const fields = fieldsByColumn(model);
  const out: FormObject = {};
  for (const [k, v] of Object.entries(snapshot)) out[k] = formValue(fields.get(k), v);
  return out;
}

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** Whether a form value says the same as a stored one: read as the field reads it; lists as sets. */
export function sameValue(
  field: Field | undefined,
  form: string | string[] | undefined,
  stored: SnapshotValue | undefined,
) {
  if (Array.isArray(stored) || Array.isArray(form)) {
    const a = new Set(list(form));
    const b = new Set(list(Array.isArray(stored) ? stored : stored ? [String(stored)] : []));
    return a.size === b.size && [...a].every((x) => b.has(x));
  }
  const s = stored === null || stored === undefined ? '' : String(stored);
  if (field && field.type !== 'links') {
    const parsed = fieldValidator(field).safeParse(form ?? '');
    const data: unknown = parsed.success ? parsed.data : undefined;
    if (data === null) return s === '';
    if (typeof data === 'string' || typeof data === 'number') return String(data) === s;
  }
  return (form ?? '').trim() === s.trim();
}
