import 'server-only';
import type { ContentFormState } from '@/lib/actions/form-state';
import { AccessDeniedError, requireRole, withOneSessionLookup } from '@/lib/auth/session';
import { conflictState, deniedState, failureState, formLocale } from '@/lib/actions/content-form';
import type { WriteResult } from '@/lib/data/admin-support';
import { getRecordConflict } from '@/lib/data/record-conflict';
import { RECORD_KINDS } from '@/lib/data/record-kinds';
import {
  confirmCentreVerified,
  createRecord,
  deleteRecordForGood,
  restoreRecordRevision,
  setRecordsState,
  updateRecord,
  type RecordKind,
} from '@/lib/data/record-write';
import { redirect } from '@/lib/i18n/navigation';
import { STATE_CHANGES } from '@/lib/admin/list-notice';
import { STAFF_SECTIONS } from '@/lib/admin/staff-sections';
import { multiValued } from '@/lib/content/field';
import { CONTENT_MODELS } from '@/lib/content/models';
import { formDataToObject, formText, type FormObject } from '@/lib/validation/form-data';

// The one implementation of the staff record actions (form save, bulk state change, restore, delete), called by
// the server actions of app/[locale]/admin/record-actions.ts. Each checks the role first (actions are public
// endpoints), then calls the write path, which checks it again next to the data.
const denied = (e: unknown) => e instanceof AccessDeniedError;

function formValues(kind: RecordKind, formData: FormData) {
  // `confirm`: the translations staff confirmed still match their source (several checkboxes of one name).
  const multi = [...multiValued(CONTENT_MODELS[kind]), 'confirm'];
  const {
    locale: _locale,
    originalKey: _original,
    take: _take,
    conflictBase: _base,
    ...values
  } = formDataToObject(formData, multi);
  return values;
}

const keyField = (kind: RecordKind) => CONTENT_MODELS[kind].key;

/**
 * "Take their value" after a conflict (a submit button of the conflict table, `take=<field>`): nothing is saved; the
 * form comes back with that field set to its stored value and the other person's changes reconciled again from the
 * version the form was first edited from (`conflictBase`), so saving next cannot silently undo their change.
 */
async function takeTheirValue(
  kind: RecordKind,
  formData: FormData,
  field: string,
  values: FormObject,
): Promise<ContentFormState> {
  const locale = formLocale(formData);
  const baseVersion = Number(formData.get('conflictBase'));
  const found = await getRecordConflict(kind, formText(formData, 'originalKey'), baseVersion);
  if (!found) return failureState(locale, { ok: false, reason: 'not_found' }, values);
  const base = Number.isSafeInteger(baseVersion) ? baseVersion : found.currentVersion;
  return conflictState(locale, { kind, baseVersion: base, ...found }, values, field);
}

/** Saves the "new" or the edit form, then opens the record; a failure returns the input with the reasons. */
export async function saveRecordForm(
  kind: RecordKind,
  mode: 'create' | 'update',
  formData: FormData,
): Promise<ContentFormState> {
  const s = STAFF_SECTIONS[kind];
  const locale = formLocale(formData);
  const values = formValues(kind, formData);
  const take = formData.get('take');
  let result: WriteResult;
  try {
    const done = await withOneSessionLookup<{ taken: ContentFormState } | { written: WriteResult }>(async () => {
      await requireRole('editor', { action: s.attempted[mode], recordType: s.recordType });
      if (mode === 'update' && typeof take === 'string')
        return { taken: await takeTheirValue(kind, formData, take, values) };
      const key = formText(formData, 'originalKey');
      return { written: mode === 'create' ? await createRecord(kind, values) : await updateRecord(kind, key, values) };
    });
    if ('taken' in done) return done.taken;
    result = done.written;
  } catch (e) {
    if (denied(e)) return deniedState(locale, values);
    throw e;
  }
  // A conflict is reconciled with the form from the version it was edited from (fields not changed here take theirs).
  const context = { kind, baseVersion: Number(formData.get('version')) };
  if (!result.ok) return failureState(locale, result, values, context);
  redirect({ href: s.edit(result.key, { saved: mode === 'create' ? 'created' : 'updated' }), locale });
  return { ok: true };
}

