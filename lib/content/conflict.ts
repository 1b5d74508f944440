import { modelColumns, type ContentModel } from '@/lib/content/field';
import { fieldsByColumn, formValue, sameValue } from '@/lib/content/form-values';
import type { FieldChange, Snapshot } from '@/lib/domain/diff';
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
  baseKnown = true,
): { values: FormObject; changes: ReconciledChange[] } {
  const columns = new Set(modelColumns(model));
  const fields = fieldsByColumn(model);
  const formValueOf = (field: string, v: Snapshot[string] | undefined) => formValue(fields.get(field), v);
  const same = (field: string, form: string | string[] | undefined, v: Snapshot[string] | undefined) =>
    sameValue(fields.get(field), form, v);
  const out: FormObject = { ...values };
  if (take !== undefined && columns.has(take)) out[take] = formValueOf(take, current[take]);
  const reconciled = changes.map((c): ReconciledChange => {
    if (!columns.has(c.field)) return { ...c, state: 'info' };
    const form = Object.hasOwn(out, c.field) ? out[c.field] : undefined;
    if (same(c.field, form, c.after)) return { ...c, state: 'theirs' };
    // Not changed in this form: keep their change. Without the record as the form first showed it (no revision of
    // that version: records older than the history), `before` is only the input, so nothing is taken for unchanged.
    if (baseKnown && same(c.field, form, c.before)) {
      out[c.field] = formValueOf(c.field, c.after);
      return { ...c, state: 'theirs' };
    }
    return { ...c, state: 'yours' };
  });
  return { values: out, changes: reconciled };
}
