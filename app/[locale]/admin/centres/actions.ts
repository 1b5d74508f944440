'use server';
import { AccessDeniedError, requireRole } from '@/lib/auth/session';
import type { ContentFormState } from '@/components/admin/content/form-state';
import { deniedState, failureState, formLocale } from '@/lib/actions/content-form';
import { deleteCentreForGood, setCentresState } from '@/lib/data/admin-centre-state';
import { createCentre, restoreCentreRevision, updateCentre } from '@/lib/data/admin-centre-writes';
import type { WriteResult } from '@/lib/data/admin-support';
import { redirect } from '@/lib/i18n/navigation';
import { adminQueryToSearch, parseAdminCentreQuery } from '@/lib/validation/admin-list';
import { CENTRE_MULTI_FIELDS } from '@/lib/validation/centre';
import { formDataToObject, formText } from '@/lib/validation/form-data';
import { searchParamsToObject } from '@/lib/validation/query-params';

// Server actions of the staff centre pages. Each checks the role first (actions are public endpoints), then
// calls the data layer, which checks it again next to the data.
const denied = (e: unknown) => e instanceof AccessDeniedError;

function centreValues(formData: FormData) {
  const { locale: _l, originalSlug: _o, ...values } = formDataToObject(formData, CENTRE_MULTI_FIELDS);
  return values;
}

async function guard(formData: FormData, action: string): Promise<ContentFormState | null> {
  try {
    await requireRole('editor', { action, recordType: 'resource_centre' });
    return null;
  } catch (e) {
    if (denied(e)) return deniedState(formLocale(formData), centreValues(formData));
    throw e;
  }
}

async function write(formData: FormData, run: () => Promise<WriteResult>): Promise<WriteResult | ContentFormState> {
  try {
    return await run();
  } catch (e) {
    if (denied(e)) return deniedState(formLocale(formData), centreValues(formData));
    throw e;
  }
}

/** Creates a centre from the "new centre" form (draft or published), then opens its edit page. */
export async function createCentreAction(_prev: ContentFormState, formData: FormData): Promise<ContentFormState> {
  const refused = await guard(formData, 'createCentre');
  if (refused) return refused;
  const locale = formLocale(formData);
  const result = await write(formData, () => createCentre(centreValues(formData)));
  if (!('reason' in result) && !result.ok) return result;
  if (!result.ok) return failureState(locale, result, centreValues(formData));
  redirect({
    href: {
      pathname: '/admin/centres/[slug]',
      params: { slug: (result as { key: string }).key },
      query: { saved: 'created' },
    },
    locale,
  });
  return { ok: true };
}

/** Saves the edit form; a stale version is refused with the other person's changes and the input kept. */
export async function updateCentreAction(_prev: ContentFormState, formData: FormData): Promise<ContentFormState> {
  const refused = await guard(formData, 'updateCentre');
  if (refused) return refused;
  const locale = formLocale(formData);
  const original = formText(formData, 'originalSlug');
  const result = await write(formData, () => updateCentre(original, centreValues(formData)));
  if (!('reason' in result) && !result.ok) return result;
  if (!result.ok) return failureState(locale, result, centreValues(formData));
  redirect({
    href: {
      pathname: '/admin/centres/[slug]',
      params: { slug: (result as { key: string }).key },
      query: { saved: 'updated' },
    },
    locale,
  });
  return { ok: true };
}

/** Bulk publish / unpublish / archive from the list (or one record from its edit page). */
export async function bulkCentresAction(formData: FormData): Promise<void> {
  const locale = formLocale(formData);
  const returnQuery = new URLSearchParams(formText(formData, 'returnQuery'));
  const back = adminQueryToSearch(parseAdminCentreQuery(searchParamsToObject(returnQuery)));
  let query: Record<string, string | string[]>;
  try {
    await requireRole('editor', { action: 'bulkCentres', recordType: 'resource_centre' });
    const r = await setCentresState(formData.getAll('keys'), formData.get('bulkAction'));
    query = r.ok ? { ...back, changed: String(r.changed) } : { ...back, bulk: 'invalid' };
  } catch (e) {
    if (!denied(e)) throw e;
    query = { ...back, bulk: 'denied' };
  }
  redirect({ href: { pathname: '/admin/centres', query }, locale });
}

/** Restores an earlier revision as a new one, then shows the history. */
export async function restoreCentreAction(formData: FormData): Promise<void> {
  const locale = formLocale(formData);
  const slug = formText(formData, 'slug');
  let outcome = 'denied';
  try {
    await requireRole('editor', { action: 'restoreCentre', recordType: 'resource_centre', recordId: slug });
    const r = await restoreCentreRevision(slug, formData.get('revisionId'), formData.get('version'));
    outcome = r.ok ? 'restored' : r.reason;
  } catch (e) {
    if (!denied(e)) throw e;
  }
  redirect({ href: { pathname: '/admin/centres/[slug]/history', params: { slug }, query: { outcome } }, locale });
}

/** Deletes a centre for good (admins; typed confirmation), then returns to the list. */
export async function deleteCentreAction(_prev: ContentFormState, formData: FormData): Promise<ContentFormState> {
  const locale = formLocale(formData);
  const slug = formText(formData, 'slug');
  let result: Awaited<ReturnType<typeof deleteCentreForGood>>;
  try {
    await requireRole('admin', { action: 'deleteCentre', recordType: 'resource_centre', recordId: slug });
    result = await deleteCentreForGood(slug, formData.get('confirmation'));
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
  redirect({ href: { pathname: '/admin/centres', query: { deleted: slug } }, locale });
  return { ok: true };
}
