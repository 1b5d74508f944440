// Every ISO 3166-1 alpha-2 country named in each language of the locale list by i18n-iso-countries (never typed by
// hand).
import countries, { type LocaleData } from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { localisedName, routing, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';

/** A row of the country table. */
export type CountryRow = { code: string } & LocalisedNames;

// The dataset's names of each language of the locale list (a new language needs its file here).
const LOCALE_DATA: Record<AppLocale, LocaleData> = { fr, en, es };
for (const lang of routing.locales) countries.registerLocale(LOCALE_DATA[lang]);

// The language whose names the dataset has for every country: the others fall back to it.
const COMPLETE_LANGUAGE = 'en' satisfies AppLocale;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * "Micronesia, Federated States of" → "Federated States of Micronesia"; "Virgin Islands, British" → "British Virgin
 * Islands".
 */
function uninvertName(name: string): string {
  const m = /^([^,]+), ((?:\S+ )+of|\S+)$/.exec(name);
  return m?.[1] && m[2] ? `${m[2]} ${m[1]}` : name;
}

/**
 * The readable name among a country's variants (official first, then aliases): the first alias unless it is an
 * abbreviation ("UK"), shared with another country ("Congo"), inverted ("Korea, Republic of") or an unaccented
 * copy of another variant ("Aland Islands"); else the official name. "The X" becomes "X" when "X" is listed too.
 */
function readableCountryName(variants: readonly string[], ambiguous: ReadonlySet<string>): string {
  const [official = '', alias] = variants;
  const acceptable = (name: string) =>
    !/^[A-Z.]+$/.test(name) &&
    !name.includes(',') &&
    !ambiguous.has(name) &&
    !variants.some((v) => v !== name && fold(v) === name);
  let name = alias !== undefined && acceptable(alias) ? alias : official;
  if (name.startsWith('The ') && variants.includes(name.slice(4))) name = name.slice(4);
  return uninvertName(name);
}

function namesIn(lang: AppLocale): Map<string, string> {
  const all = countries.getNames(lang, { select: 'all' });
  const seen = new Map<string, number>();
  for (const variants of Object.values(all)) for (const v of new Set(variants)) seen.set(v, (seen.get(v) ?? 0) + 1);
  const ambiguous = new Set([...seen].filter(([, n]) => n > 1).map(([v]) => v));
  return new Map(Object.entries(all).map(([code, variants]) => [code, readableCountryName(variants, ambiguous)]));
}

/** All countries of the dataset, ordered by code, named in every language (the English name where one is missing). */
export function countryRows(): CountryRow[] {
  const names = new Map(routing.locales.map((lang) => [lang, namesIn(lang)]));
  return Object.keys(countries.getAlpha2Codes())
    .sort()
    .map((code) => {
      const fallback = names.get(COMPLETE_LANGUAGE)?.get(code);
      if (!fallback) throw new Error(`i18n-iso-countries has no English name for ${code}`);
      const row = { code } as CountryRow;
      for (const lang of routing.locales) row[localisedName('name', lang)] = names.get(lang)?.get(code) ?? fallback;
      return row;
    });
}
