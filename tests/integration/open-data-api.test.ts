import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { OPTIONS as projectsOptions, POST as projectsPost } from '@/app/api/v1/projects/route';
import { contentLastModified } from '@/lib/data/open-data';
import { getDb } from '@/lib/db';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { getCentre, getList, getProject } from '@/tests/support/api-client';

type Body = { data: { code?: string; slug?: string; updatedAt?: string }[] };

describe('open data API: regions and reference lists', () => {
  afterAll(async () => getDb().$disconnect());

  it('lists regions with names in every language, published project counts and budgets', async () => {
    const res = await getList('/api/v1/regions');
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as {
      data: { slug: string; name: unknown; projectCount: number; totalBudgetUsd: string }[];
    };
    expect(data.find((r) => r.slug === 'asia-oceania')).toMatchObject({
      name: { en: 'Asia and Oceania', es: 'Asia y Oceanía', fr: 'Asie et Océanie' },
      projectCount: 2,
      totalBudgetUsd: '500000.00',
    });
    expect(data.reduce((n, r) => n + r.projectCount, 0)).toBe(3);
  });

  it('serves project types, services and countries with names in every language', async () => {
    for (const path of ['/api/v1/project-types', '/api/v1/services'] as const) {
      const { data } = (await (await getList(path)).json()) as {
        data: { slug: string; name: Record<string, string> }[];
      };
      expect(data.length, path).toBeGreaterThan(0);
      for (const item of data) {
        expect(item, path).toEqual({
          slug: expect.any(String),
          name: { en: expect.any(String), es: expect.any(String), fr: expect.any(String) },
        });
        expect(Object.keys(item.name), path).toEqual(['en', 'es', 'fr']);
      }
    }
    const { data } = (await (await getList('/api/v1/countries')).json()) as { data: { code: string; name: unknown }[] };
    expect(data.find((c) => c.code === 'SN')).toEqual({
      code: 'SN',
      name: { en: 'Senegal', es: 'Senegal', fr: 'Sénégal' },
    });
  });
});

