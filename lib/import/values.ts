// Parsers of the values written on IOM project pages: amounts, years, codes and run-together country names.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { normaliseProjectCode, PROJECT_CODE_PATTERN } from '@/lib/domain/project';
import { fold } from './page-fields';

countries.registerLocale(en);
countries.registerLocale(fr);

const SPACES = /[\s\u00a0\u202f]+/g;

// "USD", "US$", "$ US", "$", "dollars", "dollars E.-U.", "dollars des États-Unis": removed before the number is read.
const CURRENCY = /US\s?\$|\$\s?US|USD|\$|dollars?(?: E\.-U\.?| des États-Unis| américains)?/gi;

// "2.5 million", "2,5 millions": at most six digits either side of the decimal mark.
const MILLIONS = /^(\d{1,6})(?:[.,](\d{1,6}))? ?millions?$/i;

/**
 * "100000.00", "100,000", "100 000", "USD 1,250,000.5", "1 500 000 $ US", "2,5 millions USD" → "100000.00"-style
 * strings; null when not an amount.
 */
export function parseAmount(raw: string): string | null {
  const v = raw.replace(CURRENCY, '').replace(SPACES, ' ').trim();
  // Each form: the integer part (with its thousands separator) and the decimals.
  const forms: [RegExp, string][] = [
    [/^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/, ','],
    [/^(\d{1,3}(?: \d{3})+)(?:,(\d{1,2}))?$/, ' '],
    [/^(\d{1,3}(?:\.\d{3})+),(\d{1,2})$/, '.'],
    [/^(\d+)(?:[.,](\d{1,2}))?$/, ''],
  ];
  let intPart: string | undefined;
  let frac = '';
  for (const [form, thousands] of forms) {
    const m = form.exec(v);
    if (!m) continue;
    intPart = thousands === '' ? (m[1] ?? '') : (m[1] ?? '').replaceAll(thousands, '');
    frac = m[2] ?? '';
    break;
  }
  const millions = intPart === undefined ? MILLIONS.exec(v) : null;
  if (millions) intPart = `${millions[1] ?? ''}${(millions[2] ?? '').padEnd(6, '0')}`;
  if (intPart === undefined) return null;
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

// Words between names: joiners ("Fiji, Tonga and Vanuatu") and articles ("the Bahamas", "la Jamaïque", "l’Équateur"),
// skipped when no country name starts with them ("Trinidad and Tobago", "The Gambia" are names).
const BETWEEN_NAMES = new Set(['and', 'et', 'the', 'la', 'le', 'les', 'l']);

// Names the United Nations, and so IOM pages, write that i18n-iso-countries does not list ("Congo", which it lists
// for two countries, is the Republic of the Congo in United Nations usage).
const UN_NAMES: Record<string, string[]> = {
  BO: ['Bolivia (Plurinational State of)', 'Bolivie (État plurinational de)'],
  VE: ['Venezuela (Bolivarian Republic of)', 'Venezuela (République bolivarienne du)'],
  IR: ['Iran (Islamic Republic of)', 'Iran (République islamique d’)'],
  FM: [
    'Micronesia (Federated States of)',
    'Micronesia',
    'Micronésie (États fédérés de)',
    'États fédérés de Micronésie',
  ],
  MD: ['Republic of Moldova', 'Moldova', 'République de Moldova'],
  TZ: ['République-Unie de Tanzanie'],
  LA: ['Lao PDR', 'République démocratique populaire lao'],
  SY: ['Syria', 'République arabe syrienne'],
  KR: ['République de Corée'],
  KP: ["Democratic People's Republic of Korea", 'République populaire démocratique de Corée'],
  CG: ['Congo'],
  US: ['États-Unis'],
  GB: ['United Kingdom of Great Britain and Northern Ireland', 'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord'],
  VN: ['Viet Nam'],
  CV: ['Cabo Verde'],
  NL: ['Pays-Bas (Royaume des)'],
};

// A trie of country names word by word: the longest name starting at a word is found in as many steps as it has
// words, whatever the number of countries.
type NameNode = { code: string | undefined; next: Map<string, NameNode> };
let index: NameNode | undefined;

function uninvert(name: string): string {
  const m = /^([^,]+), (.+)$/.exec(name);
  return m ? `${m[2]} ${m[1]}` : name;
}

// Every English and French name and alias of every country, folded; a name two countries share is left out.
function nameIndex(): NameNode {
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
  for (const [key, codes] of owners) {
    const [code, other] = [...codes];
    if (code !== undefined && other === undefined) byName.set(key, code);
  }
  for (const [code, names] of Object.entries(UN_NAMES)) for (const name of names) byName.set(fold(name), code);
  const root: NameNode = { code: undefined, next: new Map() };
  for (const [key, code] of byName) {
    let node = root;
    for (const word of key.split(' ')) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { code: undefined, next: new Map() }));
      node = child;
    }
    node.code = code;
  }
  index = root;
  return index;
}

/** The longest country name starting at `words[start]`: its code and how many words it takes. */
function longestName(root: NameNode, words: readonly string[], start: number): { code: string; length: number } | null {
  let node: NameNode | undefined = root;
  let found: { code: string; length: number } | null = null;
  for (let i = start; i < words.length; i++) {
    const word = words[i];
    node = word === undefined ? undefined : node.next.get(word);
    if (!node) break;
    if (node.code) found = { code: node.code, length: i - start + 1 };
  }
  return found;
}

/**
 * Country names in either language, one per line, separated by commas, semicolons, "and"/"et", or written one after
 * another on one line ("Belize Costa Rica République dominicaine El Salvador"), resolved greedily to the longest
 * known name at each position (so "Dominican Republic" is never Dominica, and Nigeria is never Niger). No name runs
 * across a line or a semicolon. Returns the ISO2 codes in order and the words no country name starts with.
 */
export function parseCountryList(raw: string): { codes: string[]; unknown: string[] } {
  const root = nameIndex();
  const codes = new Set<string>();
  const unknown: string[] = [];
  for (const segment of raw.split(/[\n;]/)) {
    const words = fold(segment).split(' ').filter(Boolean);
    let i = 0;
    for (const [at, word] of words.entries()) {
      if (at < i) continue;
      const name = longestName(root, words, at);
      if (name) {
        codes.add(name.code);
        i = at + name.length;
      } else if (!BETWEEN_NAMES.has(word)) unknown.push(word);
    }
  }
  return { codes: [...codes], unknown };
}
