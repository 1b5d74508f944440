import { z } from 'zod';
import { columnsOf, type ContentModel, type Field } from '@/lib/content/field';
import { isOpeningHours, isTimeZone } from '@/lib/content/syntax';
import { normaliseKey, TARGETS } from '@/lib/content/targets';
import { toFieldErrors, type FieldErrors } from '@/lib/validation/form-errors';
import {
  choice,
  intentField,
  list,
  optionalText,
  optionalUrl,
  optionalYear,
  versionField,
} from '@/lib/validation/form-fields';
import { normaliseBudget } from '@/lib/validation/money';

// The zod schemas of a content model: one validator per field type, the model's cross-field rules, and the create
// and update variants (update adds the version the form was loaded with). Forms send strings; blank means none.
const blank = (v: unknown) => (v === undefined || v === null ? '' : v);
const asText = (v: unknown) => (typeof v === 'number' ? String(v) : blank(v));

const money = z.preprocess(blank, z.string().trim().max(40, 'budget')).transform((v, ctx) => {
  if (v === '') return null;
  const n = normaliseBudget(v);
  if (n === null) ctx.addIssue({ code: 'custom', message: 'budget' });
  return n;
});

const date = z
  .preprocess(blank, z.string().trim())
  .refine(
    (v) =>
      v === '' ||
      (/^\d{4}-\d{2}-\d{2}$/.test(v) &&
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
        new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)),
    'date',
  )
  .transform((v) => (v === '' ? null : v));

function coordinate(max: number, key: 'latitude' | 'longitude') {
  return z.preprocess(asText, z.string().trim().max(20, key)).transform((v, ctx) => {
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

function normalised(how: 'upper' | 'lower' | 'none') {
  return (v: unknown) => (typeof v === 'string' ? normaliseKey(v, how) : blank(v));
}

/** The validator of one stored value of a field (each language of a translated text has the same). */
export function fieldValidator(field: Field): z.ZodType {
  switch (field.type) {
    case 'key':
      return z.preprocess(
        normalised(field.normalise),
        z.string().min(1, 'required').max(field.max).regex(field.pattern, field.message),
      );
    case 'code':
      return z
        .preprocess(normalised('upper'), z.string())
        .refine((v) => v === '' || field.pattern.test(v), field.message)
        .transform((v) => (v === '' ? null : v));
    case 'text': {
      const syntax = field.syntax;
      if (!syntax) return optionalText(field.max);
      const valid = syntax === 'openingHours' ? isOpeningHours : isTimeZone;
      return optionalText(field.max).refine((v) => v === null || valid(v), syntax);
    }
    case 'url':
      return optionalUrl;
    case 'email':
      return optionalText(254).refine((v) => v === null || z.email().safeParse(v).success, 'email');
    case 'phone':
      return optionalText(50).refine((v) => v === null || /^\+?[0-9 ().\-/]{3,49}$/.test(v), 'phone');
    case 'choice': {
      const fallback = field.default;
      return fallback === undefined
        ? choice(field.values)
        : z.preprocess((v) => (v === undefined || v === null || v === '' ? fallback : v), choice(field.values));
    }
    case 'ref': {
      const t = TARGETS[field.target];
      return z.preprocess(normalised(t.normalise), z.string().min(1, 'required').regex(t.pattern, t.message));
    }
    case 'links': {
      const t = TARGETS[field.target];
      return list(z.preprocess(normalised(t.normalise), z.string().regex(t.pattern, t.message)), field.max);
    }
    case 'money':
      return money;
    case 'year':
      return optionalYear;
    case 'date':
      return date;
    case 'coordinate':
      return coordinate(field.max, field.message);
  }
}

type Values = Record<string, unknown>;

function crossChecks(model: ContentModel) {
  return (v: Values, ctx: z.RefinementCtx) => {
    for (const r of model.rules) {
      if (r.rule === 'notBefore') {
        const from = v[r.after];
        const to = v[r.field];
        if (typeof from === 'number' && typeof to === 'number' && to < from) {
          ctx.addIssue({ code: 'custom', path: [r.field], message: r.message });
        }
      } else if (r.rule === 'oneOf') {
        const names = columnsOf(r.field, model.fields[r.field] as Field);
        if (names.every((n) => v[n] === null)) {
          for (const n of names) ctx.addIssue({ code: 'custom', path: [n], message: r.message });
        }
      } else {
        const [a, b] = r.fields;
        if ((v[a] === null) !== (v[b] === null)) {
          ctx.addIssue({ code: 'custom', path: [v[a] === null ? a : b], message: r.message });
        }
      }
    }
  };
}

/** The zod object of a model's fields (one key per stored name), without the cross-field rules. */
export function fieldsSchema(model: ContentModel) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(model.fields)) {
    for (const column of columnsOf(name, field)) shape[column] = fieldValidator(field);
  }
  return z.object(shape);
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

/** Create and update parsers of a model; `T` is the model's input type (see lib/content/input.ts). */
export function modelParsers<T>(model: ContentModel) {
  // `confirm`: translations staff confirmed still match their source (`summary.fr`), see lib/content/translation.ts.
  const confirm = list(z.string().regex(/^[a-zA-Z]{1,40}\.[a-z]{2,3}$/, 'invalid'), 100).optional();
  const base = fieldsSchema(model).extend({ intent: intentField.optional(), confirm });
  const create = base.superRefine(crossChecks(model));
  const update = base.extend({ version: versionField }).superRefine(crossChecks(model));
  return {
    create: (raw: unknown): ParseResult<T> => {
      const r = create.safeParse(raw);
      return r.success ? { ok: true, data: r.data as T } : { ok: false, fieldErrors: toFieldErrors(r.error) };
    },
    update: (raw: unknown): ParseResult<T & { version: number }> => {
      const r = update.safeParse(raw);
      return r.success
        ? { ok: true, data: r.data as T & { version: number } }
        : { ok: false, fieldErrors: toFieldErrors(r.error) };
    },
  };
}
