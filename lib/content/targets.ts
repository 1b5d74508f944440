import type { Target } from '@/lib/content/field';
import { PROJECT_CODE_PATTERN } from '@/lib/domain/project';
import type { ValidationKey } from '@/lib/validation/form-errors';

// The tables records point at, as forms send them (a key: slug or code) and as the write path resolves them.
type TargetSpec = {
  /** Prisma model holding the targets. */
  model: 'region' | 'projectType' | 'country' | 'service' | 'language' | 'project';
  /** Its column staff refer to a row by. */
  key: 'slug' | 'code';
  /** Its column a link stores ('code' when the key itself is stored). */
  id: 'id' | 'code';
  /** How a typed key is normalised before it is checked. */
  normalise: 'upper' | 'lower' | 'none';
  pattern: RegExp;
  /** The message when the key is malformed, and when no row has it. */
  message: ValidationKey;
  unknown: ValidationKey;
  /** The column a record's links to this table are listed by (services keep their own order). */
  order: 'slug' | 'code' | 'sortOrder';
};

const SLUG = /^[a-z0-9-]{1,64}$/;

export const TARGETS = {
  region: {
    model: 'region',
    key: 'slug',
    id: 'id',
    normalise: 'none',
    pattern: SLUG,
    message: 'invalidChoice',
    unknown: 'unknownRegion',
    order: 'slug',
  },
  projectType: {
    model: 'projectType',
    key: 'slug',
    id: 'id',
    normalise: 'none',
    pattern: SLUG,
    message: 'invalidChoice',
    unknown: 'unknownType',
    order: 'slug',
  },
  country: {
    model: 'country',
    key: 'code',
    id: 'code',
    normalise: 'upper',
    pattern: /^[A-Z]{2}$/,
    message: 'countryCode',
    unknown: 'unknownCountry',
    order: 'code',
  },
  service: {
    model: 'service',
    key: 'slug',
    id: 'id',
    normalise: 'none',
    pattern: SLUG,
    message: 'serviceSlug',
    unknown: 'unknownService',
    order: 'sortOrder',
  },
  language: {
    model: 'language',
    key: 'code',
    id: 'code',
    normalise: 'lower',
    pattern: /^[a-z]{2}$/,
    message: 'languageCode',
    unknown: 'unknownLanguage',
    order: 'code',
  },
  project: {
    model: 'project',
    key: 'code',
    id: 'id',
    normalise: 'upper',
    pattern: PROJECT_CODE_PATTERN,
    message: 'projectCode',
    unknown: 'unknownProject',
    order: 'code',
  },
} as const satisfies Record<Target, TargetSpec>;

/** A typed key normalised as its table stores it (trimmed; codes in their stored case). */
export function normaliseKey(raw: string, how: 'upper' | 'lower' | 'none'): string {
  const t = raw.trim();
  return how === 'upper' ? t.toUpperCase() : how === 'lower' ? t.toLowerCase() : t;
}
