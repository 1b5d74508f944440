// zod schemas of the API's response bodies: the OpenAPI document's components are generated from them.
import { z } from 'zod';
import { CENTRE_KINDS, CENTRE_STATUSES } from '@/lib/content/centre';
import type { ContentModel } from '@/lib/content/field';
import { jsonSchemaOf } from '@/lib/content/json';
import { projectModel } from '@/lib/content/project';
import { routing, type AppLocale } from '@/lib/i18n/routing';

const timestamp = z.iso.datetime().describe('ISO 8601 date-time in UTC.');
const usd = z
  .string()
  .regex(/^\d+\.\d{2}$/)
  .describe('Amount in US dollars as a decimal string with 2 decimals.');
const iso2 = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe('ISO 3166-1 alpha-2 country code.');

/** The languages of the API's objects of texts and names: the locale list, alphabetically (`{ en, es, fr }`). */
export const API_LOCALES: readonly AppLocale[] = [...routing.locales].sort();
const byLanguage = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(API_LOCALES.map((l) => [l, value])) as Record<AppLocale, T>);
const languageList = API_LOCALES.map((l) => `\`${l}\``).join(', ');

const localisedSchema = byLanguage(z.string().nullable()).describe(
  `A text in each language of the portal (${languageList}), keyed by its ISO 639-1 code; a language the text ` +
    'has not been written or translated in is null.',
);
const namesSchema = byLanguage(z.string()).describe(
  `A name in each language of the portal (${languageList}), keyed by its ISO 639-1 code.`,
);

/** The API schema of records of a project model (its `json` decisions); the production one is `projectSchema`. */
export function projectSchemaOf<M extends ContentModel>(model: M) {
  return jsonSchemaOf(model, { localised: localisedSchema, usd, timestamp });
}
export const projectSchema = projectSchemaOf(projectModel);

const page = { total: z.int().min(0), page: z.int().min(1), pageSize: z.int().min(1).max(100) };
const projectListSchema = z.object({ data: z.array(projectSchema), ...page, totalBudgetUsd: usd });
const projectEnvelopeSchema = z.object({ data: projectSchema });

const slugRef = z.object({ slug: z.string(), name: namesSchema });
export const centreSchema = z.object({
  slug: z.string(),
  name: localisedSchema,
  kind: z.enum(CENTRE_KINDS),
  status: z.enum(CENTRE_STATUSES),
  country: z.object({ code: iso2, name: namesSchema }),
  adminArea: z.string().nullable(),
  locality: z.string().nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  services: z.array(slugRef),
  updatedAt: timestamp,
});
export const centreDetailSchema = centreSchema.extend({
  description: localisedSchema,
  openingHours: localisedSchema,
  streetAddress: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  operator: localisedSchema,
  partners: localisedSchema,
  openedYear: z.int().nullable(),
  languages: z.array(z.object({ code: z.string().regex(/^[a-z]{2}$/), name: namesSchema })),
  projects: z.array(z.object({ code: z.string(), title: localisedSchema })),
  lastVerifiedAt: timestamp.nullable(),
});
const centreListSchema = z.object({ data: z.array(centreSchema), ...page });
const centreEnvelopeSchema = z.object({ data: centreDetailSchema });
const hsdsPageSchema = z
  .looseObject({
    total_items: z.int(),
    total_pages: z.int(),
    page_number: z.int(),
    size: z.int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(z.looseObject({ id: z.uuid(), name: z.string() })),
  })
  .describe('An Open Referral HSDS 3.0 page of fully nested services (https://docs.openreferral.org/en/v3.0/).');

const regionSchema = z.object({
  slug: z.string(),
  name: namesSchema,
  projectCount: z.int().min(0),
  totalBudgetUsd: usd,
});
const regionListSchema = z.object({ data: z.array(regionSchema) });
const slugRefListSchema = z.object({ data: z.array(slugRef) });
const countryListSchema = z.object({ data: z.array(z.object({ code: iso2, name: namesSchema })) });

const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(['invalid_parameter', 'not_found', 'method_not_allowed', 'internal_error', 'service_unavailable']),
      message: z.string(),
      details: z
        .array(z.object({ param: z.string(), value: z.string(), reason: z.enum(['invalid', 'unknown', 'range']) }))
        .optional(),
    }),
  })
  .describe('Every error of the API: a machine-readable code and a human-readable message.');

/** The named components of the document, in order. */
export const SCHEMA_COMPONENTS = {
  Localised: localisedSchema,
  Names: namesSchema,
  Project: projectSchema,
  ProjectList: projectListSchema,
  ProjectEnvelope: projectEnvelopeSchema,
  Centre: centreSchema,
  CentreDetail: centreDetailSchema,
  CentreList: centreListSchema,
  CentreEnvelope: centreEnvelopeSchema,
  HsdsPage: hsdsPageSchema,
  Region: regionSchema,
  RegionList: regionListSchema,
  SlugRefList: slugRefListSchema,
  CountryList: countryListSchema,
  Error: errorSchema,
} as const;
export type SchemaComponent = keyof typeof SCHEMA_COMPONENTS;
