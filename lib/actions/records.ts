'use server';
import type { ContentFormState } from '@/lib/actions/form-state';
import {
  bulkRecordsForm,
  confirmVerifiedForm,
  deleteRecordForm,
  restoreRecordForm,
  saveRecordForm,
} from '@/lib/actions/record-form';
import { isRecordKind } from '@/lib/content/models';

// The server actions of the staff record pages, for every record kind (the implementation: ./record-form.ts). Pages bind the kind (and the mode), e.g.
// `saveRecordAction.bind(null, 'project', 'update')`; bound arguments travel through the client, so they are checked
// here like any other input (an unknown kind or mode changes nothing), and so is the form argument itself.
const isForm = (v: unknown): v is FormData => v instanceof FormData;

/** Saves the "new" or the edit form (draft or published), then opens the record. */
export async function saveRecordAction(
  kind: unknown,
  mode: unknown,
  _prev: ContentFormState,
  formData: FormData,
): Promise<ContentFormState> {
  if (!isRecordKind(kind) || (mode !== 'create' && mode !== 'update') || !isForm(formData)) return { ok: false };
  return saveRecordForm(kind, mode, formData);
}

/** Bulk publish / unpublish / archive from the list (or one record from its edit page). */
export async function bulkRecordsAction(kind: unknown, formData: FormData): Promise<void> {
  if (isRecordKind(kind) && isForm(formData)) await bulkRecordsForm(kind, formData);
}

/** Restores an earlier revision as a new one, then shows the history. */
export async function restoreRecordAction(kind: unknown, formData: FormData): Promise<void> {
  if (isRecordKind(kind) && isForm(formData)) await restoreRecordForm(kind, formData);
}

/** Deletes a record for good (admins; typed confirmation), then returns to the list. */
export async function deleteRecordAction(
  kind: unknown,
  _prev: ContentFormState,
  formData: FormData,
): Promise<ContentFormState> {
  if (!isRecordKind(kind) || !isForm(formData)) return { ok: false };
  return deleteRecordForm(kind, formData);
}

/** Confirms a centre as verified (sets when it was last verified and its next check), then back to its edit page. */
export async function confirmVerifiedAction(formData: FormData): Promise<void> {
  if (isForm(formData)) await confirmVerifiedForm(formData);
}
