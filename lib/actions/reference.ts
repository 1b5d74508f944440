'use server';
import { getTranslations } from 'next-intl/server';
import { refresh } from 'next/cache';
import type { ActionResult } from '@/lib/actions/form-state';
import { readFields } from '@/lib/actions/form-state';
import { checkRole } from '@/lib/auth/session';
import { saveReferenceItem } from '@/lib/data/reference-admin';
import { isAppLocale } from '@/lib/i18n/routing';
import { referenceItemSchema } from '@/lib/validation/reference';

type Fields = { kind: string; slug: string; nameEn: string; nameFr: string; sortOrder: string; version: string };
export type ReferenceState = ActionResult<Fields>;

/** Admin: adds a region, project type or service, or renames/reorders one (slugs are stable: they are in URLs). */
export async function saveReferenceAction(_prev: ReferenceState, formData: FormData): Promise<ReferenceState> {
  const locale = formData.get('locale');
  const t = await getTranslations({ locale: isAppLocale(locale) ? locale : 'fr', namespace: 'adminShell.reference' });
  const values = readFields(formData, ['kind', 'slug', 'nameEn', 'nameFr', 'sortOrder', 'version'], 500);
  const access = await checkRole('admin', {
    action: 'reference.save',
    recordType: values.kind.slice(0, 40),
    recordId: values.slug.slice(0, 64),
  });
  if (!access.ok) return { ok: false, formError: t('errors.denied'), values };
  const parsed = referenceItemSchema.safeParse({ ...values, version: values.version || undefined });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      fieldErrors[String(issue.path[0])] ??= t(`errors.${issue.message}` as 'errors.nameRequired');
    return { ok: false, fieldErrors, formError: t('errors.formInvalid'), values };
  }
  const saved = await saveReferenceItem(parsed.data);
  if (!saved.ok) return { ok: false, formError: t(`errors.${saved.reason}`), values };
  refresh();
  return { ok: true, message: t('saved', { slug: parsed.data.slug }) };
}
