import { sourceLanguageField, type ContentModel } from '@/lib/content/field';
import { COVERAGES, PROJECT_CODE_PATTERN, PROJECT_STATUSES } from '@/lib/domain/project';

// The project content model: each field declared once. Validation (lib/content/schema.ts), the staff form, the
// snapshot that revisions and diffs compare, the write path's columns (lib/content/storage.ts), the JSON API and
// the CSV export and import follow from it. Labels: `adminForm.fields.<column>`; CSV headers:
// `projectList.csv.<name>`; page-import labels: lib/import/project-labels.ts.

/** Most beneficiary countries a project may list (the form's limit, and the CSV import's per cell). */
export const MAX_PROJECT_COUNTRIES = 250;

export const projectModel = {
  kind: 'project',
  key: 'code',
  fields: {
    code: {
      type: 'key',
      max: 20,
      pattern: PROJECT_CODE_PATTERN,
      normalise: 'upper',
      message: 'code',
      taken: 'codeTaken',
      locked: 'codeLocked',
      form: { section: 'identity', hint: true },
      pageLabels: {
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
      json: 'code',
      csv: true,
    },
    primaId: {
      type: 'code',
      max: 20,
      pattern: /^[A-Z0-9]{3,20}$/,
      message: 'primaId',
      unique: 'primaTaken',
      form: { section: 'identity' },
      pageLabels: {
        en: ['PRIMA ID', 'PRIMA number', 'PRIMA code', 'PRIMA'],
        fr: ['Prima ID', 'ID PRIMA', 'Identifiant PRIMA', 'Numéro PRIMA', 'Code PRIMA'],
      },
      json: 'primaId',
      csv: true,
    },
    title: {
      type: 'text',
      max: 500,
      translated: true,
      multiline: false,
      publishIn: ['en', 'fr'],
      form: { section: 'texts' },
      pageLabels: {
        en: ['Title', 'Project title', 'Project name', 'Name of the project'],
        fr: ['Titre', 'Titre du projet', 'Intitulé', 'Intitulé du projet', 'Nom du projet'],
      },
      json: 'title',
      csv: true,
    },
    status: {
      type: 'choice',
      values: PROJECT_STATUSES,
      labels: 'status',
      form: { section: 'details' },
      pageLabels: {
        en: ['Status', 'Project status', 'Implementation status', 'Current status'],
        fr: ['Statut', 'Statut du projet', 'État du projet', 'État d’avancement', 'Situation du projet'],
      },
      json: 'status',
      csv: true,
    },
    type: {
      type: 'ref',
      target: 'projectType',
      required: true,
      form: { section: 'details' },
      pageLabels: {
        en: ['Type', 'Project type', 'Type of project', 'Project category', 'Category', 'Thematic area'],
        fr: ['Type', 'Type de projet', 'Catégorie', 'Catégorie de projet', 'Domaine thématique', 'Thématique'],
      },
      json: 'type',
      csv: true,
    },
    coverage: {
      type: 'choice',
      values: COVERAGES,
      labels: 'coverage',
      form: { section: 'details' },
      pageLabels: {
        en: ['Coverage', 'Geographical coverage', 'Geographic coverage', 'Geographic scope', 'Scope'],
        fr: ['Couverture', 'Couverture géographique', 'Portée', 'Portée géographique', 'Champ géographique'],
      },
      json: 'coverage',
      csv: true,
    },
    region: {
      type: 'ref',
      target: 'region',
      required: true,
      form: { section: 'details' },
      pageLabels: {
        en: ['IDF Region', 'Region'],
        fr: ['IDF Region', 'Région', 'Région IDF', 'Région du FDI', 'Région FDI'],
      },
      json: 'region',
      csv: true,
    },
    budgetUsd: {
      type: 'money',
      form: { section: 'details', hint: true },
      pageLabels: {
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
      json: 'budgetUsd',
      csv: true,
    },
    startYear: {
      type: 'year',
      form: { section: 'details' },
      pageLabels: {
        en: ['Start date', 'Start', 'Start year', 'Project start date', 'Starting date', 'Beginning'],
        fr: ['Date de début', 'Début', 'Année de début', 'Date de démarrage', 'Démarrage', 'Date de commencement'],
      },
      json: 'startYear',
      csv: true,
    },
    endYear: {
      type: 'year',
      form: { section: 'details' },
      pageLabels: {
        en: ['End date', 'End', 'End year', 'Project end date', 'Completion date', 'Closing date'],
        fr: ['Date de fin', 'Fin', 'Année de fin', 'Date d’achèvement', 'Achèvement', 'Date de clôture'],
      },
      json: 'endYear',
      csv: true,
    },
    fundingYear: {
      type: 'year',
      form: { section: 'details' },
      pageLabels: {
        en: ['Year', 'Funding year', 'Year of funding', 'Approval year'],
        fr: ['Année', 'Année de financement', 'Année d’approbation'],
      },
      json: 'fundingYear',
      csv: true,
    },
    countries: {
      type: 'links',
      target: 'country',
      link: { model: 'projectCountry', owner: 'projectId', column: 'countryCode', ordered: true },
      max: MAX_PROJECT_COUNTRIES,
      form: { section: 'lists' },
      pageLabels: {
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
      json: 'beneficiaryCountries',
      csv: true,
    },
    summary: {
      type: 'text',
      max: 20_000,
      translated: true,
      multiline: true,
      publishIn: ['en', 'fr'],
      form: { section: 'texts' },
      pageLabels: {
        en: ['Description', 'Project description', 'Summary', 'Project summary', 'Overview', 'Abstract'],
        fr: ['Description', 'Description du projet', 'Résumé', 'Résumé du projet', 'Présentation du projet', 'Aperçu'],
      },
      json: 'summary',
      csv: true,
    },
    sourceUrl: { type: 'url', form: { section: 'links' }, json: null, csv: false },
    sourceLanguage: sourceLanguageField,
  },
  rules: [
    { rule: 'notBefore', field: 'endYear', after: 'startYear', message: 'endBeforeStart' },
    { rule: 'oneOf', field: 'title', message: 'titleRequired' },
  ],
} as const satisfies ContentModel;
