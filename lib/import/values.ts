// Parsers of the values written on IOM project pages: amounts, years, codes and run-together country names.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { normaliseProjectCode, PROJECT_CODE_PATTERN } from '@/lib/domain/project';
import { fold } from './page-fields';

countries.registerLocale(en);
countries.registerLocale(fr);

const SPACES = /[\s\u00a0\u202f]+/g;

/** "100000.00", "100,000", "100 000", "USD 1,250,000.5" → "100000.00"-style strings; null when not an amount. */
export function parseAmount(raw: string): string | null {
  const v = raw
    .replace(/USD|US\$|\$|dollars?( E\.-U\.?)?/gi, '')
    .replace(SPACES, ' ')
    .trim();
  let intPart: string;
  let frac = '';
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/.exec(v))) [intPart, frac] = [m[1]!.replace(/,/g, ''), m[2] ?? ''];
  else if ((m = /^(\d{1,3}(?: \d{3})+)(?:,(\d{1,2}))?$/.exec(v)))
    [intPart, frac] = [m[1]!.replace(/ /g, ''), m[2] ?? ''];
  else if ((m = /^(\d{1,3}(?:\.\d{3})+),(\d{1,2})$/.exec(v))) [intPart, frac] = [m[1]!.replace(/\./g, ''), m[2]!];
  else if ((m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(v))) [intPart, frac] = [m[1]!, m[2] ?? ''];
  else return null;
  intPart = intPart.replace(/^0+(?=\d)/, '');
  // numeric(14,2): at most 12 digits before the point.
  if (intPart.length > 12) return null;
  return `${intPart}.${frac.padEnd(2, '0')}`;
}

/** A year from "2021", "15/03/2021", "2021-03-15" or "mars 2021"; null when there is none or it is implausible. */
export function parseYear(raw: string): number | null {
  const years = raw.match(/(?<!\d)(19|20)\d{2}(?!\d)/g);
  if (!years || years.length !== 1) return null;
  return Number(years[0]);
}

/** A project code such as PX.0220, upper-cased; null when it does not look like one. */
export function parseProjectCode(raw: string): string | null {
  const code = normaliseProjectCode(raw);
  return PROJECT_CODE_PATTERN.test(code) && /\d/.test(code) ? code : null;
}

/** A PRIMA ID such as FJ10P0514; null when it does not look like one. */
export function parsePrimaId(raw: string): string | null {
  const id = raw.trim().toUpperCase();
  return /^[A-Z0-9]{6,20}$/.test(id) && /\d/.test(id) ? id : null;
}

const JOINERS = new Set(['and', 'et']);

type NameIndex = { byName: Map<string, string>; longest: number };
let index: NameIndex | undefined;

function uninvert(name: string): string {
  const m = /^([^,]+), (.+)$/.exec(name);
  return m ? `${m[2]} ${m[1]}` : name;
}

// Every English and French name and alias of every country, folded; a name two countries share is left out.
function nameIndex(): NameIndex {
  if (index) return index;
  const owners = new Map<string, Set<string>>();
  for (const lang of ['en', 'fr'] as const) {
    for (const [code, variants] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const variant of variants) {
        for (const name of [variant, uninvert(variant), variant.replace(/^(the|l['’]|la|le|les) /i, '')]) {
          const key = fold(name);
          if (key) owners.set(key, (owners.get(key) ?? new Set()).add(code));
        }
      }
    }
  }
  const byName = new Map<string, string>();
  let longest = 1;
  for (const [key, codes] of owners) {
    if (codes.size !== 1) continue;
    byName.set(key, [...codes][0]!);
    longest = Math.max(longest, key.split(' ').length);
  }
  index = { byName, longest };
  return index;
}

/**
 * Country names written one after another ("Belize Costa Rica République dominicaine El Salvador"), in either
 * language, resolved greedily to the longest known name at each position. Returns the ISO2 codes in order and the
 * words no country name starts with.
 */
export function parseCountryList(raw: string): { codes: string[]; unknown: string[] } {
  const { byName, longest } = nameIndex();
  const words = fold(raw).split(' ').filter(Boolean);
  const codes: string[] = [];
  const unknown: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const code = byName.get(words.slice(i, i + n).join(' '));
      if (code) {
        if (!codes.includes(code)) codes.push(code);
        matched = n;
        break;
      }
    }
    if (matched === 0) {
      // "and"/"et" between names are joiners unless part of a name ("Trinidad and Tobago").
      if (!JOINERS.has(words[i]!)) unknown.push(words[i]!);
      i += 1;
    } else i += matched;
  }
  return { codes, unknown };
}
