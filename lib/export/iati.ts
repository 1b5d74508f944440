// Projects as an IATI activity file (standard 2.03), in every language of the portal. Codes from IATI's codelists:
// ActivityStatus, ActivityDateType, ActivityScope, OrganisationRole/Type, OtherIdentifierType, BudgetType/Status.
import { create, fragment } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { stripControlCharacters } from '@/lib/control-characters';
import type { Coverage, ProjectStatus } from '@/lib/domain/project';
import type { Localised } from '@/lib/format';
import { routing, type AppLocale } from '@/lib/i18n/routing';

/** IOM's organisation identifier in the IATI registry (DAC multilateral code 47066). */
const IOM_IATI_ORG_ID = 'XM-DAC-47066';
const IOM_NAME: Record<AppLocale, string> = {
  en: 'International Organization for Migration',
  fr: 'Organisation internationale pour les migrations',
  es: 'Organización Internacional para las Migraciones',
};
/** The activity's default language (its `xml:lang`): its narratives carry no `xml:lang` of their own. */
const DEFAULT_LANG: AppLocale = 'en';
/** Narrative languages: the default one first, then the others of the locale list in its order. */
const NARRATIVE_LANGS = [DEFAULT_LANG, ...routing.locales.filter((l) => l !== DEFAULT_LANG)];
const MULTILATERAL = '40';

/** The fields of the API's project shape that the IATI file carries. */
export type IatiProject = {
  code: string;
  primaId: string | null;
  title: Localised;
  summary: Localised;
  status: ProjectStatus;
  coverage: Coverage;
  budgetUsd: string | null;
  startYear: number | null;
  endYear: number | null;
  fundingYear: number | null;
  beneficiaryCountries: string[];
  updatedAt: string;
};

const ACTIVITY_STATUS: Record<ProjectStatus, string> = {
  planned: '1',
  active: '2',
  completed: '3',
  cancelled: '5',
  suspended: '6',
};
const ACTIVITY_SCOPE: Record<Coverage, string> = { global: '1', regional: '2', national: '4' };

/** The activity's identifier: the reporting organisation's identifier, a hyphen, the project code. */
export const iatiIdentifier = (code: string) => `${IOM_IATI_ORG_ID}-${code}`;

/** Equal shares of 100 with two decimals that add up to exactly 100 (the last one takes the rounding). */
export function equalPercentages(n: number): string[] {
  if (n <= 0) return [];
  const share = Math.floor(10000 / n);
  return Array.from({ length: n }, (_, i) => ((i === n - 1 ? 10000 - share * (n - 1) : share) / 100).toFixed(2));
}

/** The languages of a text that have some, default language first, with their text. */
const givenTexts = (text: Partial<Localised>) =>
  NARRATIVE_LANGS.flatMap((l) => {
    const value = text[l];
    return value && value.trim() !== '' ? [[l, value] as const] : [];
  });

function narratives(parent: XMLBuilder, text: Partial<Localised>, fallback: string) {
  const given = givenTexts(text);
  // Control characters older records may hold are left out (see lib/control-characters).
  if (given.length === 0) parent.ele('narrative').txt(stripControlCharacters(fallback));
  // A narrative in the activity's default language carries no xml:lang; one per other language that has text does.
  for (const [l, value] of given) {
    parent.ele('narrative', l === DEFAULT_LANG ? {} : { 'xml:lang': l }).txt(stripControlCharacters(value));
  }
}

function organisation(parent: XMLBuilder, name: string, attrs: Record<string, string>) {
  narratives(
    parent.ele(name, { ref: IOM_IATI_ORG_ID, type: MULTILATERAL, ...attrs }),
    IOM_NAME,
    IOM_NAME[DEFAULT_LANG],
  );
}

// IATI needs at least one activity date: planned start and end from the years, else the funding year as start.
function activityDates(a: XMLBuilder, p: IatiProject) {
  const start = p.startYear ?? (p.endYear === null ? p.fundingYear : null);
  if (start !== null) a.ele('activity-date', { type: '1', 'iso-date': `${start}-01-01` });
  if (p.endYear !== null) a.ele('activity-date', { type: '3', 'iso-date': `${p.endYear}-12-31` });
  if (start === null && p.endYear === null) a.ele('activity-date', { type: '1', 'iso-date': p.updatedAt.slice(0, 10) });
}

