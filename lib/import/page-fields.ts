// The field labels of IOM project pages, in French and English with the variants seen on the site, and the value
// vocabularies (status, coverage) in both languages. Labels are compared folded (no accents, case, punctuation).
import type { Coverage, ProjectStatus } from '@/lib/domain/project';

export type PageField =
  | 'startYear'
  | 'endYear'
  | 'status'
  | 'type'
  | 'budgetUsd'
  | 'coverage'
  | 'fundingYear'
  | 'region'
  | 'primaId'
  | 'code'
  | 'beneficiaryCountries';

/** Folds a label or value for comparison: no accents, lower case, runs of non-alphanumerics as one space. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const LABELS: Record<PageField, { fr: string[]; en: string[] }> = {
  startYear: {
    fr: ['Date de début', 'Début', 'Année de début'],
    en: ['Start date', 'Start', 'Start year', 'Project start date'],
  },
  endYear: { fr: ['Date de fin', 'Fin', 'Année de fin'], en: ['End date', 'End', 'End year', 'Project end date'] },
  status: { fr: ['Statut du projet', 'Statut', 'État du projet'], en: ['Project status', 'Status'] },
  type: { fr: ['Type de projet', 'Type'], en: ['Project type', 'Type'] },
  budgetUsd: {
    fr: ['Budget Amount (USD)', 'Montant du budget (USD)', 'Budget (USD)', 'Montant du budget', 'Budget'],
    en: ['Budget Amount (USD)', 'Budget amount', 'Budget (USD)', 'Budget'],
  },
  coverage: { fr: ['Couverture', 'Couverture géographique'], en: ['Coverage', 'Geographical coverage'] },
  fundingYear: { fr: ['Année', 'Année de financement'], en: ['Year', 'Funding year'] },
  region: { fr: ['IDF Region', 'Région IDF', 'Région du FDI', 'Région'], en: ['IDF Region', 'IDF region', 'Region'] },
  primaId: { fr: ['Prima ID', 'ID Prima', 'Identifiant PRIMA'], en: ['Prima ID', 'PRIMA ID'] },
  code: {
    fr: ['Projet ID', 'ID du projet', 'Identifiant du projet', 'Code du projet'],
    en: ['Project ID', 'Project code'],
  },
  beneficiaryCountries: {
    fr: [
      'Etat(s) membre(s) beneficiaires remplissant les conditions requises',
      'États membres bénéficiaires remplissant les conditions requises',
      'États membres bénéficiaires',
      'Pays bénéficiaires',
    ],
    en: [
      'Eligible beneficiary Member State(s)',
      'Eligible Member State(s) beneficiaries',
      'Benefiting Member State(s)',
      'Beneficiary Member States',
      'Beneficiary countries',
    ],
  },
};

// Labels written the same in both languages ("Budget Amount (USD)", "Prima ID") do not tell the page's language.
const BY_LABEL = new Map<string, { field: PageField; lang: 'fr' | 'en' | null }>();
for (const [field, { fr, en }] of Object.entries(LABELS) as [PageField, { fr: string[]; en: string[] }][]) {
  const enFolded = new Set(en.map(fold));
  for (const label of fr) BY_LABEL.set(fold(label), { field, lang: enFolded.has(fold(label)) ? null : 'fr' });
  for (const label of en) if (!BY_LABEL.has(fold(label))) BY_LABEL.set(fold(label), { field, lang: 'en' });
}

// No label is longer than this, however spaced out: longer lines (descriptions) are not folded just to find out.
const LABEL_MAX_LENGTH = 200;

/** The field a line labels, and the language the label is written in (null when it is the same in both). */
export function fieldOfLabel(line: string): { field: PageField; lang: 'fr' | 'en' | null } | undefined {
  return line.length > LABEL_MAX_LENGTH ? undefined : BY_LABEL.get(fold(line));
}

const STATUSES: Record<ProjectStatus, string[]> = {
  planned: ['Planned', 'Planifié', 'Prévu', 'Pipeline', 'En préparation', 'Not started', 'Non commencé'],
  active: ['Active', 'Actif', 'Ongoing', 'En cours', 'Implementation', 'Mise en œuvre'],
  completed: ['Completed', 'Achevé', 'Terminé', 'Closed', 'Clôturé', 'Finished', 'Complété'],
  suspended: ['Suspended', 'Suspendu'],
  cancelled: ['Cancelled', 'Canceled', 'Annulé'],
};
const COVERAGE: Record<Coverage, string[]> = {
  national: ['National', 'Nationale'],
  regional: ['Regional', 'Régional', 'Régionale', 'Multi-country', 'Multi-pays'],
  global: ['Global', 'Globale', 'Mondial', 'Mondiale', 'Worldwide'],
};

function lookup<K extends string>(table: Record<K, string[]>, value: string): K | undefined {
  const v = fold(value);
  return (Object.keys(table) as K[]).find((key) => table[key].some((w) => fold(w) === v));
}

/** "Achevé" → completed, "Ongoing" → active; undefined when unknown. */
export const statusOf = (value: string) => lookup(STATUSES, value);
/** "Regional"/"Régionale" → regional; undefined when unknown. */
export const coverageOf = (value: string) => lookup(COVERAGE, value);
