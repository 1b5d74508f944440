import type { z } from 'zod';

// Validation errors travel as message keys of the `validation` namespace (plus ICU values), never as English text.
export const VALIDATION_KEYS = [
  'required',
  'invalid',
  'tooLong',
  'invalidChoice',
  'code',
  'primaId',
  'year',
  'endBeforeStart',
  'budget',
  'url',
  'email',
  'phone',
  'slug',
  'countryCode',
  'languageCode',
  'latitude',
  'longitude',
  'coordinatesPair',
  'titleRequired',
  'nameRequired',
  'duplicate',
  'tooMany',
  'date',
  'version',
  'unknownRegion',
  'unknownType',
  'unknownCountry',
  'unknownService',
  'unknownLanguage',
  'unknownProject',
  'codeTaken',
  'primaTaken',
  'slugTaken',
  'projectCode',
  'serviceSlug',
  'confirmation',
  'codeLocked',
  'slugLocked',
  'controlCharacters',
  'requiredToPublish',
  'openingHours',
  'timeZone',
] as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[number];

type FieldError = { key: ValidationKey; values?: Record<string, number> };
export type FieldErrors = Record<string, FieldError[]>;

const KEYS = new Set<string>(VALIDATION_KEYS);

function issueToError(issue: z.core.$ZodIssue): FieldError {
  if (KEYS.has(issue.message)) return { key: issue.message as ValidationKey };
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'array'
        ? { key: 'tooMany', values: { max: Number(issue.maximum) } }
        : { key: 'tooLong', values: { max: Number(issue.maximum) } };
    case 'too_small':
      return { key: 'required' };
    case 'invalid_value':
      return { key: 'invalidChoice' };
    default:
      return { key: 'invalid' };
  }
}

/** Groups zod issues by top-level field name, as message keys. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : '_form';
    const list = (out[field] ??= []);
    const e = issueToError(issue);
    if (!list.some((x) => x.key === e.key)) list.push(e);
  }
  return out;
}

/** Adds one error to a FieldErrors object (used for database-level checks such as unique codes). */
export function fieldError(field: string, key: ValidationKey): FieldErrors {
  return { [field]: [{ key }] };
}
