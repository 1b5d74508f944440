import { createHash } from 'node:crypto';
import { CONTENT_LOCALES, isTranslated, localisedName, type ContentModel } from '@/lib/content/field';
import { isAppLocale, routing, type AppLocale } from '@/lib/i18n/routing';
import type { FieldErrors } from '@/lib/validation/form-errors';

// Translation status of a record's translated fields. Each record names its source language (the one it was written
// in); for every other language, the record keeps the md5 of the source text as it was when that translation was last
// saved. A translation is out of date when the source text has changed since, missing when it has no text. Hashes,
// not timestamps: a source edited and then put back makes its translations current again, and two saves in the same
// millisecond cannot disagree.

/** A translated field's state in one language. */
export type TranslationState = 'source' | 'missing' | 'current' | 'stale';

/** Per translated field and language, the md5 of the source text when that translation was last saved. */
export type TranslationMeta = Record<string, Partial<Record<AppLocale, string>>>;

/** A record's texts by stored name (`titleEn`, `titleFr`…), as forms send them and snapshots hold them. */
type Values = Record<string, unknown>;

const textOf = (values: Values, name: string, lang: AppLocale): string | null => {
  const v = values[localisedName(name, lang)];
  return typeof v === 'string' && v.trim() !== '' ? v : null;
};

/** md5 (hex) of a source text, none counting as the empty text. */
export function sourceHash(text: string | null): string {
  return createHash('md5')
    .update(text ?? '', 'utf8')
    .digest('hex');
}

/** The names of a model's translated fields. */
export function translatedFields(model: ContentModel): string[] {
  return Object.entries(model.fields)
    .filter(([, field]) => isTranslated(field))
    .map(([name]) => name);
}

/** A record's source language from its values (the default locale when it names none or an unknown one). */
function sourceOf(values: Values): AppLocale {
  const v = values.sourceLanguage;
  return isAppLocale(v) ? v : routing.defaultLocale;
}

/** Reads a stored `translations` column; anything malformed counts as no translation saved. */
export function metaOf(stored: unknown): TranslationMeta {
  const out: TranslationMeta = {};
  if (stored === null || typeof stored !== 'object') return out;
  for (const [field, byLang] of Object.entries(stored as Record<string, unknown>)) {
    if (byLang === null || typeof byLang !== 'object') continue;
    const hashes: Partial<Record<AppLocale, string>> = {};
    for (const [lang, hash] of Object.entries(byLang as Record<string, unknown>)) {
      if (isAppLocale(lang) && typeof hash === 'string') hashes[lang] = hash;
    }
    out[field] = hashes;
  }
  return out;
}

/** The state of every translated field in every language, by stored name (`summaryFr` → 'stale'). */
export function translationStates(model: ContentModel, values: Values, meta: TranslationMeta) {
  const source = sourceOf(values);
  const states: Record<string, TranslationState> = {};
  for (const name of translatedFields(model)) {
    const hash = sourceHash(textOf(values, name, source));
    for (const lang of CONTENT_LOCALES) {
      const column = localisedName(name, lang);
      if (lang === source) states[column] = 'source';
      else if (textOf(values, name, lang) === null) states[column] = 'missing';
      else states[column] = meta[name]?.[lang] === hash ? 'current' : 'stale';
    }
  }
  return states;
}

/** The languages in which some field whose source has text is missing or out of date. */
export function languagesNeedingTranslation(model: ContentModel, values: Values, meta: TranslationMeta): AppLocale[] {
  const source = sourceOf(values);
  const states = translationStates(model, values, meta);
  const fields = translatedFields(model).filter((name) => textOf(values, name, source) !== null);
  return CONTENT_LOCALES.filter((lang) =>
    fields.some((name) => ['missing', 'stale'].includes(states[localisedName(name, lang)] ?? '')),
  );
}

/** What a save knows of the record before it: its values and saved hashes (null when creating). */
type Before = { values: Values; meta: TranslationMeta } | null;

/**
 * The hashes to store after a save: a translation counts as saved again when its text changed, when staff confirmed
 * it still matches the source (`confirmed` holds `field.lang`, e.g. `summary.fr`), when the record is new, or when
 * the source language changed; otherwise it keeps the hash it had.
 */
export function nextMeta(model: ContentModel, before: Before, after: Values, confirmed: readonly string[]) {
  const source = sourceOf(after);
  const sourceMoved = before !== null && sourceOf(before.values) !== source;
  const meta: TranslationMeta = {};
  for (const name of translatedFields(model)) {
    const hash = sourceHash(textOf(after, name, source));
    const hashes: Partial<Record<AppLocale, string>> = {};
    for (const lang of CONTENT_LOCALES) {
      const text = textOf(after, name, lang);
      if (lang === source || text === null) continue;
      const saved =
        before === null ||
        sourceMoved ||
        text !== textOf(before.values, name, lang) ||
        confirmed.includes(`${name}.${lang}`);
      const kept = before?.meta[name]?.[lang];
      if (saved) hashes[lang] = hash;
      else if (kept) hashes[lang] = kept;
    }
    meta[name] = hashes;
  }
  return meta;
}

/** Why a record cannot be published: each translated field with text but missing in a language it must have. */
export function publishErrors(model: ContentModel, values: Values): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, field] of Object.entries(model.fields)) {
    if (!isTranslated(field) || !field.publishIn) continue;
    if (CONTENT_LOCALES.every((lang) => textOf(values, name, lang) === null)) continue;
    const required = field.publishIn === 'all' ? CONTENT_LOCALES : field.publishIn;
    for (const lang of required) {
      if (textOf(values, name, lang) === null) errors[localisedName(name, lang)] = [{ key: 'requiredToPublish' }];
    }
  }
  return errors;
}
