import { modelColumns, type ContentModel } from '@/lib/content/field';
import type { FieldChange, Snapshot, SnapshotValue } from '@/lib/domain/diff';
import type { FormObject } from '@/lib/validation/form-data';

// After a conflict (someone saved the record while the form was open), the form must not silently undo their
// changes when saved again. Each field the other person changed is put in one of three states:
// - theirs: the form holds their value (the staff member had not changed that field, or took their value);
// - yours: both changed it and the form keeps the staff member's value; the form offers to take theirs;
// - info: not a form field (the publication state), shown for information.
// Pure: the failed save (lib/actions/content-form.ts) and the "take their value" button (lib/actions/record-form.ts)
// both call it with the record as stored now.

/** Where a field the other person changed stands in the form. */
export type ConflictState = 'theirs' | 'yours' | 'info';

/** One change of the other person, with where it stands in the form. */
export type ReconciledChange = FieldChange & { state: ConflictState };

/** A stored value as the form holds it (numbers as text, nothing as ''). */
function formValueOf(v: SnapshotValue | undefined): string | string[] {
  return Array.isArray(v) ? v : v === null || v === undefined ? '' : String(v);
}

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** Whether a form value says the same as a stored one (lists as sets: checkboxes come in the form's order). */
function same(form: string | string[] | undefined, stored: SnapshotValue | undefined): boolean {
  const s = formValueOf(stored);
  if (Array.isArray(s) || Array.isArray(form)) {
    const a = new Set(list(form));
    const b = new Set(list(s));
    return a.size === b.size && [...a].every((x) => b.has(x));
  }
  return (form ?? '').trim() === s.trim();
}

/**
 * The form values after a conflict and where each of the other person's changes stands. `changes` are theirs (value
 * at the version the form was edited from → value now), `current` the record as stored now, `values` what the form
 * sent; `take` names a field whose value now is to be taken into the form.
 */
export function reconcileConflict(
  model: ContentModel,
  changes: readonly FieldChange[],
  current: Snapshot,
  values: FormObject,
  take?: string,
): { values: FormObject; changes: ReconciledChange[] } {
  const columns = new Set(modelColumns(model));
  const out: FormObject = { ...values };
  if (take !== undefined && columns.has(take)) out[take] = formValueOf(current[take]);
  const reconciled = changes.map((c): ReconciledChange => {
    if (!columns.has(c.field)) return { ...c, state: 'info' };
    const form = Object.hasOwn(out, c.field) ? out[c.field] : undefined;
    if (same(form, c.after)) return { ...c, state: 'theirs' };
    // Not changed in this form: keep their change.
    if (same(form, c.before)) {
      out[c.field] = formValueOf(c.after);
      return { ...c, state: 'theirs' };
    }
    return { ...c, state: 'yours' };
  });
  return { values: out, changes: reconciled };
}
