'use server';
import type { ContentFormState } from '@/components/admin/content/form-state';
import { bulkRecordsForm, deleteRecordForm, restoreRecordForm, saveRecordForm } from '@/lib/actions/record-form';

// Server actions of the staff project pages: the record actions of lib/actions/record-form.ts, for projects.

/** Creates a project from the "new project" form (draft or published), then opens its edit page. */
export async function createProjectAction(_prev: ContentFormState, formData: FormData): Promise<ContentFormState> {
  return saveRecordForm('project', 'create', formData);
}

/** Saves the edit form; a stale version is refused with the other person's changes and the input kept. */
export async function updateProjectAction(_prev: ContentFormState, formData: FormData): Promise<ContentFormState> {
  return saveRecordForm('project', 'update', formData);
}

/** Bulk publish / unpublish / archive from the list (or one record from its edit page). */
export async function bulkProjectsAction(formData: FormData): Promise<void> {
  return bulkRecordsForm('project', formData);
}

/** Restores an earlier revision as a new one, then shows the history. */
export async function restoreProjectAction(formData: FormData): Promise<void> {
  return restoreRecordForm('project', formData);
}

/** Deletes a project for good (admins; typed confirmation), then returns to the list. */
export async function deleteProjectAction(_prev: ContentFormState, formData: FormData): Promise<ContentFormState> {
  return deleteRecordForm('project', formData);
}
