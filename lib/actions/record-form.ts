import 'server-only';
import type { ContentFormState } from '@/lib/actions/form-state';
import { AccessDeniedError, requireRole } from '@/lib/auth/session';
import { deniedState, failureState, formLocale } from '@/lib/actions/content-form';
import type { WriteResult } from '@/lib/data/admin-support';
import {
  createRecord,
  deleteRecordForGood,
  restoreRecordRevision,
  setRecordsState,
  updateRecord,
  type RecordKind,
} from '@/lib/data/record-write';
import { redirect } from '@/lib/i18n/navigation';
import { STAFF_SECTIONS } from '@/lib/admin/staff-sections';
import { multiValued } from '@/lib/content/field';
import { CONTENT_MODELS } from '@/lib/content/models';
import { formDataToObject, formText } from '@/lib/validation/form-data';

// The one implementation of the staff record actions (form save, bulk state change, restore, delete), called by
// the server actions of app/[locale]/admin/record-actions.ts. Each checks the role first (actions are public
// endpoints), then calls the write path, which checks it again next to the data.
const denied = (e: unknown) => e instanceof AccessDeniedError;

function formValues(kind: RecordKind, formData: FormData) {
  const multi = multiValued(CONTENT_MODELS[kind]);
  const { locale: _locale, originalKey: _original, ...values } = formDataToObject(formData, multi);
  return values;
}

const keyField = (kind: RecordKind) => CONTENT_MODELS[kind].key;

/** Saves the "new" or the edit form, then opens the record; a failure returns the input with the reasons. */
export async function saveRecordForm(
  kind: RecordKind,
  mode: 'create' | 'update',
  formData: FormData,
): Promise<ContentFormState> {
  const s = STAFF_SECTIONS[kind];
  const locale = formLocale(formData);
  const values = formValues(kind, formData);
  let result: WriteResult;
  try {
    await requireRole('editor', { action: s.attempted[mode], recordType: s.recordType });
    result =
      mode === 'create'
        ? await createRecord(kind, values)
        : await updateRecord(kind, formText(formData, 'originalKey'), values);
  } catch (e) {
    if (denied(e)) return deniedState(locale, values);
    throw e;
  }
  if (!result.ok) return failureState(locale, result, values);
  redirect({ href: s.edit(result.key, { saved: mode === 'create' ? 'created' : 'updated' }), locale });
  return { ok: true };
}

/** Bulk publish / unpublish / archive from the list (or one record from its edit page), then back to the list. */
export async function bulkRecordsForm(kind: RecordKind, formData: FormData): Promise<void> {
  const s = STAFF_SECTIONS[kind];
  const locale = formLocale(formData);
  const query = s.back(formText(formData, 'returnQuery'));
  try {
    await requireRole('editor', { action: s.attempted.bulk, recordType: s.recordType });
    const r = await setRecordsState(kind, formData.getAll('keys'), formData.get('bulkAction'));
    Object.assign(query, r.ok ? { changed: String(r.changed) } : { bulk: 'invalid' });
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
    await requireRole('editor', { action: s.attempted.restore, recordType: s.recordType, recordId: key });
    const r = await restoreRecordRevision(kind, key, formData.get('revisionId'), formData.get('version'));
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
    await requireRole('admin', { action: s.attempted.delete, recordType: s.recordType, recordId: key });
    result = await deleteRecordForGood(kind, key, formData.get('confirmation'));
  } catch (e) {
    if (denied(e)) return deniedState(locale);
    throw e;
  }
  if (!result.ok) return failureState(locale, result, {});
  redirect({ href: s.list({ deleted: key }), locale });
  return { ok: true };
}