/** When one record's state was changed (the edit page's buttons, or one selected row): its key and what was done, so
 * the list can say "FM.0283 published." (lib/admin/list-notice.ts). */
function oneRecord(kind: RecordKind, keys: unknown[], action: unknown): Record<string, string> {
  const key = keys.length === 1 ? RECORD_KINDS[kind].key(keys[0]) : null;
  const did = STATE_CHANGES.find((a) => a === action);
  return key && did ? { record: key, did } : {};
}

/** Bulk publish / unpublish / archive from the list (or one record from its edit page), then back to the list. */
export async function bulkRecordsForm(kind: RecordKind, formData: FormData): Promise<void> {
  const s = STAFF_SECTIONS[kind];
  const locale = formLocale(formData);
  const query = s.back(formText(formData, 'returnQuery'));
  try {
    const keys = formData.getAll('keys');
    const action = formData.get('bulkAction');
    const r = await withOneSessionLookup(async () => {
      await requireRole('editor', { action: s.attempted.bulk, recordType: s.recordType });
      return setRecordsState(kind, keys, action);
    });
    if (!r.ok) Object.assign(query, { bulk: 'invalid' });
    else if (r.refused.length) Object.assign(query, { refused: String(r.refused.length) });
    else Object.assign(query, { changed: String(r.changed), ...oneRecord(kind, keys, action) });
  } catch (e) {
    if (!denied(e)) throw e;
    Object.assign(query, { bulk: 'denied' });
  }
  redirect({ href: s.list(query), locale });
}

/** Restores an earlier revision as a new one, then shows the history with the outcome. */
export async function restoreRecordForm(kind: RecordKind, formData: FormData): Promise<void> {
  const s = STAFF_SECTIONS[kind];
  const locale = formLocale(formData);
  const key = formText(formData, keyField(kind));
  let outcome = 'denied';
  try {
    const r = await withOneSessionLookup(async () => {
      await requireRole('editor', { action: s.attempted.restore, recordType: s.recordType, recordId: key });
      return restoreRecordRevision(kind, key, formData.get('revisionId'), formData.get('version'));
    });
    outcome = r.ok ? 'restored' : r.reason;
  } catch (e) {
    if (!denied(e)) throw e;
  }
  redirect({ href: s.history(key, { outcome }), locale });
}

/** Deletes a record for good (admins; typed confirmation), then returns to the list. */
export async function deleteRecordForm(kind: RecordKind, formData: FormData): Promise<ContentFormState> {
  const s = STAFF_SECTIONS[kind];
  const locale = formLocale(formData);
  const key = formText(formData, keyField(kind));
  let result: Awaited<ReturnType<typeof deleteRecordForGood>>;
  try {
    result = await withOneSessionLookup(async () => {
      await requireRole('admin', { action: s.attempted.delete, recordType: s.recordType, recordId: key });
      return deleteRecordForGood(kind, key, formData.get('confirmation'));
    });
  } catch (e) {
    if (denied(e)) return deniedState(locale);
    throw e;
  }
  if (!result.ok) return failureState(locale, result, {});
  redirect({ href: s.list({ deleted: key }), locale });
  return { ok: true };
}

/** "Confirm as verified" on a centre's edit page (editors), then back to that page with the outcome. */
export async function confirmVerifiedForm(formData: FormData): Promise<void> {
  const s = STAFF_SECTIONS.centre;
  const locale = formLocale(formData);
  const key = formText(formData, keyField('centre'));
  let outcome = 'verifyDenied';
  try {
    const r = await withOneSessionLookup(async () => {
      await requireRole('editor', { action: s.attempted.update, recordType: s.recordType, recordId: key });
      return confirmCentreVerified(key, formData.get('version'));
    });
    outcome = r.ok ? 'verified' : 'verifyConflict';
  } catch (e) {
    if (!denied(e)) throw e;
  }
  redirect({ href: s.edit(key, { saved: outcome }), locale });
}