function activity(root: XMLBuilder, p: IatiProject) {
  const a = root.ele('iati-activity', {
    'last-updated-datetime': p.updatedAt,
    'xml:lang': DEFAULT_LANG,
    'default-currency': 'USD',
    hierarchy: '1',
  });
  a.ele('iati-identifier').txt(iatiIdentifier(p.code));
  organisation(a, 'reporting-org', {});
  narratives(a.ele('title'), p.title, p.code);
  narratives(a.ele('description', { type: '1' }), p.summary, givenTexts(p.title)[0]?.[1] ?? p.code);
  organisation(a, 'participating-org', { role: '4' });
  if (p.primaId) a.ele('other-identifier', { ref: p.primaId, type: 'A1' });
  a.ele('activity-status', { code: ACTIVITY_STATUS[p.status] });
  activityDates(a, p);
  a.ele('activity-scope', { code: ACTIVITY_SCOPE[p.coverage] });
  const shares = equalPercentages(p.beneficiaryCountries.length);
  p.beneficiaryCountries.forEach((code, i) => a.ele('recipient-country', { code, percentage: shares[i] ?? '0.00' }));
  if (p.budgetUsd !== null) {
    const from = p.startYear ?? p.fundingYear ?? p.endYear;
    const to = p.endYear ?? from;
    if (from !== null && to !== null) {
      const b = a.ele('budget', { type: '1', status: '1' });
      b.ele('period-start', { 'iso-date': `${from}-01-01` });
      b.ele('period-end', { 'iso-date': `${to}-12-31` });
      b.ele('value', { currency: 'USD', 'value-date': `${from}-01-01` }).txt(p.budgetUsd);
    }
  }
}

// Characters XML 1.0 cannot hold are dropped from every text and attribute (narratives are stripped above too).
const XML_OPTIONS = { invalidCharReplacement: '' };

/** The `iati-activities` root element (version 2.03) of a new document, without activities. */
const iatiRoot = (generatedAt: Date) =>
  create({ version: '1.0', encoding: 'UTF-8', ...XML_OPTIONS }).ele('iati-activities', {
    version: '2.03',
    'generated-datetime': generatedAt.toISOString(),
  });

/** An `iati-activities` document (version 2.03) with one activity per project, in the given order. */
export function toIatiXml(projects: readonly IatiProject[], generatedAt = new Date()): string {
  const root = iatiRoot(generatedAt);
  for (const p of projects) activity(root, p);
  return root.end({ prettyPrint: true });
}

/** toIatiXml's document in parts, to be sent a batch of projects at a time (the same bytes for the same projects). */
type IatiXmlParts = {
  /** The document when there is no activity at all: its root element closes itself. */
  empty: string;
  /** The XML declaration and the root's start tag, before the first activities. */
  open: string;
  /** Some projects' activities, each on its own lines and indented as in the whole document. */
  activities: (projects: readonly IatiProject[]) => string;
  /** The root's end tag, after the last activities. */
  close: string;
};

/** The parts of the IATI document generated at `generatedAt`; `open`, `activities(…)`…, `close` = toIatiXml. */
export function iatiXmlParts(generatedAt: Date): IatiXmlParts {
  // The empty document's self-closing root `<iati-activities …/>` gives the start tag, written by the same code.
  const empty = iatiRoot(generatedAt).end({ prettyPrint: true });
  return {
    empty,
    open: `${empty.slice(0, -'/>'.length)}>`,
    activities(projects) {
      if (projects.length === 0) return '';
      const part = fragment(XML_OPTIONS);
      for (const p of projects) activity(part, p);
      // One level deep, as under the root; a line break ends the part before it.
      return `\n${part.end({ prettyPrint: true, offset: 1 })}`;
    },
    close: '\n</iati-activities>',
  };
}
