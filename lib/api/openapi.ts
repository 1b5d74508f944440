// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas that validate the parameters and describe the
// responses (lib/validation/*-filters.ts, lib/api/schemas.ts): nothing is written twice.
import {
  CONDITIONAL_PARAMETERS,
  download,
  errorResponses,
  json,
  ok,
  pathParameter,
  queryParameters,
  schemaComponents,
  SHARED_COMPONENTS,
} from '@/lib/api/openapi-parts';
import { XLSX_TYPE } from '@/lib/api/export-links';
import { CENTRE_FEED_FILTER_PARAMS, FEED_PARAMS, PROJECT_FEED_FILTER_PARAMS } from '@/lib/api/feed-params';
import { CENTRE_API_PARAMS, CENTRE_FILTER_PARAMS } from '@/lib/validation/centre-filters';
import { DASHBOARD_CSV_PARAMS, DASHBOARD_FILTER_PARAMS } from '@/lib/validation/dashboard-params';
import { PROJECT_API_PARAMS, PROJECT_DETAIL_PARAMS, PROJECT_FILTER_PARAMS } from '@/lib/validation/project-filters';

type Json = Record<string, unknown>;

function get(operationId: string, summary: string, tag: string, parameters: Json[], responses: Json): Json {
  return {
    get: { operationId, summary, tags: [tag], parameters: [...parameters, ...CONDITIONAL_PARAMETERS], responses },
  };
}

const referenceList = (operationId: string, summary: string, schema: 'SlugRefList' | 'CountryList' | 'RegionList') =>
  get(operationId, summary, 'Reference lists', [], { 200: ok(summary, json(schema)), ...errorResponses([]) });

/** The OpenAPI 3.1 document of the open-data API, for a site at `siteUrl`. */
export function buildOpenApiDocument(siteUrl: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'IOM projects and migrant resource centres: open data API',
      version: '1.0.0',
      description:
        'Read-only public API. Every GET answers with `ETag` and (for records) `Last-Modified`, honours ' +
        '`If-None-Match` / `If-Modified-Since` with 304, allows any origin (CORS, preflight answered) and must be ' +
        'revalidated on each use. Errors are always JSON `{ error: { code, message } }`. Harvesters can fetch only ' +
        'what changed with `modifiedAfter`.',
    },
    servers: [{ url: siteUrl }],
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    paths: {
      '/api/v1/projects': get(
        'listProjects',
        'Published projects matching the filters',
        'Projects',
        queryParameters(PROJECT_FILTER_PARAMS, PROJECT_API_PARAMS),
        {
          200: ok('One page of projects (JSON) or every matching project (CSV, xlsx, IATI XML).', {
            ...json('ProjectList'),
            ...download(
              'text/csv',
              'CSV with a UTF-8 BOM, labels in `lang` (`delimiter=semicolon`: `;`, decimal commas).',
            ),
            ...download(
              XLSX_TYPE,
              'Spreadsheet: typed cells (budgets in USD, years), labels in `lang`, a second sheet with the filters.',
            ),
            ...download('application/xml', 'IATI 2.03 activity file.'),
          }),
          ...errorResponses([400]),
        },
      ),
      '/api/v1/projects/feed.atom': get(
        'projectFeed',
        'Atom feed of a filtered view of the projects',
        'Projects',
        queryParameters(PROJECT_FEED_FILTER_PARAMS, FEED_PARAMS),
        {
          200: ok(
            'The published projects of the view, each with its latest public change, newest first (at most 50).',
            download('application/atom+xml', 'Atom 1.0 feed in `lang`.'),
          ),
          ...errorResponses([400]),
        },
      ),
      '/api/v1/projects/{code}': get(
        'getProject',
        'One published project',
        'Projects',
        [pathParameter('code', 'Project code, any case (e.g. `PX.0220`).'), ...queryParameters(PROJECT_DETAIL_PARAMS)],
        {
          200: ok('The project.', { ...json('ProjectEnvelope'), ...download('text/csv', 'CSV with a UTF-8 BOM.') }),
          ...errorResponses([400, 404]),
        },
      ),
      '/api/v1/projects/dashboard.csv': get(
        'getProjectDashboardCsv',
        "The figures of one chart of the project dashboard, for the list's filters",
        'Projects',
        queryParameters(DASHBOARD_CSV_PARAMS, DASHBOARD_FILTER_PARAMS).map((p) =>
          p.name === 'chart' ? { ...p, required: true } : p,
        ),
        {
          200: ok(
            'Exactly the figures the chart draws: what each bar counts (named in `lang`), number of projects, budget.',
            download('text/csv', 'CSV with a UTF-8 BOM, labels in `lang`.'),
          ),
          ...errorResponses([400]),
        },
      ),
      '/api/v1/resource-centres': get(
        'listResourceCentres',
        'Published resource centres matching the filters',
        'Resource centres',
        queryParameters(CENTRE_FILTER_PARAMS, CENTRE_API_PARAMS),
        {
          200: ok('One page of centres, or with `format=hsds` every published centre as an HSDS 3.0 page.', {
            'application/json': {
              schema: {
                oneOf: [{ $ref: '#/components/schemas/CentreList' }, { $ref: '#/components/schemas/HsdsPage' }],
              },
            },
          }),
          ...errorResponses([400]),
        },
      ),
      '/api/v1/resource-centres/feed.atom': get(
        'resourceCentreFeed',
        'Atom feed of a filtered view of the resource centres',
        'Resource centres',
        queryParameters(CENTRE_FEED_FILTER_PARAMS, FEED_PARAMS),
        {
          200: ok(
            'The published centres of the view, each with its latest public change, newest first (at most 50).',
            download('application/atom+xml', 'Atom 1.0 feed in `lang`.'),
          ),
          ...errorResponses([400]),
        },
      ),
      '/api/v1/resource-centres/{slug}': get(
        'getResourceCentre',
        'One published resource centre',
        'Resource centres',
        [pathParameter('slug', 'Centre slug.')],
        { 200: ok('The centre with every public field.', json('CentreEnvelope')), ...errorResponses([404]) },
      ),
      '/api/v1/regions': referenceList(
        'listRegions',
        'Regions with their published project count and total budget',
        'RegionList',
      ),
      '/api/v1/project-types': referenceList('listProjectTypes', 'Project types', 'SlugRefList'),
      '/api/v1/services': referenceList('listServices', 'Services offered by resource centres', 'SlugRefList'),
      '/api/v1/countries': referenceList('listCountries', 'Countries (ISO 3166-1 alpha-2)', 'CountryList'),
      '/api/v1/openapi.json': get('getOpenApi', 'This document', 'Meta', [], {
        200: ok('The OpenAPI 3.1 document.', { 'application/json': { schema: { type: 'object' } } }),
        ...errorResponses([]),
      }),
    },
    components: { schemas: schemaComponents(), ...SHARED_COMPONENTS },
  };
}
