import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { GET as getOne } from '@/app/api/v1/projects/[code]/route';
import { GET as getList } from '@/app/api/v1/projects/route';
import { getDb } from '@/lib/db';

const call = (query: string) => getList(new Request(`http://localhost/api/v1/projects${query}`));
const callOne = (code: string, query = '') =>
  getOne(new Request(`http://localhost/api/v1/projects/${code}${query}`), { params: Promise.resolve({ code }) });
const json = async (res: Response) => (await res.json()) as Record<string, unknown> & { data: { code: string }[] };
const csvRows = async (res: Response) => {
  const bytes = new Uint8Array(await res.arrayBuffer());
  // Response.text() would strip the BOM: decode keeping it, so tests can see it.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { text, rows: parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { columns: true }) };
};

describe('GET /api/v1/projects', () => {
  afterAll(async () => {
    await getDb().$disconnect();
  });

  it('lists published projects with the SPEC §6 shape, 20 per page by default', async () => {
    const res = await call('');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = await json(res);
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: 20, totalBudgetUsd: '600000.00' });
    const px = body.data.find((p) => p.code === 'PX.0220');
    expect(px).toEqual({
      code: 'PX.0220',
      primaId: 'FJ10P0514',
      title: {
        en: 'Protection of and assistance to migrants in the Pacific',
        es: 'Protección y asistencia a migrantes en el Pacífico',
        fr: 'Protection et aide aux migrants dans le Pacifique',
      },
      summary: {
        en: expect.stringContaining('Vanuatu'),
        es: expect.stringContaining('Vanuatu'),
        fr: expect.stringContaining('Vanuatu'),
      },
      status: 'active',
      type: 'protection-assistance-vulnerable-migrants',
      coverage: 'regional',
      region: 'asia-oceania',
      budgetUsd: '400000.00',
      startYear: 2021,
      endYear: 2024,
      fundingYear: 2020,
      beneficiaryCountries: ['FJ', 'TO', 'VU'],
      sourceLanguage: 'fr',
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    });
    // Texts are objects keyed by every language of the list, alphabetically.
    expect(Object.keys((px as unknown as { title: object }).title)).toEqual(['en', 'es', 'fr']);
  });

  it('answers the issue examples', async () => {
    const budget = await json(await call('?budgetMin=200000'));
    expect([budget.data.map((p) => p.code), budget.total, budget.totalBudgetUsd]).toEqual([
      ['PX.0220'],
      1,
      '400000.00',
    ]);
    const combined = await json(await call('?status=completed&region=asia-oceania'));
    expect(combined.data.map((p) => p.code)).toEqual(['FM.0283']);
    for (const q of ['pacifique', 'Pacific', 'PACIFIQUE']) {
      expect((await json(await call(`?q=${q}`))).data.map((p) => p.code)).toEqual(['PX.0220']);
    }
  });

  it('pages with pageSize ≤ 100 and sorts', async () => {
    const body = await json(await call('?sort=-budget&pageSize=2&page=2'));
    expect(body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(body.data.map((p) => p.code)).toEqual(['PO.0160']);
    expect((await json(await call('?pageSize=100'))).pageSize).toBe(100);
  });

  it('answers 400 with a JSON error for every invalid parameter, never a 500', async () => {
    const cases = [
      '?budgetMin=abc',
      '?pageSize=101',
      '?pageSize=0',
      '?status=done',
      '?region=nowhere',
      '?sort=price',
      '?page=-1',
      '?format=xml',
      '?lang=de',
      '?yearFrom=99',
      '?country=XX',
      '?budgetMin=500&budgetMax=100',
      `?q=${'x'.repeat(201)}`,
    ];
    for (const query of cases) {
      const res = await call(query);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid_parameter');
      expect(body.error.message.length).toBeGreaterThan(10);
    }
    const body = (await (await call('?budgetMin=abc')).json()) as { error: { message: string; details: unknown } };
    expect(body.error.message).toContain('budgetMin');
    expect(body.error.details).toEqual([{ param: 'budgetMin', value: 'abc', reason: 'invalid' }]);
  });

  it('exports every matching row as CSV with a BOM, in English by default', async () => {
    const res = await call('?format=csv&sort=budget');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="projects.csv"');
    const { text, rows } = await csvRows(res);
    // English headers, in the project model's order (lib/content/project.ts), which is the export's historical order.
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFProject ID,PRIMA ID,Title,Status,Type,Coverage,Region,Budget (USD),Start year,End year,' +
        'Funding year,Beneficiary member states,Summary,Last updated',
    );
    expect(rows.map((r) => r['Project ID'])).toEqual(['FM.0283', 'PO.0160', 'PX.0220']);
    expect(rows[2]).toMatchObject({
      Status: 'Active',
      Region: 'Asia and Oceania',
      Coverage: 'Regional',
      'Budget (USD)': '400000.00',
      'Beneficiary member states': 'Fiji; Tonga; Vanuatu',
      Type: 'Protection and assistance for vulnerable migrants',
    });
  });

  it('exports a filtered view: exactly the rows of the JSON total, French labels with lang=fr', async () => {
    for (const filters of [
      'status=completed',
      'region=asia-oceania',
      'q=migrants&coverage=regional',
      'yearFrom=2021&yearTo=2021',
    ]) {
      const { total } = await json(await call(`?${filters}&pageSize=1`));
      const { rows } = await csvRows(await call(`?${filters}&format=csv&lang=fr`));
      expect(rows.length, filters).toBe(total);
    }
    const { rows } = await csvRows(await call('?format=csv&lang=fr&status=completed&region=asia-oceania'));
    expect(rows).toEqual([
      expect.objectContaining({
        'ID du projet': 'FM.0283',
        Statut: 'Achevé',
        Région: 'Asie et Océanie',
        Couverture: 'National',
        Type: 'Services de migration assistée',
        'États membres bénéficiaires': 'Micronésie',
        Titre: expect.stringContaining('Micronésie'),
      }),
    ]);
  });

  it('exports CSV in each language of the list, the file named after the list in that language', async () => {
    const names = { en: 'projects.csv', fr: 'projets.csv', es: 'proyectos.csv' };
    for (const [lang, name] of Object.entries(names)) {
      const res = await call(`?format=csv&lang=${lang}`);
      expect(res.status, lang).toBe(200);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
    }
    const { rows } = await csvRows(await call('?format=csv&lang=es&country=VU'));
    expect(rows).toEqual([
      expect.objectContaining({
        'ID del proyecto': 'PX.0220',
        Estado: 'Activo',
        Región: 'Asia y Oceanía',
        Título: 'Protección y asistencia a migrantes en el Pacífico',
      }),
    ]);
  });
});

describe('GET /api/v1/projects/{code}', () => {
  it('returns one published project, any case', async () => {
    const res = await callOne('po.0160');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { code: string; beneficiaryCountries: string[] } };
    expect(body.data.code).toBe('PO.0160');
    expect(body.data.beneficiaryCountries).toEqual(['BZ', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI']);
  });

  it('answers a JSON 404 for unknown or malformed codes', async () => {
    for (const code of ['XX.9999', '..', "PX.0220' OR 1=1"]) {
      const res = await callOne(code);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });

  it('exports one project as CSV too', async () => {
    const { rows } = await csvRows(await callOne('PX.0220', '?format=csv&lang=fr'));
    expect(rows.map((r) => [r['ID du projet'], r.Statut])).toEqual([['PX.0220', 'Actif']]);
  });
});
