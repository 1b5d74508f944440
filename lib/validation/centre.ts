import { z } from 'zod';
import { normaliseProjectCode, PROJECT_CODE_PATTERN } from '@/lib/domain/project';
import {
  choice,
  intentField,
  list,
  optionalText,
  optionalUrl,
  optionalYear,
  versionField,
} from '@/lib/validation/form-fields';
import { toFieldErrors } from '@/lib/validation/form-errors';
import type { ParseResult } from '@/lib/validation/project';

// Staff resource-centre form: one base schema; create and update variants derive from it.
export const CENTRE_KINDS = [
  'resource_centre',
  'one_stop_resource_centre',
  'information_desk',
  'documentation_centre',
  'shelter',
  'other',
] as const;
export const CENTRE_STATUSES = ['planned', 'operational', 'temporarily_closed', 'closed'] as const;

const str = (v: unknown) => (v === undefined || v === null ? '' : v);

function coordinate(max: number, key: 'latitude' | 'longitude') {
  return z
    .preprocess((v) => (typeof v === 'number' ? String(v) : str(v)), z.string().trim().max(20, key))
    .transform((v, ctx) => {
      if (v === '') return null;
      const s = v.replace(',', '.');
      const n = Number(s);
      if (!/^-?\d{1,3}(\.\d{1,6})?$/.test(s) || !(Math.abs(n) <= max)) {
        ctx.addIssue({ code: 'custom', message: key });
        return null;
      }
      return n.toFixed(6);
    });
}

const centreBaseSchema = z.object({
  slug: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() : str(v)),
    z
      .string()
      .min(1, 'required')
      .max(120)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug'),
  ),
  nameEn: optionalText(300),
  nameFr: optionalText(300),
  descriptionEn: optionalText(20_000),
  descriptionFr: optionalText(20_000),
  openingHoursEn: optionalText(1000),
  openingHoursFr: optionalText(1000),
  kind: choice(CENTRE_KINDS),
  status: choice(CENTRE_STATUSES),
  countryCode: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toUpperCase() : str(v)),
    z
      .string()
      .min(1, 'required')
      .regex(/^[A-Z]{2}$/, 'countryCode'),
  ),
  adminArea: optionalText(200),
  locality: optionalText(200),
  streetAddress: optionalText(500),
  latitude: coordinate(90, 'latitude'),
  longitude: coordinate(180, 'longitude'),
  phone: optionalText(50).refine((v) => v === null || /^\+?[0-9 ().\-/]{3,49}$/.test(v), 'phone'),
  email: optionalText(254).refine((v) => v === null || z.email().safeParse(v).success, 'email'),
  website: optionalUrl,
  operator: optionalText(500),
  partners: optionalText(2000),
  openedYear: optionalYear,
  lastVerifiedAt: z
    .preprocess(str, z.string().trim())
    .refine(
      (v) =>
        v === '' ||
        (/^\d{4}-\d{2}-\d{2}$/.test(v) &&
          !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
          new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)),
      'date',
    )
    .transform((v) => (v === '' ? null : v)),
  services: list(
    z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().regex(/^[a-z0-9-]{1,64}$/, 'serviceSlug')),
    50,
  ),
  languages: list(
    z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
      z.string().regex(/^[a-z]{2}$/, 'languageCode'),
    ),
    200,
  ),
  projects: list(
    z.preprocess(
      (v) => (typeof v === 'string' ? normaliseProjectCode(v) : v),
      z.string().regex(PROJECT_CODE_PATTERN, 'projectCode'),
    ),
    200,
  ),
  intent: intentField.optional(),
});

type Base = z.infer<typeof centreBaseSchema>;

function crossChecks(v: Base, ctx: z.RefinementCtx) {
  if ((v.latitude === null) !== (v.longitude === null)) {
    ctx.addIssue({
      code: 'custom',
      path: [v.latitude === null ? 'latitude' : 'longitude'],
      message: 'coordinatesPair',
    });
  }
  if (v.nameEn === null && v.nameFr === null) {
    ctx.addIssue({ code: 'custom', path: ['nameEn'], message: 'nameRequired' });
    ctx.addIssue({ code: 'custom', path: ['nameFr'], message: 'nameRequired' });
  }
}

const centreCreateSchema = centreBaseSchema.superRefine(crossChecks);
const centreUpdateSchema = centreBaseSchema.extend({ version: versionField }).superRefine(crossChecks);

export type CentreInput = z.infer<typeof centreCreateSchema>;
export type CentreUpdateInput = z.infer<typeof centreUpdateSchema>;

/** Multi-valued form fields of the centre form. */
export const CENTRE_MULTI_FIELDS = ['services', 'languages', 'projects'] as const;

/** Validates raw input for a new centre. */
export function parseCentreCreate(raw: unknown): ParseResult<CentreInput> {
  const r = centreCreateSchema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, fieldErrors: toFieldErrors(r.error) };
}

/** Validates raw input for a centre update (with the version the form was loaded with). */
export function parseCentreUpdate(raw: unknown): ParseResult<CentreUpdateInput> {
  const r = centreUpdateSchema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, fieldErrors: toFieldErrors(r.error) };
}
