// Every ISO 639-1 language with its English name (iso-639-1) and its name in each other language of the locale list
// (the runtime's CLDR data).
import ISO6391 from 'iso-639-1';
import { localisedName, routing, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';

/** A row of the language table. */
export type LanguageRow = { code: string } & LocalisedNames;

// The language of the dataset's names: the others come from Intl and fall back to it.
const DATASET_LANGUAGE = 'en' satisfies AppLocale;

/**
 * Names from iso-639-1 in English and from Intl in the other languages, capitalised ("Espagnol", "Español"); a code
 * that Intl renames (tl → fil) or whose name it shares with another code falls back to English.
 */
export function languageRows(): LanguageRow[] {
  const codes = ISO6391.getAllCodes().slice().sort();
  const english = codes.map((code) => ISO6391.getName(code));
  const names = new Map(
    routing.locales.map((lang) => [lang, lang === DATASET_LANGUAGE ? english : intlNames(codes, lang, english)]),
  );
  return codes.map((code, i) => {
    const row = { code } as LanguageRow;
    for (const lang of routing.locales) row[localisedName('name', lang)] = names.get(lang)?.[i] ?? english[i] ?? code;
    return row;
  });
}

/** The names of `codes` in `lang` from Intl, each unique one capitalised, the others the English name. */
function intlNames(codes: readonly string[], lang: AppLocale, english: readonly string[]): string[] {
  const display = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
  const found = codes.map((code) => {
    const canonical = Intl.getCanonicalLocales(code)[0] === code;
    const name = canonical ? display.of(code) : undefined;
    return name && name !== code ? capitalise(name, lang) : undefined;
  });
  const uses = new Map<string, number>();
  for (const name of found) if (name) uses.set(name, (uses.get(name) ?? 0) + 1);
  return found.map((name, i) => (name && uses.get(name) === 1 ? name : (english[i] ?? codes[i] ?? '')));
}

/** "slavon d’église" → "Slavon d’église". */
function capitalise(name: string, lang: AppLocale): string {
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
