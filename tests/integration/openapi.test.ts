import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { getCentre, getList, getProject, getUnknown, type ListPath } from '@/tests/support/api-client';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const ID = 'https://portal.test/openapi.json';
let doc: Json;
let ajv: Ajv2020;

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** Checks a real response against the document: documented status, headers and (for JSON) the body schema. */
async function expectDocumented(res: Response, path: string) {
  const label = `${path} ${res.status}`;
  const op = doc.paths[path]?.get;
  expect(op, label).toBeDefined();
  let response = op.responses[String(res.status)];
  expect(response, label).toBeDefined();
  let at = `#/${pointer('paths', path, 'get', 'responses', String(res.status))}`;
  if (response.$ref) {
    at = response.$ref;
    response = response.$ref
      .slice(2)
      .split('/')
      .reduce((o: Json, k: string) => o[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  for (const header of Object.keys(response.headers ?? {})) {
    if (header !== 'Retry-After' && !(header === 'Last-Modified' && res.headers.get('etag')))
      expect(res.headers.get(header), `${label} ${header}`).not.toBeNull();
  }
  expect(res.headers.get('access-control-allow-origin'), label).toBe('*');
  if (res.status === 304) {
    expect(await res.text(), label).toBe('');
    return;
  }
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  expect(Object.keys(response.content ?? {}), label).toContain(type);
  if (type !== 'application/json') return;
  const validate = ajv.getSchema(`${ID}${at}/${pointer('content', type, 'schema')}`)!;
  const body = await res.json();
  expect(validate(body) ? [] : validate.errors, label).toEqual([]);
}

describe('OpenAPI document', () => {
  beforeAll(async () => {
    doc = (await (await getList('/api/v1/openapi.json')).json()) as Json;
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ ...doc, $id: ID });
  });
  afterAll(async () => getDb().$disconnect());

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('describes every /api/v1 route of the app (and nothing else)', () => {
    const root = join(process.cwd(), 'app/api/v1');
    const routes = (readdirSync(root, { recursive: true }) as string[])
      .filter((f) => f.endsWith('route.ts') && !f.includes('[[...rest]]'))
      .map((f) => `/api/v1/${relative('.', f).replace(/\/?route\.ts$/, '')}`.replace(/\[(\w+)\]/g, '{$1}'))
      .sort();
    expect(Object.keys(doc.paths).sort()).toEqual(routes);
  });

  it('documents every query parameter the parsers accept, with its zod-derived schema', () => {
    const names = doc.paths['/api/v1/projects'].get.parameters.map((p: Json) => p.name ?? p.$ref);
    expect(names).toEqual(
      expect.arrayContaining(['q', 'region', 'status', 'budgetMin', 'page', 'format', 'pageSize', 'modifiedAfter']),
    );
    const status = doc.paths['/api/v1/resource-centres'].get.parameters.find((p: Json) => p.name === 'status');
    expect(status.schema).toEqual({
      type: 'array',
      items: { type: 'string', enum: ['planned', 'operational', 'temporarily_closed', 'closed'] },
    });
    const modified = doc.paths['/api/v1/projects'].get.parameters.find((p: Json) => p.name === 'modifiedAfter');
    expect(modified.schema).toMatchObject({ type: 'string', format: 'date-time' });
  });

  it('matches the real responses of every endpoint (200, 304, 400, 404)', async () => {
    const lists: [ListPath, string][] = [
      ['/api/v1/projects', ''],
      ['/api/v1/projects', '?pageSize=1&page=2&sort=-budget'],
      ['/api/v1/projects', '?format=csv'],
      ['/api/v1/projects', '?format=iati'],
      ['/api/v1/projects', '?modifiedAfter=2100-01-01T00:00:00Z'],
      ['/api/v1/projects', '?status=done'],
      ['/api/v1/projects', '?region=nowhere'],
      ['/api/v1/resource-centres', ''],
      ['/api/v1/resource-centres', '?format=hsds&lang=fr'],
      ['/api/v1/resource-centres', '?kind=castle'],
      ['/api/v1/resource-centres', '?modifiedAfter=yesterday'],
      ['/api/v1/regions', ''],
      ['/api/v1/project-types', ''],
      ['/api/v1/services', ''],
      ['/api/v1/countries', ''],
      ['/api/v1/openapi.json', ''],
    ];
    const statuses = new Set<number>();
    for (const [path, query] of lists) {
      const res = await getList(path, query);
      statuses.add(res.status);
      const etag = res.headers.get('etag');
      await expectDocumented(res, path);
      if (!etag) continue;
      const again = await getList(path, query, { 'If-None-Match': etag });
      statuses.add(again.status);
      await expectDocumented(again, path);
    }
    for (const [code, query] of [
      ['PX.0220', ''],
      ['px.0220', '?format=csv'],
      ['NOPE.1', ''],
      ['PX.0220', '?format=xml'],
    ]) {
      const res = await getProject(code!, query);
      statuses.add(res.status);
      await expectDocumented(res, '/api/v1/projects/{code}');
    }
    for (const slug of ['pohnpei-migrant-resource-centre', 'nowhere', '%E0%A4%A']) {
      const res = await getCentre(slug);
      statuses.add(res.status);
      await expectDocumented(res, '/api/v1/resource-centres/{slug}');
    }
    expect([...statuses].sort()).toEqual([200, 304, 400, 404]);
  });

  it('answers unknown /api/v1 paths with the documented JSON error', async () => {
    const res = await getUnknown(['nothing', 'here']);
    expect(res.status).toBe(404);
    const validate = ajv.getSchema(`${ID}#/components/schemas/Error`)!;
    const body = await res.json();
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    expect(body.error.code).toBe('not_found');
  });

  it('rejects bodies that drift from the schemas (the check can fail)', () => {
    const validate = ajv.getSchema(`${ID}#/components/schemas/ProjectList`)!;
    expect(validate({ data: [], total: 0, page: 1, pageSize: 20, totalBudgetUsd: '0.00' })).toBe(true);
    expect(validate({ data: [{ code: 'X' }], total: 0, page: 1, pageSize: 20, totalBudgetUsd: '0.00' })).toBe(false);
    expect(validate({ data: [], total: 0, page: 1, pageSize: 20, totalBudgetUsd: 0, extra: true })).toBe(false);
  });
});
