// Each importable field's labels as IOM project pages write them, in English and in French: the one place to add a
// wording met on a page. Matching (./page-fields.ts) tolerates case, accents, punctuation, singular/plural, "(s)",
// small words ("of", "du"…) and a few extra words around a label ("Total budget (USD)", "Date de fin prévue"), so
// list wordings, not their spellings. A label written the same in both languages ("Budget") tells no language.
import type { ImportField } from './imported-project';

/** The labels of one field, as written on English and on French pages. */
export type FieldLabels = { readonly en: readonly string[]; readonly fr: readonly string[] };

export const PROJECT_LABELS = {
  code: {
    en: ['Project ID', 'Project code', 'Project number', 'Project reference', 'Project No.', 'Code', 'ID'],
    fr: [
      'Projet ID',
      'Code',
      'ID',
      'ID du projet',
      'Identifiant du projet',
      'Code du projet',
      'Numéro du projet',
      'Référence du projet',
      'Identifiant',
    ],
  },
  primaId: {
    en: ['PRIMA ID', 'PRIMA number', 'PRIMA code', 'PRIMA'],
    fr: ['Prima ID', 'ID PRIMA', 'Identifiant PRIMA', 'Numéro PRIMA', 'Code PRIMA'],
  },
  title: {
    en: ['Title', 'Project title', 'Project name', 'Name of the project'],
    fr: ['Titre', 'Titre du projet', 'Intitulé', 'Intitulé du projet', 'Nom du projet'],
  },
  summary: {
    en: ['Description', 'Project description', 'Summary', 'Project summary', 'Overview', 'Abstract'],
    fr: ['Description', 'Description du projet', 'Résumé', 'Résumé du projet', 'Présentation du projet', 'Aperçu'],
  },
  status: {
    en: ['Status', 'Project status', 'Implementation status', 'Current status'],
    fr: ['Statut', 'Statut du projet', 'État du projet', 'État d’avancement', 'Situation du projet'],
  },
  type: {
    en: ['Type', 'Project type', 'Type of project', 'Project category', 'Category', 'Thematic area'],
    fr: ['Type', 'Type de projet', 'Catégorie', 'Catégorie de projet', 'Domaine thématique', 'Thématique'],
  },
  coverage: {
    en: ['Coverage', 'Geographical coverage', 'Geographic coverage', 'Geographic scope', 'Scope'],
    fr: ['Couverture', 'Couverture géographique', 'Portée', 'Portée géographique', 'Champ géographique'],
  },
  region: {
    en: ['IDF Region', 'Region'],
    fr: ['IDF Region', 'Région', 'Région IDF', 'Région du FDI', 'Région FDI'],
  },
  budgetUsd: {
    en: ['Budget', 'Budget Amount (USD)', 'Budget amount', 'Total budget', 'Amount', 'Funding amount'],
    fr: [
      'Budget Amount (USD)',
      'Budget',
      'Montant du budget (USD)',
      'Montant du budget',
      'Budget total',
      'Montant',
      'Montant du financement',
    ],
  },
  startYear: {
    en: ['Start date', 'Start', 'Start year', 'Project start date', 'Starting date', 'Beginning'],
    fr: ['Date de début', 'Début', 'Année de début', 'Date de démarrage', 'Démarrage', 'Date de commencement'],
  },
  endYear: {
    en: ['End date', 'End', 'End year', 'Project end date', 'Completion date', 'Closing date'],
    fr: ['Date de fin', 'Fin', 'Année de fin', 'Date d’achèvement', 'Achèvement', 'Date de clôture'],
  },
  fundingYear: {
    en: ['Year', 'Funding year', 'Year of funding', 'Approval year'],
    fr: ['Année', 'Année de financement', 'Année d’approbation'],
  },
  beneficiaryCountries: {
    en: [
      'Eligible beneficiary Member State(s)',
      'Eligible Member State(s) beneficiaries',
      'Benefiting Member State(s)',
      'Beneficiary Member States',
      'Beneficiary State(s)',
      'Beneficiary countries',
      'Benefiting countries',
      'Benefitting countries',
      'Benefitting States',
      'Member States',
      'Target countries',
      'Countries',
      'Country',
    ],
    fr: [
      'Etat(s) membre(s) beneficiaires remplissant les conditions requises',
      'États membres bénéficiaires remplissant les conditions requises',
      'États membres bénéficiaires',
      'États bénéficiaires',
      'États membres',
      'Pays bénéficiaires',
      'Pays cibles',
      'Pays',
    ],
  },
} as const satisfies Record<ImportField, FieldLabels>;
