import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countProjectFacets, listPublishedProjects, queryProjectRecords } from '@/lib/data/projects';
import { dropUnknownFilterValues } from '@/lib/data/projects-options';
import { getDb } from '@/lib/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { parseProjectFilters, type SearchParams } from '@/lib/validation/project-filters';

const list = (query: SearchParams, locale: AppLocale = 'en') =>
  listPublishedProjects(parseProjectFilters(query).filters, locale);
const codes = async (query: SearchParams, locale: AppLocale = 'en') =>
  (await list(query, locale)).items.map((p) => p.code);
const sorted = async (query: SearchParams, locale: AppLocale = 'en') => (await codes(query, locale)).sort();

// Extra records: a published French-only project about "sécurité" (accent test), and a draft that must never show.
const EXTRA = ['ZQ.0001', 'ZQ.0002'];

describe('project query layer: filters, sorts, search and facets on the seeded data', () => {
  beforeAll(async () => {
    const db = getDb();
    const region = await db.region.findUniqueOrThrow({ where: { slug: 'africa' } });
    const type = await db.projectType.findUniqueOrThrow({ where: { slug: 'border-management' } });
    await db.project.create({
      data: {
        code: 'ZQ.0001',
        title: { fr: 'Renforcement de la sécurité des frontières' },
        summary: { fr: 'Gestion intégrée des frontières.' },
        status: 'planned',
        coverage: 'global',
        regionId: region.id,
        typeId: type.id,
        budgetUsd: '50000.50',
        startYear: 2026,
        endYear: 2028,
        publicationState: 'published',
        countries: { create: [{ countryCode: 'SN' }] },
      },
    });
    await db.project.create({
      data: {
        code: 'ZQ.0002',
        title: { en: 'Pacific draft' },
        status: 'active',
        coverage: 'national',
        regionId: region.id,
        typeId: type.id,
        budgetUsd: '999999.00',
        publicationState: 'draft',
      },
    });
  });
  afterAll(async () => {
    await getDb().project.deleteMany({ where: { code: { in: EXTRA } } });
    await getDb().$disconnect();
  });

  it('searches code, PRIMA ID, titles and summaries in every language, ignoring accents and case', async () => {
    expect(await codes({ q: 'pacifique' })).toEqual(['PX.0220']);
    expect(await codes({ q: 'Pacific' })).toEqual(['PX.0220']);
    expect(await codes({ q: 'PACIFIQUE' }, 'fr')).toEqual(['PX.0220']);
    expect(await codes({ q: 'securite' })).toEqual(['ZQ.0001']);
    expect(await codes({ q: 'SÉCURITÉ' })).toEqual(['ZQ.0001']);
    expect(await codes({ q: 'px.0220' })).toEqual(['PX.0220']);
    expect(await codes({ q: 'CR99P0513' })).toEqual(['PO.0160']);
    expect(await codes({ q: 'Mésoamérique' })).toEqual(['PO.0160']);
    expect(await codes({ q: 'mesoamerica' })).toEqual(['PO.0160']);
    expect(await codes({ q: 'Pohnpei' })).toEqual(['FM.0283']); // summary only
    expect(await codes({ q: 'trafficking' })).toContain('PX.0220'); // English stem of "trafficking"
    expect(await codes({ q: 'frontière' })).toEqual(['ZQ.0001']); // French stem: frontière ~ frontières
    expect(await codes({ q: 'coordinacion' })).toEqual(['PO.0160']); // Spanish title, accents left out
    expect(await codes({ q: 'proteccion pacifico' })).toEqual(['PX.0220']); // Spanish, accents left out
    expect(await codes({ q: 'no such word anywhere' })).toEqual([]);
    expect(await codes({ q: "'; DROP TABLE project; --" })).toEqual([]);
    expect(await codes({ q: '!!!' })).toEqual([]);
  });

  it('ranks by relevance when searching without a sort, and keeps an explicit sort', async () => {
    // "migration" is in the titles of FM.0283 and PO.0160 but only in the summaries of PX.0220: it ranks last.
    const ranked = await codes({ q: 'migration' });
    expect(ranked.slice(0, 2).sort()).toEqual(['FM.0283', 'PO.0160']);
    expect(ranked[2]).toBe('PX.0220');
    expect(await codes({ q: 'pacific migrants' })).toEqual(['PX.0220']);
    expect(await codes({ q: 'migrants', sort: 'budget' })).toEqual(['FM.0283', 'PO.0160', 'PX.0220']);
  });

  it('filters by every parameter, alone and combined, repeating multi-valued ones', async () => {
    expect(await sorted({ region: 'asia-oceania' })).toEqual(['FM.0283', 'PX.0220']);
    expect(await sorted({ status: ['active', 'planned'] })).toEqual(['PX.0220', 'ZQ.0001']);
    expect(await codes({ type: 'migration-policy-activities' })).toEqual(['PO.0160']);
    expect(await sorted({ type: ['migration-policy-activities', 'assisted-migration-services'] })).toEqual([
      'FM.0283',
      'PO.0160',
    ]);
    expect(await sorted({ coverage: 'regional' })).toEqual(['PO.0160', 'PX.0220']);
    expect(await codes({ coverage: 'global' })).toEqual(['ZQ.0001']);
    expect(await codes({ country: 'vu' })).toEqual(['PX.0220']);
    expect(await sorted({ country: ['FM', 'MX'] })).toEqual(['FM.0283', 'PO.0160']);
    expect(await codes({ budgetMin: '200000' })).toEqual(['PX.0220']);
    expect(await sorted({ budgetMax: '100000' })).toEqual(['FM.0283', 'PO.0160', 'ZQ.0001']);
    expect(await codes({ budgetMax: '50000.49' })).toEqual([]);
    expect(await codes({ budgetMin: '50000.50', budgetMax: '50000.50' })).toEqual(['ZQ.0001']);
    // Year overlap: PO.0160 2020–2021, PX.0220 2021–2024, FM.0283 ends 2024 (no start), ZQ.0001 2026–2028.
    expect(await sorted({ yearFrom: '2022' })).toEqual(['FM.0283', 'PX.0220', 'ZQ.0001']);
    expect(await sorted({ yearTo: '2020' })).toEqual(['PO.0160']);
    expect(await sorted({ yearFrom: '2021', yearTo: '2021' })).toEqual(['PO.0160', 'PX.0220']);
    expect(await codes({ yearFrom: '2025', yearTo: '2025' })).toEqual([]);
    expect(await codes({ status: 'completed', region: 'asia-oceania' })).toEqual(['FM.0283']);
    expect(
      await codes({ q: 'migrants', region: 'asia-oceania', status: 'active', coverage: 'regional', budgetMin: '1000' }),
    ).toEqual(['PX.0220']);
    expect(await codes({ q: 'Pacific', status: 'completed' })).toEqual([]);
  });

  it('counts and sums every match, not just the page', async () => {
    const r = await list({ budgetMin: '200000' });
    expect([r.total, r.totalBudgetUsd]).toEqual([1, '400000.00']);
    const all = await list({});
    expect([all.total, all.totalBudgetUsd]).toEqual([4, '650000.50']);
    const small = await listPublishedProjects(parseProjectFilters({ sort: 'budget' }).filters, 'en', 1);
    expect([small.items.map((p) => p.code), small.total, small.pageCount]).toEqual([['ZQ.0001'], 4, 4]);
    const page2 = await listPublishedProjects(parseProjectFilters({ sort: 'budget', page: '2' }).filters, 'en', 3);
    expect(page2.items.map((p) => p.code)).toEqual(['PX.0220']);
    const none = await list({ region: 'global' });
    expect([none.total, none.totalBudgetUsd, none.items]).toEqual([0, '0.00', []]);
  });

  it('sorts by budget, title (page language), start and end year, both ways', async () => {
    expect(await codes({ sort: 'budget' })).toEqual(['ZQ.0001', 'FM.0283', 'PO.0160', 'PX.0220']);
    expect(await codes({ sort: '-budget' })).toEqual(['PX.0220', 'FM.0283', 'PO.0160', 'ZQ.0001']);
    expect(await codes({ sort: 'start' })).toEqual(['PO.0160', 'PX.0220', 'ZQ.0001', 'FM.0283']);
    expect(await codes({ sort: '-start' })).toEqual(['ZQ.0001', 'PX.0220', 'PO.0160', 'FM.0283']);
    expect(await codes({ sort: 'end' })).toEqual(['PO.0160', 'FM.0283', 'PX.0220', 'ZQ.0001']);
    expect(await codes({ sort: '-end' })).toEqual(['ZQ.0001', 'FM.0283', 'PX.0220', 'PO.0160']);
    // en: Promoting…, Protection…, Renforcement… (French only), Virtual…; fr: Plateforme…, Promotion…, Protection…,
    // Renforcement…
    expect(await codes({ sort: 'title' }, 'en')).toEqual(['FM.0283', 'PX.0220', 'ZQ.0001', 'PO.0160']);
    expect(await codes({ sort: '-title' }, 'en')).toEqual(['PO.0160', 'ZQ.0001', 'PX.0220', 'FM.0283']);
    expect(await codes({ sort: 'title' }, 'fr')).toEqual(['PO.0160', 'FM.0283', 'PX.0220', 'ZQ.0001']);
    // es: Plataforma…, Promoción…, Protección…, then ZQ.0001 by its French title (no Spanish one).
    expect(await codes({ sort: 'title' }, 'es')).toEqual(['PO.0160', 'FM.0283', 'PX.0220', 'ZQ.0001']);
    expect(await codes({ sort: '-title' }, 'es')).toEqual(['ZQ.0001', 'PX.0220', 'FM.0283', 'PO.0160']);
  });

  it('counts per region and per status for the current query, each ignoring its own filter', async () => {
    const f = parseProjectFilters({ region: 'asia-oceania', status: 'active' }).filters;
    const facets = await countProjectFacets(f);
    expect(facets.region).toEqual({ 'asia-oceania': 1 }); // active projects per region
    expect(facets.status).toEqual({ active: 1, completed: 1 }); // Asia-Oceania projects per status
    const all = await countProjectFacets(parseProjectFilters({}).filters);
    expect(all.region).toEqual({ 'asia-oceania': 2, 'latin-america-caribbean': 1, africa: 1 });
    expect(all.status).toEqual({ active: 1, completed: 2, planned: 1 });
    const q = await countProjectFacets(parseProjectFilters({ q: 'pacifique' }).filters);
    expect(q).toEqual({ region: { 'asia-oceania': 1 }, status: { active: 1 } });
  });

  it('returns the full record shape for exports, every row when unpaged', async () => {
    const rows = await queryProjectRecords(parseProjectFilters({ sort: 'budget' }).filters, 'en', null);
    expect(rows).toHaveLength(4);
    const px = rows.find((p) => p.code === 'PX.0220');
    expect(px).toMatchObject({
      primaId: 'FJ10P0514',
      status: 'active',
      coverage: 'regional',
      budgetUsd: '400000.00',
      startYear: 2021,
      endYear: 2024,
      fundingYear: 2020,
      region: { slug: 'asia-oceania', nameFr: 'Asie et Océanie', nameEs: 'Asia y Oceanía' },
      type: { slug: 'protection-assistance-vulnerable-migrants' },
    });
    expect(px?.countries.map((c) => c.code)).toEqual(['FJ', 'TO', 'VU']);
    expect(px?.countries[0]).toEqual({ code: 'FJ', nameEn: 'Fiji', nameFr: 'Fidji', nameEs: 'Fiji' });
    // Translated text: every language of the list, null where there is none.
    const zq = rows.find((p) => p.code === 'ZQ.0001');
    expect(zq?.title).toEqual({ fr: 'Renforcement de la sécurité des frontières', en: null, es: null });
    expect(px?.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('reports and drops unknown regions, types and countries', async () => {
    const { filters, issues } = parseProjectFilters({
      region: ['nowhere', 'africa'],
      type: 'nothing',
      country: ['ZZ', 'sn'],
    });
    await dropUnknownFilterValues(filters, issues);
    expect([filters.region, filters.type, filters.country]).toEqual([['africa'], [], ['SN']]);
    expect(issues).toEqual([
      { param: 'region', value: 'nowhere', reason: 'unknown' },
      { param: 'type', value: 'nothing', reason: 'unknown' },
      { param: 'country', value: 'ZZ', reason: 'unknown' },
    ]);
  });
});
