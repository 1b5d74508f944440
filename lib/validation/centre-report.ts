import { z } from 'zod';
import type { centreModel } from '@/lib/content/centre';
import { hasControlCharacters } from '@/lib/control-characters';

// The public "report wrong information" form of a centre page. Messages are keys of `centreReport.errors`.

/** The practical fields of a centre a visitor can say are wrong, in the order the form lists them. */
export const REPORT_FIELDS = ['address', 'phone', 'email', 'website', 'hours', 'status'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/**
 * The centre fields staff set when they accept a report naming a practical field. A typed map: a new report field
 * does not compile until it says which fields of the centre it corrects.
 */
export const REPORT_TARGETS = {
  address: ['streetAddress', 'locality', 'adminArea'],
  phone: ['phone'],
  email: ['email'],
  website: ['website'],
  hours: ['hours'],
  status: ['status'],
} as const satisfies Record<ReportField, readonly (keyof typeof centreModel.fields)[]>;
export type CorrectedField = (typeof REPORT_TARGETS)[ReportField][number];

/** Every centre field a report can correct, in the form's order. */
export const CORRECTED_FIELDS: readonly CorrectedField[] = REPORT_FIELDS.flatMap((f) => REPORT_TARGETS[f]);

/** Longest correction and contact accepted (the columns' sizes). */
export const CORRECTION_MAX = 2000;
export const CONTACT_MAX = 254;

/** Whether a posted value names a practical field. */
export function isReportField(value: unknown): value is ReportField {
  return typeof value === 'string' && (REPORT_FIELDS as readonly string[]).includes(value);
}

/** The report as typed: at least one field, a correction (1–2000 characters), an optional contact (≤ 254). */
export const centreReportSchema = z.object({
  fields: z.array(z.enum(REPORT_FIELDS)).min(1, 'fieldsRequired').max(REPORT_FIELDS.length, 'fieldsRequired'),
  correction: z
    .string()
    .trim()
    .min(1, 'correctionRequired')
    .max(CORRECTION_MAX, 'correctionTooLong')
    .refine((s) => !hasControlCharacters(s), 'controlCharacters'),
  contact: z
    .string()
    .trim()
    .max(CONTACT_MAX, 'contactTooLong')
    .refine((s) => !hasControlCharacters(s), 'controlCharacters'),
});
export type CentreReportInput = z.infer<typeof centreReportSchema>;

/**
 * A staff decision: accept (with the corrected values, saved from the centre's version staff saw) or dismiss, with
 * a reason (required to dismiss, ≤ 500). The values themselves are checked by the centre's content model on saving.
 */
export const reportDecisionSchema = z
  .object({
    id: z.coerce.number().int().positive('invalid'),
    version: z.coerce.number().int().nonnegative('invalid').optional(),
    values: z.partialRecord(z.enum(CORRECTED_FIELDS as [CorrectedField, ...CorrectedField[]]), z.string()),
    decision: z.enum(['accept', 'dismiss'], 'invalid'),
    reason: z
      .string()
      .trim()
      .max(500, 'reasonTooLong')
      .refine((s) => !hasControlCharacters(s), 'controlCharacters'),
  })
  .refine((d) => d.decision === 'accept' || d.reason.length > 0, { error: 'reasonRequired', path: ['reason'] })
  .refine((d) => d.decision === 'dismiss' || d.version !== undefined, { error: 'invalid' });
export type ReportDecisionInput = z.infer<typeof reportDecisionSchema>;
