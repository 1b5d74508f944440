'use server';
import { refresh } from 'next/cache';
import type { ActionResult } from '@/lib/actions/form-state';
import { staffAction } from '@/lib/actions/staff-action';
import { saveReferenceItem } from '@/lib/data/reference-admin';
import { localisedName, routing, type LocalisedNames } from '@/lib/i18n/routing';
import { referenceItemSchema } from '@/lib/validation/reference';

type Fields = { kind: string; slug: string; sortOrder: string; version: string } & LocalisedNames;
export type ReferenceState = ActionResult<Fields>;

/** Admin: adds a region, project type or service, or renames/reorders one (slugs are stable: they are in URLs). */
export const saveReferenceAction = staffAction(
  {
    role: 'admin',
    namespace: 'adminShell.reference',
    fields: ['kind', 'slug', ...routing.locales.map((l) => localisedName('name', l)), 'sortOrder', 'version'],
    max: 500,
    schema: referenceItemSchema,
    attempted: (v) => ({ action: 'reference.save', recordType: v.kind.slice(0, 40), recordId: v.slug.slice(0, 64) }),
  },
  async (input, { t, values }) => {
    const saved = await saveReferenceItem(input);
    if (!saved.ok) return { ok: false, formError: t(`errors.${saved.reason}`), values };
    refresh();
    return { ok: true, message: t('saved', { slug: input.slug }) };
  },
);
