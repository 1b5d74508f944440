'use server';
import type { ContentFormState } from '@/components/admin/content/form-state';
import { bulkRecordsForm, deleteRecordForm, restoreRecordForm, saveRecordForm } from '@/lib/actions/record-form';

// Server actions of the staff centre pages: the record actions of lib/actions/record-form.ts, for centres.

/** Creates a centre from the "new centre" form (draft or published), then opens its edit page. */
export async function createCentreAction(_prev: ContentFormState, formData: FormData): Promise<ContentFormState> {
  return saveRecordForm('centre', 'create', formData);
}

/** Saves the edit form; a stale version is refused with the other person's changes and the input kept. */
export async function updateCentreAction(_prev: ContentFormState, formData: FormData): Promise<ContentFormState> {
  return saveRecordForm('centre', 'update', formData);
}

/** Bulk publish / unpublish / archive from the list (or one record from its edit page). */
export async function bulkCentresAction(formData: FormData): Promise<void> {
  return bulkRecordsForm('centre', formData);
}

/** Restores an earlier revision as a new one, then shows the history. */
export async function restoreCentreAction(formData: FormData): Promise<void> {
  return restoreRecordForm('centre', formData);
}

/** Deletes a centre for good (admins; typed confirmation), then returns to the list. */
export async function deleteCentreAction(_prev: ContentFormState, formData: FormData): Promise<ContentFormState> {
  return deleteRecordForm('centre', formData);
}