describe('open data API: conditional requests and CORS', () => {
  it('sends a strong ETag, Last-Modified, a short cache policy and CORS; answers 304 to current copies', async () => {
    const res = await getList('/api/v1/projects', '?sort=budget');
    const body = (await res.json()) as Body;
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    // A list's Last-Modified is when anything public last changed (content_version).
    const newest = (await contentLastModified())!.getTime();
    expect(res.headers.get('last-modified')).toBe(new Date(newest).toUTCString());
    expect(newest).toBeGreaterThanOrEqual(Math.max(...body.data.map((p) => Date.parse(p.updatedAt!))));
    expect((await getList('/api/v1/projects', '?sort=budget')).headers.get('etag')).toBe(etag);
    expect((await getList('/api/v1/projects', '?sort=-budget')).headers.get('etag')).not.toBe(etag);

    for (const headers of <Record<string, string>[]>[
      { 'If-None-Match': etag },
      { 'If-None-Match': `"other", W/${etag}` },
      { 'If-None-Match': '*' },
      { 'If-Modified-Since': res.headers.get('last-modified')! },
    ]) {
      const again = await getList('/api/v1/projects', '?sort=budget', headers);
      expect(again.status, JSON.stringify(headers)).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
    }
    for (const headers of <Record<string, string>[]>[
      { 'If-None-Match': '"stale"' },
      { 'If-Modified-Since': new Date(newest - 5000).toUTCString() },
      { 'If-None-Match': '"stale"', 'If-Modified-Since': new Date(newest + 5000).toUTCString() },
      { 'If-Modified-Since': 'garbage' },
    ]) {
      expect((await getList('/api/v1/projects', '?sort=budget', headers)).status, JSON.stringify(headers)).toBe(200);
    }
  });

  it("moves a list's Last-Modified forward when a project leaves it, so an old copy is not declared current", async () => {
    const db = getDb();
    const before = await getList('/api/v1/projects', '');
    const seen = before.headers.get('last-modified')!;
    // Last-Modified has a precision of one second: wait until the clock has left the second it names.
    await vi.waitFor(() => expect(new Date().toUTCString()).not.toBe(seen), { timeout: 5000, interval: 50 });
    onTestFinished(async () => {
      await db.$executeRaw`UPDATE project SET publication_state = 'published' WHERE code = 'PO.0160'`;
    });
    await db.$executeRaw`UPDATE project SET publication_state = 'draft' WHERE code = 'PO.0160'`;
    const after = await getList('/api/v1/projects', '', { 'If-Modified-Since': seen });
    expect(after.status).toBe(200);
    expect(Date.parse(after.headers.get('last-modified')!)).toBeGreaterThan(Date.parse(seen));
    expect(((await after.json()) as Body).data.map((p) => p.code)).not.toContain('PO.0160');
  });

  it('applies to details, exports and reference lists too', async () => {
    const one = await getProject('PX.0220');
    const { data } = (await one.json()) as { data: { updatedAt: string } };
    expect(one.headers.get('last-modified')).toBe(new Date(data.updatedAt).toUTCString());
    expect((await getProject('PX.0220', '', { 'If-None-Match': one.headers.get('etag')! })).status).toBe(304);
    const centre = await getCentre('pohnpei-migrant-resource-centre');
    expect(
      (await getCentre('pohnpei-migrant-resource-centre', { 'If-None-Match': centre.headers.get('etag')! })).status,
    ).toBe(304);
    const csv = await getList('/api/v1/projects', '?format=csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    expect(
      (await getList('/api/v1/projects', '?format=csv', { 'If-None-Match': csv.headers.get('etag')! })).status,
    ).toBe(304);
    const types = await getList('/api/v1/project-types');
    expect((await getList('/api/v1/project-types', '', { 'If-None-Match': types.headers.get('etag')! })).status).toBe(
      304,
    );
  });

  it('answers CORS preflights and sends CORS on errors', async () => {
    const res = projectsOptions();
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
    expect(res.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    const post = projectsPost();
    expect([
      post.status,
      post.headers.get('allow'),
      ((await post.json()) as { error: { code: string } }).error.code,
    ]).toEqual([405, 'GET, HEAD, OPTIONS', 'method_not_allowed']);
    const bad = await getList('/api/v1/projects', '?status=done');
    expect([bad.status, bad.headers.get('access-control-allow-origin'), bad.headers.get('cache-control')]).toEqual([
      400,
      '*',
      'no-store',
    ]);
  });
});

describe('open data API: modifiedAfter', () => {
  it('keeps only records updated strictly after the instant, on both lists', async () => {
    const db = getDb();
    const [saved] = await db.$queryRaw<{ p: Date; c: Date }[]>`SELECT
      (SELECT updated_at FROM project WHERE code = 'PX.0220') AS p,
      (SELECT updated_at FROM resource_centre WHERE slug = 'pohnpei-migrant-resource-centre') AS c`;
    onTestFinished(async () => {
      await db.$executeRaw`UPDATE project SET updated_at = ${saved!.p} WHERE code = 'PX.0220'`;
      await db.$executeRaw`UPDATE resource_centre SET updated_at = ${saved!.c} WHERE slug = 'pohnpei-migrant-resource-centre'`;
    });
    await db.$executeRaw`UPDATE project SET updated_at = '2031-05-01T10:00:00Z' WHERE code = 'PX.0220'`;
    await db.$executeRaw`UPDATE resource_centre SET updated_at = '2031-05-01T10:00:00Z' WHERE slug = 'pohnpei-migrant-resource-centre'`;
    const codes = async (q: string) =>
      ((await (await getList('/api/v1/projects', q)).json()) as Body).data.map((p) => p.code);
    const slugs = async (q: string) =>
      ((await (await getList('/api/v1/resource-centres', q)).json()) as Body).data.map((c) => c.slug);
    expect(await codes('?modifiedAfter=2031-05-01T09:59:59.999Z')).toEqual(['PX.0220']);
    expect(await codes('?modifiedAfter=2031-05-01T12:00:00%2B02:00')).toEqual([]);
    expect(await codes('?modifiedAfter=2031-05-01T10:00:00Z')).toEqual([]);
    expect(await slugs('?modifiedAfter=2031-05-01T00:00:00Z')).toEqual(['pohnpei-migrant-resource-centre']);
    const hsds = (await (
      await getList('/api/v1/resource-centres', '?format=hsds&modifiedAfter=2031-05-01T00:00:00Z')
    ).json()) as { total_items: number };
    expect(hsds.total_items).toBe(1);
    expect((await codes('?modifiedAfter=2000-01-01T00:00:00Z')).length).toBe(3);
    // Nothing returned: Last-Modified is still when the content last changed.
    const empty = await getList('/api/v1/projects', '?modifiedAfter=2099-01-01T00:00:00Z');
    expect(empty.headers.get('last-modified')).toBe((await contentLastModified())!.toUTCString());
  });

  it('rejects anything but an ISO 8601 date-time with a 400', async () => {
    for (const value of ['2024-01-01', 'yesterday', '2024-13-01T00:00:00Z', '1700000000', '2024-01-01T00:00:00']) {
      for (const path of ['/api/v1/projects', '/api/v1/resource-centres'] as const) {
        const res = await getList(path, `?modifiedAfter=${value}`);
        expect(res.status, `${path} ${value}`).toBe(400);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_parameter');
      }
    }
  });
});

describe('open data API: database unreachable', () => {
  it('answers a JSON 503 with Retry-After, without details', async () => {
    const g = globalThis as unknown as { prisma?: PrismaClient };
    const saved = g.prisma;
    g.prisma = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: 'postgresql://postgres@127.0.0.1:1/none',
        connectionTimeoutMillis: 2000,
      }),
    });
    try {
      for (const call of [() => getList('/api/v1/regions'), () => getList('/api/v1/projects'), () => getCentre('x')]) {
        const res = await call();
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(await res.json()).toEqual({ error: { code: 'service_unavailable', message: expect.any(String) } });
      }
    } finally {
      await g.prisma.$disconnect();
      g.prisma = saved;
    }
  });
});
