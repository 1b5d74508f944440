'use server';
import { AccessDeniedError, requireRole } from '@/lib/auth/session';
import type { ContentFormState } from '@/components/admin/content/form-state';
import { deniedState, failureState, formLocale } from '@/lib/actions/content-form';
import { deleteProjectForGood, setProjectsState } from '@/lib/data/admin-project-state';
import { createProject, restoreProjectRevision, updateProject } from '@/lib/data/admin-project-writes';
import type { WriteResult } from '@/lib/data/admin-support';
import { redirect } from '@/lib/i18n/navigation';
import { adminQueryToSearch, parseAdminProjectQuery } from '@/lib/validation/admin-list';
import { formDataToObject, formText } from '@/lib/validation/form-data';
import { searchParamsToObject } from '@/lib/validation/query-params';

// Server actions of the staff project pages. Each checks the role first (actions are public endpoints), then
// calls the data layer, which checks it again next to the data.
const denied = (e: unknown) => e instanceof AccessDeniedError;

function projectValues(formData: FormData) {
  const { locale: _l, originalCode: _o, ...values } = formDataToObject(formData, ['countries']);
  return values;
}

async function guard(formData: FormData, action: string): Promise<ContentFormState | null> {
  try {
    await requireRole('editor', { action, recordType: 'project' });
    return null;
  } catch (e) {
    if (denied(e)) return deniedState(formLocale(formData), projectValues(formData));
    throw e;
  }
}

async function write(formData: FormData, run: () => Promise<WriteResult>): Promise<WriteResult | ContentFormState> {
  try {
    return await run();
  } catch (e) {
    if (denied(e)) return deniedState(formLocale(formData), projectValues(formData));
    throw e;
  }
}

/** Creates a project from the "new project" form (draft or published), then opens its edit page. */
export async function createProjectAction(_prev: ContentFormState, formData: FormData): Promise<ContentFormState> {
  const refused = await guard(formData, 'createProject');
  if (refused) return refused;
  const locale = formLocale(formData);
  const result = await write(formData, () => createProject(projectValues(formData)));
  if (!('reason' in result) && !result.ok) return result;
  if (!result.ok) return failureState(locale, result, projectValues(formData));
  redirect({
    href: {
      pathname: '/admin/projects/[code]',
      params: { code: (result as { key: string }).key },
      query: { saved: 'created' },
    },
    locale,
  });
  return { ok: true };
}

/** Saves the edit form; a stale version is refused with the other person's changes and the input kept. */
export async function updateProjectAction(_prev: ContentFormState, formData: FormData): Promise<ContentFormState> {
  const refused = await guard(formData, 'updateProject');
  if (refused) return refused;
  const locale = formLocale(formData);
  const original = formText(formData, 'originalCode');
  const result = await write(formData, () => updateProject(original, projectValues(formData)));
  if (!('reason' in result) && !result.ok) return result;
  if (!result.ok) return failureState(locale, result, projectValues(formData));
  redirect({
    href: {
      pathname: '/admin/projects/[code]',
      params: { code: (result as { key: string }).key },
      query: { saved: 'updated' },
    },
    locale,
  });
  return { ok: true };
}

/** Bulk publish / unpublish / archive from the list (or one record from its edit page). */
export async function bulkProjectsAction(formData: FormData): Promise<void> {
  const locale = formLocale(formData);
  const returnQuery = new URLSearchParams(formText(formData, 'returnQuery'));
  const back = adminQueryToSearch(parseAdminProjectQuery(searchParamsToObject(returnQuery)));
  let query: Record<string, string | string[]>;
  try {
    await requireRole('editor', { action: 'bulkProjects', recordType: 'project' });
    const r = await setProjectsState(formData.getAll('keys'), formData.get('bulkAction'));
    query = r.ok ? { ...back, changed: String(r.changed) } : { ...back, bulk: 'invalid' };
  } catch (e) {
    if (!denied(e)) throw e;
    query = { ...back, bulk: 'denied' };
  }
  redirect({ href: { pathname: '/admin/projects', query }, locale });
}

/** Restores an earlier revision as a new one, then shows the history. */
export async function restoreProjectAction(formData: FormData): Promise<void> {
  const locale = formLocale(formData);
  const code = formText(formData, 'code');
  let outcome = 'denied';
  try {
    await requireRole('editor', { action: 'restoreProject', recordType: 'project', recordId: code });
    const r = await restoreProjectRevision(code, formData.get('revisionId'), formData.get('version'));
    outcome = r.ok ? 'restored' : r.reason;
  } catch (e) {
    if (!denied(e)) throw e;
  }
  redirect({ href: { pathname: '/admin/projects/[code]/history', params: { code }, query: { outcome } }, locale });
}

/** Deletes a project for good (admins; typed confirmation), then returns to the list. */
export async function deleteProjectAction(_prev: ContentFormState, formData: FormData): Promise<ContentFormState> {
  const locale = formLocale(formData);
  const code = formText(formData, 'code');
  let result: Awaited<ReturnType<typeof deleteProjectForGood>>;
  try {
    await requireRole('admin', { action: 'deleteProject', recordType: 'project', recordId: code });
    result = await deleteProjectForGood(code, formData.get('confirmation'));
  } catch (e) {
    if (denied(e)) return deniedState(locale);
    throw e;
  }
  if (!result.ok) {
    return failureState(
      locale,
      result.reason === 'invalid'
        ? { ok: false, reason: 'invalid', fieldErrors: result.fieldErrors }
        : { ok: false, reason: 'not_found' },
      {},
    );
  }
  redirect({ href: { pathname: '/admin/projects', query: { deleted: code } }, locale });
  return { ok: true };
}
