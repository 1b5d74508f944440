'use server';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { refresh } from 'next/cache';
import type { ActionResult } from '@/lib/actions/form-state';
import { readFields } from '@/lib/actions/form-state';
import { checkRole } from '@/lib/auth/session';
import { clientIpFrom, recordAudit } from '@/lib/audit/record-audit';
import { saveReferenceItem } from '@/lib/data/reference-admin';
import { getDb } from '@/lib/db';
import { isAppLocale } from '@/lib/i18n/routing';
import { referenceItemSchema } from '@/lib/validation/reference';

type Fields = { kind: string; slug: string; nameEn: string; nameFr: string; sortOrder: string };
export type ReferenceState = ActionResult<Fields>;

/** Admin: adds a region, project type or service, or renames/reorders one (slugs are stable: they are in URLs). */
export async function saveReferenceAction(_prev: ReferenceState, formData: FormData): Promise<ReferenceState> {
  const locale = formData.get('locale');
  const t = await getTranslations({ locale: isAppLocale(locale) ? locale : 'fr', namespace: 'adminShell.reference' });
  const values = readFields(formData, ['kind', 'slug', 'nameEn', 'nameFr', 'sortOrder'], 500);
  const access = await checkRole('admin', {
    action: 'reference.save',
    recordType: values.kind.slice(0, 40),
    recordId: values.slug.slice(0, 64),
  });
  if (!access.ok) return { ok: false, formError: t('errors.denied'), values };
  const parsed = referenceItemSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      fieldErrors[String(issue.path[0])] ??= t(`errors.${issue.message}` as 'errors.nameRequired');
    return { ok: false, fieldErrors, formError: t('errors.formInvalid'), values };
  }
  const ip = clientIpFrom(await headers());
  await getDb().$transaction(async (tx) => {
    const before = await saveReferenceItem(parsed.data, tx);
    const { kind, ...after } = parsed.data;
    await recordAudit(
      {
        actorId: access.actor.userId,
        actorEmail: access.actor.email,
        action: before ? 'update' : 'create',
        recordType: kind,
        recordId: after.slug,
        ip,
        details: { before, after },
      },
      tx,
    );
  });
  refresh();
  return { ok: true, message: t('saved', { slug: parsed.data.slug }) };
}
