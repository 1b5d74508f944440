import { z } from 'zod';
import { hasControlCharacters } from '@/lib/control-characters';
import { localisedName, routing, type LocalisedNames } from '@/lib/i18n/routing';

// Reference data editable by admins; error messages are keys of adminShell.reference.errors.
export const REFERENCE_KINDS = ['region', 'projectType', 'service'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

const name = z
  .string({ error: 'nameRequired' })
  .trim()
  .min(1, { error: 'nameRequired' })
  .max(200, { error: 'nameTooLong' })
  .refine((v) => !hasControlCharacters(v), { error: 'nameControlCharacters' });

export const referenceItemSchema = z.object({
  kind: z.enum(REFERENCE_KINDS, { error: 'kindInvalid' }),
  slug: z
    .string({ error: 'slugInvalid' })
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'slugInvalid' })
    .max(64, { error: 'slugInvalid' }),
  // A name in every language (the tables' columns are NOT NULL).
  ...(Object.fromEntries(routing.locales.map((l) => [localisedName('name', l), name])) as {
    [K in keyof LocalisedNames]: typeof name;
  }),
  // A missing or empty field is an error, not 0.
  sortOrder: z
    .string({ error: 'sortOrderInvalid' })
    .trim()
    .regex(/^\d{1,5}$/, { error: 'sortOrderInvalid' })
    .transform(Number)
    .pipe(z.number().max(10_000, { error: 'sortOrderInvalid' })),
  // The version an edit form was loaded with; absent when adding an item.
  version: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string({ error: 'versionInvalid' })
      .regex(/^\d{1,9}$/, { error: 'versionInvalid' })
      .transform(Number)
      .optional(),
  ),
});

export type ReferenceItemInput = z.infer<typeof referenceItemSchema>;
