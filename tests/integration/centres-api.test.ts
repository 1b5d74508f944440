import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it } from 'vitest';
import { GET as getDetail } from '@/app/api/v1/resource-centres/[slug]/route';
import { GET as getList } from '@/app/api/v1/resource-centres/route';
import { getDb } from '@/lib/db';

const list = async (query: string) => {
  const res = await getList(new NextRequest(`http://localhost/api/v1/resource-centres${query}`));
  return { status: res.status, body: await res.json() };
};
const detail = async (slug: string) => {
  const res = await getDetail(new Request(`http://localhost/api/v1/resource-centres/${slug}`), {
    params: Promise.resolve({ slug }),
  });
  return { status: res.status, body: await res.json() };
};
const slugs = (body: { data: { slug: string }[] }) => body.data.map((c) => c.slug).sort();

describe('resource centre API', () => {
  afterAll(async () => getDb().$disconnect());

  it('lists published centres as { data, total, page, pageSize } with the page filters', async () => {
    const all = await list('');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 7, page: 1, pageSize: 20 });
    expect(all.body.data).toHaveLength(7);
    expect(Object.keys(all.body.data[0].name)).toEqual(['en', 'es', 'fr']);
    expect(Object.keys(all.body.data[0].country.name)).toEqual(['en', 'es', 'fr']);
    expect((await list('?country=PH')).body.total).toBe(4);
    expect(slugs((await list('?service=counter-trafficking-awareness')).body)).toEqual([
      'pohnpei-migrant-resource-centre',
    ]);
    expect(slugs((await list('?country=SV&status=planned')).body)).toEqual(['la-hachadura-window-office']);
    expect(slugs((await list('?q=la%20uni%C3%B3n')).body)).toContain('la-union-window-office');
    expect((await list('?q=La+Union')).body.data[0].slug).toBe('la-union-window-office');
    const paged = await list('?pageSize=2&page=4');
    expect(paged.body).toMatchObject({ total: 7, page: 4, pageSize: 2 });
    expect(paged.body.data).toHaveLength(1);
  });

  it('answers malformed or unknown filters with a 400 JSON error, never a 500', async () => {
    for (const query of [
      '?country=Philippines',
      '?kind=castle',
      '?status=open',
      '?page=0',
      '?pageSize=5000',
      '?service=teleport',
      '?country=QQ',
      '?format=xml',
      '?lang=de',
      '?language=%%%',
    ]) {
      const { status, body } = await list(query);
      expect(status, query).toBe(400);
      expect(body.error.code, query).toMatch(/^invalid_/);
      expect(typeof body.error.message).toBe('string');
    }
  });

  it('returns one centre with every public field, or a 404 JSON error', async () => {
    const { status, body: wrapped } = await detail('pohnpei-migrant-resource-centre');
    expect(status).toBe(200);
    expect(Object.keys(wrapped)).toEqual(['data']);
    const body = wrapped.data;
    expect(body).toMatchObject({
      slug: 'pohnpei-migrant-resource-centre',
      kind: 'resource_centre',
      country: { code: 'FM' },
      projects: [{ code: 'FM.0283' }],
    });
    expect(body.languages).toEqual([{ code: 'en', name: { en: 'English', es: 'Inglés', fr: 'Anglais' } }]);
    // Operator and partners are translated texts, keyed by language like the others.
    expect(body.operator).toEqual({
      en: 'IOM, with government partners of the Federated States of Micronesia',
      es: 'OIM, con socios gubernamentales de los Estados Federados de Micronesia',
      fr: 'OIM, avec des partenaires gouvernementaux des États fédérés de Micronésie',
    });
    expect(Object.keys(body.partners)).toEqual(['en', 'es', 'fr']);
    expect(body.projects[0].title.es).toContain('Micronesia');
    const hachadura = (await detail('la-hachadura-window-office')).body.data;
    expect(hachadura.operator).toEqual({ en: null, es: null, fr: null });
    for (const slug of ['nope', '%E0%A4%A', '..%2F..%2Fetc']) {
      const missing = await detail(slug);
      expect(missing.status, slug).toBe(404);
      expect(missing.body.error.code).toBe('not_found');
    }
  });

  it('exports the published centres as an HSDS page in each language', async () => {
    const en = await list('?format=hsds');
    expect(en.status).toBe(200);
    expect(en.body).toMatchObject({ total_items: 7, first_page: true, last_page: true, empty: false });
    const fr = await list('?format=hsds&lang=fr');
    const name = (b: { contents: { url: string; name: string }[] }) =>
      b.contents.find((s) => s.url.includes('pohnpei'))?.name;
    expect(name(en.body)).toBe('Pohnpei Migrant Resource Centre');
    expect(name(fr.body)).toBe('Centre de documentation pour migrants de Pohnpei');
    expect(fr.body.contents.find((s: { url: string }) => s.url.includes('pohnpei')).url).toContain(
      '/fr/centres-de-ressources/',
    );
    const es = await list('?format=hsds&lang=es');
    expect(es.status).toBe(200);
    expect(name(es.body)).toBe('Centro de Recursos para Migrantes de Pohnpei');
    expect(es.body.contents.find((s: { url: string }) => s.url.includes('pohnpei')).url).toContain(
      '/es/centros-de-recursos/',
    );
  });
});
