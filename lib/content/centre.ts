import { sourceLanguageField, type ContentModel } from '@/lib/content/field';

// The resource-centre content model: each field declared once (see lib/content/project.ts for what follows from
// it). Labels: `adminForm.fields.<column>`.

/** Kinds of centre (the Prisma enum CentreKind; a unit test keeps them equal). */
export const CENTRE_KINDS = [
  'resource_centre',
  'one_stop_resource_centre',
  'information_desk',
  'documentation_centre',
  'shelter',
  'other',
] as const;
export type CentreKind = (typeof CENTRE_KINDS)[number];

/** Operating statuses of a centre (the Prisma enum CentreStatus). */
export const CENTRE_STATUSES = ['planned', 'operational', 'temporarily_closed', 'closed'] as const;
export type CentreStatus = (typeof CENTRE_STATUSES)[number];

/** Centre slugs: lower-case words of letters and digits joined by hyphens. */
const CENTRE_SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const plain = (max: number, section: 'location' | 'contact', json: string) =>
  ({ type: 'text', max, translated: false, multiline: false, form: { section }, json, csv: false }) as const;
const translatedLine = (max: number, json: string) =>
  ({ type: 'text', max, translated: true, multiline: false, form: { section: 'texts' }, json, csv: false }) as const;

export const centreModel = {
  kind: 'centre',
  key: 'slug',
  fields: {
    slug: {
      type: 'key',
      max: 120,
      pattern: CENTRE_SLUG_PATTERN,
      normalise: 'lower',
      message: 'slug',
      taken: 'slugTaken',
      locked: 'slugLocked',
      form: { section: 'identity', hint: true },
      json: 'slug',
      csv: false,
    },
    kind: {
      type: 'choice',
      values: CENTRE_KINDS,
      labels: 'centreKinds',
      form: { section: 'identity' },
      json: 'kind',
      csv: false,
    },
    status: {
      type: 'choice',
      values: CENTRE_STATUSES,
      labels: 'centreStatuses',
      form: { section: 'identity' },
      json: 'status',
      csv: false,
    },
    name: {
      type: 'text',
      max: 300,
      translated: true,
      multiline: false,
      publishIn: 'all',
      form: { section: 'texts' },
      json: 'name',
      csv: false,
    },
    description: {
      type: 'text',
      max: 20_000,
      translated: true,
      multiline: true,
      form: { section: 'texts' },
      json: 'description',
      csv: false,
    },
    openingHours: {
      type: 'text',
      max: 1000,
      translated: true,
      multiline: true,
      form: { section: 'texts' },
      json: 'openingHours',
      csv: false,
    },
    countryCode: {
      type: 'ref',
      target: 'country',
      required: true,
      form: { section: 'location' },
      json: 'country',
      csv: false,
    },
    adminArea: plain(200, 'location', 'adminArea'),
    locality: plain(200, 'location', 'locality'),
    streetAddress: plain(500, 'location', 'streetAddress'),
    latitude: {
      type: 'coordinate',
      max: 90,
      message: 'latitude',
      form: { section: 'location', hint: true },
      json: 'latitude',
      csv: false,
    },
    longitude: {
      type: 'coordinate',
      max: 180,
      message: 'longitude',
      form: { section: 'location', hint: true },
      json: 'longitude',
      csv: false,
    },
    phone: { type: 'phone', form: { section: 'contact' }, json: 'phone', csv: false },
    email: { type: 'email', form: { section: 'contact' }, json: 'email', csv: false },
    website: { type: 'url', form: { section: 'contact' }, json: 'website', csv: false },
    // Translated: bodies have names in each language ("Provincial Government of Masbate", "Gouvernement provincial…").
    operator: translatedLine(500, 'operator'),
    partners: translatedLine(2000, 'partners'),
    openedYear: { type: 'year', form: { section: 'contact' }, json: 'openedYear', csv: false },
    // Opening hours in OpenStreetMap's syntax, evaluated in `timeZone` (none: the country's).
    hours: {
      type: 'text',
      max: 500,
      translated: false,
      multiline: false,
      syntax: 'openingHours',
      form: { section: 'contact', hint: true },
      json: 'hours',
      csv: false,
    },
    timeZone: {
      type: 'text',
      max: 64,
      translated: false,
      multiline: false,
      syntax: 'timeZone',
      form: { section: 'contact', hint: true },
      json: 'timeZone',
      csv: false,
    },
    // A dated temporary notice ("closed from 24 to 26 December"), shown while it applies.
    notice: {
      type: 'text',
      max: 1000,
      translated: true,
      multiline: true,
      form: { section: 'texts' },
      json: 'notice',
      csv: false,
    },
    noticeFrom: { type: 'date', form: { section: 'contact' }, json: 'noticeFrom', csv: false },
    noticeUntil: { type: 'date', form: { section: 'contact' }, json: 'noticeUntil', csv: false },
    // lastVerifiedAt is no field of the form: set only by "Confirm as verified" (confirmCentreVerified in
    // lib/data/record-write.ts); the public page and the API read the column.
    sourceLanguage: sourceLanguageField,
    services: {
      type: 'links',
      target: 'service',
      link: { model: 'centreService', owner: 'centreId', column: 'serviceId', ordered: false },
      max: 50,
      form: { section: 'lists' },
      json: 'services',
      csv: false,
    },
    languages: {
      type: 'links',
      target: 'language',
      link: { model: 'centreLanguage', owner: 'centreId', column: 'languageCode', ordered: false },
      max: 200,
      form: { section: 'lists' },
      json: 'languages',
      csv: false,
    },
    projects: {
      type: 'links',
      target: 'project',
      link: { model: 'centreProject', owner: 'centreId', column: 'projectId', ordered: false },
      max: 200,
      form: { section: 'lists' },
      json: 'projects',
      csv: false,
    },
  },
  rules: [
    { rule: 'pair', fields: ['latitude', 'longitude'], message: 'coordinatesPair' },
    { rule: 'oneOf', field: 'name', message: 'nameRequired' },
  ],
} as const satisfies ContentModel;
