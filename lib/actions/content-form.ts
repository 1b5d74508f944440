import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { WriteResult } from '@/lib/data/admin-support';
import { recordDisplayTables } from '@/lib/admin/record-labels';
import { reconcileConflict } from '@/lib/content/conflict';
import { displayValue } from '@/lib/content/display';
import { CONTENT_MODELS, type RecordKind } from '@/lib/content/models';
import type { FieldChange, Snapshot, SnapshotValue } from '@/lib/domain/diff';
import { localeOr, type AppLocale } from '@/lib/i18n/routing';
import type { FieldErrors } from '@/lib/validation/form-errors';
import type { FormObject } from '@/lib/validation/form-data';
import type { ContentFormState } from '@/lib/actions/form-state';

// Shared plumbing of the project and centre form actions: locale, localised field errors, conflict display.
/** The locale posted by the form (hidden field), else the default one. */
export function formLocale(formData: FormData): AppLocale {
  return localeOr(formData.get('locale'));
}

/** Field errors (keys of the `validation` namespace) as localised text, one message per field. */
export async function localiseFieldErrors(locale: AppLocale, errors: FieldErrors): Promise<Record<string, string>> {
  const t = await getTranslations({ locale, namespace: 'validation' });
  const out: Record<string, string> = {};
  for (const [field, list] of Object.entries(errors)) {
    const first = list[0];
    if (first) out[field] = t(first.key, first.values ?? {});
  }
  return out;
}

function display(v: SnapshotValue): string {
  if (v === null || v === '') return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/** What a conflict is reconciled against: the record kind, and the version the form was edited from. */
type ConflictContext = { kind: RecordKind; baseVersion: number };

/** A conflict as the staff record form shows it: the other person's changes, labelled (references by their names),
 * each saying whether the form now holds their value or keeps the staff member's (who may take theirs:
 * lib/content/conflict.ts). `take` names a field whose stored value is to be taken into the form. */
export async function conflictState(
  locale: AppLocale,
  context: ConflictContext & { currentVersion: number; current: Snapshot; changes: FieldChange[]; baseKnown: boolean },
  values: FormObject,
  take?: string,
): Promise<ContentFormState> {
  const model = CONTENT_MODELS[context.kind];
  const merged = reconcileConflict(model, context.changes, context.current, values, take, context.baseKnown);
  const [t, fields, tables] = await Promise.all([
    getTranslations({ locale, namespace: 'adminForm' }),
    getTranslations({ locale, namespace: 'adminForm.fields' }),
    recordDisplayTables(context.kind, locale),
  ]);
  const taken = take !== undefined && fields.has(take as 'code') ? fields(take as 'code') : undefined;
  return {
    ok: false,
    values: merged.values,
    formError: taken ? t('conflictTaken', { field: taken }) : t('conflictTitle'),
    conflict: {
      currentVersion: context.currentVersion,
      baseVersion: context.baseVersion,
      changes: merged.changes.map((c) => ({
        field: c.field,
        before: displayValue(model, c.field, c.before, tables),
        after: displayValue(model, c.field, c.after, tables),
        state: c.state,
      })),
    },
  };
}

/** The state a failed write gives back to the form: values kept, localised errors or the conflict (reconciled with
 * the form when `context` says how: the staff record forms). */
export async function failureState(
  locale: AppLocale,
  result: Exclude<WriteResult, { ok: true }>,
  values: FormObject,
  context?: ConflictContext,
): Promise<ContentFormState> {
  const t = await getTranslations({ locale, namespace: 'adminForm' });
  if (result.reason === 'invalid') {
    return {
      ok: false,
      values,
      formError: t('formInvalid'),
      fieldErrors: await localiseFieldErrors(locale, result.fieldErrors),
    };
  }
  if (result.reason === 'not_found') return { ok: false, values, formError: t('notFound') };
  if (context) return conflictState(locale, { ...context, ...result }, values);
  return {
    ok: false,
    values,
    formError: t('conflictTitle'),
    conflict: {
      currentVersion: result.currentVersion,
      changes: result.changes.map((c) => ({ field: c.field, before: display(c.before), after: display(c.after) })),
    },
  };
}

/** The state of a refused (no session / wrong role) submission. */
export async function deniedState(locale: AppLocale, values?: FormObject): Promise<ContentFormState> {
  const t = await getTranslations({ locale, namespace: 'adminForm' });
  return { ok: false, values, formError: t('denied') };
}
