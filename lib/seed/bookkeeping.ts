// Translation bookkeeping of seeded records (lib/content/translation.ts): the hashes of their translations and the
// languages that still need one, from their texts as stored (one object per translated field, keyed by language).
import { CONTENT_LOCALES, localisedName, type ContentModel } from '@/lib/content/field';
import {
  languagesNeedingTranslation,
  metaOf,
  nextMeta,
  translatedFields,
  type TranslationMeta,
} from '@/lib/content/translation';
import { localisedOf } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';

type Row = Record<string, unknown>;

/** The translation columns of a record: per field and language, the source's md5; the languages needing work. */
type Bookkeeping = { translations: TranslationMeta; needsTranslation: AppLocale[] };

/** A record's texts by per-language name (`titleEn`, `titleFr`…) and its source language, from its stored shape. */
function translationValues(model: ContentModel, row: Row): Row {
  const values: Row = { sourceLanguage: row.sourceLanguage };
  for (const name of translatedFields(model)) {
    const texts = localisedOf(row[name]);
    for (const lang of CONTENT_LOCALES) values[localisedName(name, lang)] = texts[lang];
  }
  return values;
}

/**
 * The bookkeeping of a seeded record: its translations are the seed's own, so each counts as saved now (up to date
 * with its source text), whatever `stored` (the row the database holds, null when creating) recorded. The same
 * texts always give the same hashes, so a record the seed already wrote gets exactly what it holds.
 */
export function seededBookkeeping(model: ContentModel, record: Row, stored: Row | null): Bookkeeping {
  const values = translationValues(model, record);
  const before = stored && { values: translationValues(model, stored), meta: metaOf(stored.translations) };
  const confirmed = translatedFields(model).flatMap((name) => CONTENT_LOCALES.map((lang) => `${name}.${lang}`));
  const translations = nextMeta(model, before, values, confirmed);
  return { translations, needsTranslation: languagesNeedingTranslation(model, values, translations) };
}
