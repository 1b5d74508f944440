// Building blocks of the OpenAPI document: JSON Schemas from zod, shared headers, parameters and responses.
import { z } from 'zod';
import { SCHEMA_COMPONENTS, type SchemaComponent } from '@/lib/api/schemas';
import type { QueryTable } from '@/lib/validation/query-params';

type Json = Record<string, unknown>;

/** A JSON Schema without the document-level keys zod adds ($schema, $id), to embed in the OpenAPI document. */
function embeddable(schema: Json): Json {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/** The response schemas as OpenAPI components (shared sub-schemas become $refs). */
export function schemaComponents(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(SCHEMA_COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, embeddable(s as Json)]));
}

/** The query parameters of a table, from the same zod schemas the parser uses (input side: what a client sends). */
export function queryParameters(...tables: QueryTable[]): Json[] {
  return tables.flatMap((table) =>
    Object.entries(table).map(([name, { schema, multi, description }]) => {
      const one = embeddable(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
      return {
        name,
        in: 'query',
        required: false,
        description,
        ...(multi ? { schema: { type: 'array', items: one }, style: 'form', explode: true } : { schema: one }),
      };
    }),
  );
}

/** A path parameter. */
export const pathParameter = (name: string, description: string): Json => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', minLength: 1, maxLength: 200 },
});

const ref = (kind: string, id: string) => ({ $ref: `#/components/${kind}/${id}` });
const schemaRef = (id: SchemaComponent) => ref('schemas', id);

const VALIDATORS = { ETag: ref('headers', 'ETag'), 'Last-Modified': ref('headers', 'LastModified') };
const PUBLIC = {
  'Cache-Control': ref('headers', 'CacheControl'),
  'Access-Control-Allow-Origin': ref('headers', 'AllowOrigin'),
};

/** A 200 answer with its content types (JSON schema component or a download). */
export function ok(description: string, content: Json): Json {
  return { description, headers: { ...VALIDATORS, ...PUBLIC }, content };
}
export const json = (id: SchemaComponent) => ({ 'application/json': { schema: schemaRef(id) } });
export const download = (type: string, description: string) => ({
  [type]: { schema: { type: 'string', description } },
});

/** The error answers of an operation (and 304), by status. */
export function errorResponses(statuses: (400 | 404)[]): Json {
  return {
    304: ref('responses', 'NotModified'),
    ...(statuses.includes(400) ? { 400: ref('responses', 'BadRequest') } : {}),
    ...(statuses.includes(404) ? { 404: ref('responses', 'NotFound') } : {}),
    500: ref('responses', 'InternalError'),
    503: ref('responses', 'ServiceUnavailable'),
  };
}

/** The conditional-request headers every GET accepts. */
export const CONDITIONAL_PARAMETERS = [ref('parameters', 'IfNoneMatch'), ref('parameters', 'IfModifiedSince')];

const errorBody = (description: string, headers: Json = {}) => ({
  description,
  headers: { ...PUBLIC, ...headers },
  content: { 'application/json': { schema: schemaRef('Error') } },
});

/** Shared headers, parameters and responses. */
export const SHARED_COMPONENTS = {
  headers: {
    ETag: {
      description:
        'Strong entity tag: a hash of the body. The list exports sent in batches (CSV) and the spreadsheet (xlsx, ' +
        "whose bytes differ at each export) have a weak one, from the query and the content's last change.",
      schema: { type: 'string' },
    },
    LastModified: {
      description: 'A record: its latest update. A list: when anything public last changed (never goes back).',
      schema: { type: 'string' },
    },
    CacheControl: {
      description: 'Always `public, max-age=0, must-revalidate` (errors: `no-store`).',
      schema: { type: 'string' },
    },
    AllowOrigin: {
      description: 'Always `*`: any origin may read public answers.',
      schema: { type: 'string', const: '*' },
    },
    RetryAfter: { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 1 } },
  },
  parameters: {
    IfNoneMatch: {
      name: 'If-None-Match',
      in: 'header',
      required: false,
      description: 'ETag(s) of a copy the client holds: 304 if the body is unchanged.',
      schema: { type: 'string' },
    },
    IfModifiedSince: {
      name: 'If-Modified-Since',
      in: 'header',
      required: false,
      description: 'HTTP date: 304 if nothing changed since (ignored with If-None-Match).',
      schema: { type: 'string' },
    },
  },
  responses: {
    NotModified: {
      description: 'The copy the client holds is current; no body.',
      headers: { ...VALIDATORS, ...PUBLIC },
    },
    BadRequest: errorBody(
      'A query parameter is malformed or names nothing known (`invalid_parameter`, with `details`).',
    ),
    NotFound: errorBody('No such record or path (`not_found`).'),
    InternalError: errorBody('Unexpected failure (`internal_error`), without details.'),
    ServiceUnavailable: errorBody('The database is unreachable (`service_unavailable`); retry later.', {
      'Retry-After': ref('headers', 'RetryAfter'),
    }),
  },
};
