import type { ContentModel } from '@/lib/content/field';
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
      json: 'primaId',
      csv: true,
    },
    title: {
      type: 'text',
      max: 500,
      translated: true,
      multiline: false,
      form: { section: 'texts' },
      json: 'title',
      csv: true,
    },
    summary: {
      type: 'text',
      max: 20_000,
      translated: true,
      multiline: true,
      form: { section: 'texts' },
      json: 'summary',
      csv: true,
    },
    status: {
      type: 'choice',
      values: PROJECT_STATUSES,
      labels: 'status',
      form: { section: 'details' },
      json: 'status',
      csv: true,
    },
    coverage: {
      type: 'choice',
      values: COVERAGES,
      labels: 'coverage',
      form: { section: 'details' },
      json: 'coverage',
      csv: true,
    },
    type: { type: 'ref', target: 'projectType', required: true, form: { section: 'details' }, json: 'type', csv: true },
    region: { type: 'ref', target: 'region', required: true, form: { section: 'details' }, json: 'region', csv: true },
    budgetUsd: { type: 'money', form: { section: 'details', hint: true }, json: 'budgetUsd', csv: true },
    fundingYear: { type: 'year', form: { section: 'details' }, json: 'fundingYear', csv: true },
    startYear: { type: 'year', form: { section: 'details' }, json: 'startYear', csv: true },
    endYear: { type: 'year', form: { section: 'details' }, json: 'endYear', csv: true },
    countries: {
      type: 'links',
      target: 'country',
      link: { model: 'projectCountry', owner: 'projectId', column: 'countryCode', ordered: true },
      max: MAX_PROJECT_COUNTRIES,
      form: { section: 'lists' },
      json: 'beneficiaryCountries',
      csv: true,
    },
    sourceUrl: { type: 'url', form: { section: 'links' }, json: null, csv: false },
  },
  rules: [
    { rule: 'notBefore', field: 'endYear', after: 'startYear', message: 'endBeforeStart' },
    { rule: 'oneOf', field: 'title', message: 'titleRequired' },
  ],
} as const satisfies ContentModel;

/** The fields of a project, as declared. */
export type ProjectField = keyof typeof projectModel.fields;
