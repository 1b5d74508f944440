import { z } from 'zod';
import { COVERAGES, normaliseProjectCode, PROJECT_CODE_PATTERN, PROJECT_STATUSES } from '@/lib/domain/project';
import {
  choice,
  intentField,
  list,
  optionalText,
  optionalUrl,
  optionalYear,
  versionField,
} from '@/lib/validation/form-fields';
import { toFieldErrors, type FieldErrors } from '@/lib/validation/form-errors';

// Staff project form: one base schema; create and update variants derive from it.
const upper = (v: unknown) => (typeof v === 'string' ? normaliseProjectCode(v) : (v ?? ''));
/** Most beneficiary countries a project may list (the form's limit, and the CSV import's per cell). */
export const MAX_PROJECT_COUNTRIES = 250;

/** Budget in USD as typed by staff ("100000", "100 000,50", "1,250,000.00"), stored as a 2-decimal string. */
export function normaliseBudget(raw: string): string | null {
  const s = raw.replace(/[\s\u00a0\u202f_]/g, '');
  let n: string;
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s)) n = s.replace(/,/g, '');
  else if (/^\d+(,\d{1,2})?$/.test(s)) n = s.replace(',', '.');
  else if (/^\d+(\.\d{1,2})?$/.test(s)) n = s;
  else return null;
  const [int = '', dec = ''] = n.split('.');
  const digits = int.replace(/^0+(?=\d)/, '');
  if (digits.length > 12) return null;
  return `${digits}.${dec.padEnd(2, '0')}`;
}

const budget = z
  .preprocess((v) => (v === undefined || v === null ? '' : v), z.string().trim().max(40, 'budget'))
  .transform((v, ctx) => {
    if (v === '') return null;
    const n = normaliseBudget(v);
    if (n === null) ctx.addIssue({ code: 'custom', message: 'budget' });
    return n;
  });

const projectBaseSchema = z.object({
  code: z.preprocess(upper, z.string().min(1, 'required').regex(PROJECT_CODE_PATTERN, 'code')),
  primaId: z
    .preprocess(upper, z.string())
    .refine((v) => v === '' || /^[A-Z0-9]{3,20}$/.test(v), 'primaId')
    .transform((v) => (v === '' ? null : v)),
  titleEn: optionalText(500),
  titleFr: optionalText(500),
  summaryEn: optionalText(20_000),
  summaryFr: optionalText(20_000),
  status: choice(PROJECT_STATUSES),
  coverage: choice(COVERAGES),
  type: z.preprocess(
    (v) => v ?? '',
    z
      .string()
      .trim()
      .min(1, 'required')
      .regex(/^[a-z0-9-]{1,64}$/, 'invalidChoice'),
  ),
  region: z.preprocess(
    (v) => v ?? '',
    z
      .string()
      .trim()
      .min(1, 'required')
      .regex(/^[a-z0-9-]{1,64}$/, 'invalidChoice'),
  ),
  budgetUsd: budget,
  startYear: optionalYear,
  endYear: optionalYear,
  fundingYear: optionalYear,
  sourceUrl: optionalUrl,
  countries: list(
    z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
      z.string().regex(/^[A-Z]{2}$/, 'countryCode'),
    ),
    MAX_PROJECT_COUNTRIES,
  ),
  intent: intentField.optional(),
});

type Base = z.infer<typeof projectBaseSchema>;

function crossChecks(v: Base, ctx: z.RefinementCtx) {
  if (v.startYear !== null && v.endYear !== null && v.endYear < v.startYear) {
    ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'endBeforeStart' });
  }
  if (v.titleEn === null && v.titleFr === null) {
    ctx.addIssue({ code: 'custom', path: ['titleEn'], message: 'titleRequired' });
    ctx.addIssue({ code: 'custom', path: ['titleFr'], message: 'titleRequired' });
  }
}

const projectCreateSchema = projectBaseSchema.superRefine(crossChecks);
const projectUpdateSchema = projectBaseSchema.extend({ version: versionField }).superRefine(crossChecks);

export type ProjectInput = z.infer<typeof projectCreateSchema>;
export type ProjectUpdateInput = z.infer<typeof projectUpdateSchema>;

export type ParseResult<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

/** Validates raw input (form object or anything else) for a new project. */
export function parseProjectCreate(raw: unknown): ParseResult<ProjectInput> {
  const r = projectCreateSchema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, fieldErrors: toFieldErrors(r.error) };
}

/** Validates raw input for an update (same fields plus the version the form was loaded with). */
export function parseProjectUpdate(raw: unknown): ParseResult<ProjectUpdateInput> {
  const r = projectUpdateSchema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, fieldErrors: toFieldErrors(r.error) };
}
