'use server';
import { multiValued } from '@/lib/content/field';
import { projectModel } from '@/lib/content/project';
import { getTranslations } from 'next-intl/server';
import { AccessDeniedError, requireRole } from '@/lib/auth/session';
import { formOf, type ContentFormState } from '@/lib/actions/form-state';
import type { CsvState, PreviewState } from '@/lib/actions/import-state';
import { deniedState, failureState, formLocale } from '@/lib/actions/content-form';
import { applyProjectCsv, dryRunProjectCsv, previewProjectPage } from '@/lib/data/admin-project-import';
import type { WriteResult } from '@/lib/data/admin-support';
import { createRecord, updateRecord } from '@/lib/data/record-write';
import { redirect } from '@/lib/i18n/navigation';
import { csvOutcome, previewOutcome } from '@/lib/actions/import-report';
import { formDataToObject, formText } from '@/lib/validation/form-data';

// Server actions of the staff import pages (page and CSV): each checks the editor role first, then calls the data layer.
const MAX_CSV_BYTES = 900_000;
const denied = (e: unknown) => e instanceof AccessDeniedError;

async function deniedError(formData: FormData) {
  return (await getTranslations({ locale: formLocale(formData), namespace: 'adminForm' }))('denied');
}

/** Reads the pasted page text and returns the editable preview (problems listed field by field). */
export async function previewPageAction(_prev: PreviewState, formData: FormData): Promise<PreviewState> {
  formData = formOf(formData);
  const text = formText(formData, 'pageText');
  try {
    await requireRole('editor', { action: 'previewImport', recordType: 'project' });
    if (text.trim() === '') {
      const t = await getTranslations({ locale: formLocale(formData), namespace: 'adminImport' });
      return { text, error: t('emptyText') };
    }
    return { text, ...(await previewOutcome(formLocale(formData), await previewProjectPage(text))) };
  } catch (e) {
    if (denied(e)) return { text, error: await deniedError(formData) };
    throw e;
  }
}

function projectValues(formData: FormData) {
  const {
    locale: _l,
    originalKey: _o,
    version: _v,
    confirmUpdate: _c,
    ...values
  } = formDataToObject(formData, multiValued(projectModel));
  return values;
}

/**
 * Saves the corrected preview: a new code becomes a project (draft unless published); a known one is updated with its
 * version.
 */
export async function saveImportedProjectAction(
  _prev: ContentFormState,
  formData: FormData,
): Promise<ContentFormState> {
  formData = formOf(formData);
  const locale = formLocale(formData);
  const values = projectValues(formData);
  const original = formText(formData, 'originalKey');
  let result: WriteResult;
  try {
    await requireRole('editor', { action: 'importProject', recordType: 'project' });
    if (original && formData.get('confirmUpdate') !== 'yes') {
      const t = await getTranslations({ locale, namespace: 'adminImport' });
      return { ok: false, values, formError: t('confirmMissing', { code: original }) };
    }
    result =
      original !== ''
        ? await updateRecord('project', original, { ...values, version: formData.get('version') })
        : await createRecord('project', values);
  } catch (e) {
    if (denied(e)) return deniedState(locale, values);
    throw e;
  }
  if (!result.ok) return failureState(locale, result, values);
  const saved = original ? 'updated' : 'created';
  redirect({ href: { pathname: '/admin/projects/[code]', params: { code: result.key }, query: { saved } }, locale });
  return { ok: true };
}

async function csvText(formData: FormData): Promise<string | null> {
  const file = formData.get('file');
  if (file instanceof File && file.size > 0) return file.size > MAX_CSV_BYTES ? null : file.text();
  const text = formData.get('csvText');
  return typeof text === 'string' && text !== '' && text.length <= MAX_CSV_BYTES ? text : null;
}

/** Dry run or apply of an uploaded CSV (the "apply" button re-sends the text the dry run showed). */
export async function csvImportAction(_prev: CsvState, formData: FormData): Promise<CsvState> {
  formData = formOf(formData);
  const locale = formLocale(formData);
  const apply = formData.get('mode') === 'apply';
  try {
    await requireRole('editor', { action: apply ? 'applyCsvImport' : 'dryRunCsvImport', recordType: 'project' });
    const text = await csvText(formData);
    if (text === null) return await csvOutcome(locale, { kind: 'noFile' });
    if (!apply) return await csvOutcome(locale, { kind: 'dryRun', text, plan: await dryRunProjectCsv(text) });
    const result = await applyProjectCsv(text);
    return await csvOutcome(locale, { kind: 'applied', text, result });
  } catch (e) {
    if (denied(e)) return { rows: [], error: await deniedError(formData) };
    throw e;
  }
}
