import { localisedName, routing, type AppLocale } from '@/lib/i18n/routing';

// A translated field's name in one language (title + fr → titleFr), for the models' consumers.
export { localisedName };
import type { ValidationKey } from '@/lib/validation/form-errors';

// The vocabulary of the content models (./project.ts, ./centre.ts): what a field can be, and the decisions every
// field must make (the type requires them, so a new field does not compile until each consumer is answered).
// Plain data only: client components (the staff form) read the models too.

/** A table other records point at: how to find a row by the value staff type, and what the link stores. */
export type Target = 'region' | 'projectType' | 'country' | 'service' | 'language' | 'project';

/** A record kind's one-to-many link table (e.g. project → countries), as the write path and snapshots read it. */
type Link = {
  /** Prisma model of the link table. */
  model: 'projectCountry' | 'centreService' | 'centreLanguage' | 'centreProject';
  /** Column of the link table pointing at the record. */
  owner: 'projectId' | 'centreId';
  /** Column of the link table holding the target (its key itself or its id). */
  column: 'countryCode' | 'serviceId' | 'languageCode' | 'projectId';
  /** Whether the link keeps the order staff gave (a `position` column). */
  ordered: boolean;
};

/** Where a field sits in the staff form. */
export type FormSection = 'identity' | 'texts' | 'location' | 'details' | 'contact' | 'lists' | 'links';

/** Value labels of a choice field: a message namespace holding one key per value. */
export type ChoiceLabels = 'status' | 'coverage' | 'centreKinds' | 'centreStatuses' | 'contentLanguages';

type Value =
  | {
      type: 'key';
      max: number;
      pattern: RegExp;
      normalise: 'upper' | 'lower';
      message: ValidationKey;
      /** Messages when another record has the key, and when an edit tries to change it. */
      taken: ValidationKey;
      locked: ValidationKey;
    }
  | { type: 'code'; max: number; pattern: RegExp; message: ValidationKey; unique: ValidationKey }
  | {
      type: 'text';
      max: number;
      translated: boolean;
      multiline: boolean;
      /** Text in a machine-readable syntax, checked on save (`validation.<syntax>` is its message). */
      syntax?: 'openingHours' | 'timeZone';
      /**
       * Translated text only: the languages it must have before the record is published (`all`: every language of
       * the locale list). Required when the field has text in some language; a field with none is left to its rules.
       */
      publishIn?: 'all' | readonly AppLocale[];
    }
  | { type: 'url' }
  | { type: 'email' }
  | { type: 'phone' }
  | {
      type: 'choice';
      values: readonly [string, ...string[]];
      labels: ChoiceLabels;
      /** The value a form or file without this field gets (none: the field is required). */
      default?: string;
    }
  | { type: 'ref'; target: Target; required: true }
  | { type: 'links'; target: Target; link: Link; max: number }
  | { type: 'money' }
  | { type: 'year' }
  | { type: 'date' }
  | { type: 'coordinate'; max: 90 | 180; message: 'latitude' | 'longitude' };

/** What every field declares besides its value: where it shows and how it travels. */
type Decisions = {
  /** Staff form placement; `hint` shows `adminForm.hints.<name>` under the control. */
  form: { section: FormSection; hint?: boolean };
  /** Name in the JSON API (null: not in the API). */
  json: string | null;
  /** In the projects CSV export and import (`projectList.csv.<name>` is its header). */
  csv: boolean;
  /**
   * The field's labels as IOM project pages write them, in each language (what the page importer looks for; its
   * matching tolerates case, accents, punctuation, plurals and extra words, so list wordings, not spellings).
   */
  pageLabels?: FieldLabels;
};

/**
 * A field's labels on IOM pages in the languages the page importer reads (the pages it imports are published in
 * English and French; a language without labels there is simply not recognised on import).
 */
export type FieldLabels = Partial<Record<AppLocale, readonly string[]>>;

/** One field of a content model. */
export type Field = Value & Decisions;

/** A rule over several fields, checked after each field is valid. */
type CrossRule =
  | { rule: 'oneOf'; field: string; message: ValidationKey }
  | { rule: 'notBefore'; field: string; after: string; message: ValidationKey }
  | { rule: 'pair'; fields: readonly [string, string]; message: ValidationKey };

/** A record kind's content model. */
export type ContentModel<F extends string = string> = {
  kind: 'project' | 'centre';
  /** The field naming the record in addresses (project code, centre slug). */
  key: F;
  fields: Record<F, Field>;
  rules: readonly CrossRule[];
};

/**
 * The languages translated text is stored in: each translated field is one jsonb object keyed by language, and its
 * form, snapshot and diff names are one per language (`titleEn`, `titleFr`, `titleEs`).
 */
export const CONTENT_LOCALES: readonly AppLocale[] = routing.locales;

/** The language a record was written in: the source its translations follow (every model declares it). */
export const sourceLanguageField = {
  type: 'choice',
  values: routing.locales,
  labels: 'contentLanguages',
  default: routing.defaultLocale,
  form: { section: 'identity', hint: true },
  json: 'sourceLanguage',
  csv: false,
} as const satisfies Field;

/** Whether a field is translated text (one value per language). */
export function isTranslated(field: Field): field is Extract<Field, { type: 'text' }> & { translated: true } {
  return field.type === 'text' && field.translated;
}

/** The stored names of a field: one per language for translated text, else the field's own name. */
export function columnsOf(name: string, field: Field): string[] {
  return isTranslated(field) ? CONTENT_LOCALES.map((l) => localisedName(name, l)) : [name];
}

/** Every stored name of a model, in declaration order (what forms send, snapshots hold and diffs compare). */
export function modelColumns(model: ContentModel): string[] {
  return Object.entries(model.fields).flatMap(([name, field]) => columnsOf(name, field));
}

/** Form fields that carry several values (checkbox lists). */
export function multiValued(model: ContentModel): string[] {
  return Object.entries(model.fields)
    .filter(([, f]) => f.type === 'links')
    .map(([name]) => name);
}
