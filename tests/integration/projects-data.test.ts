import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPortalStats } from '@/lib/data/portal';
import { getPublishedProject, listPublishedProjects } from '@/lib/data/projects';
import { listRegions } from '@/lib/data/reference';
import { getDb } from '@/lib/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { parseProjectFilters } from '@/lib/validation/project-filters';

const list = (query: Record<string, string | string[]>, locale: AppLocale = 'en') =>
  listPublishedProjects(parseProjectFilters(query).filters, locale);
const codes = async (query: Record<string, string | string[]>, locale: AppLocale = 'en') =>
  (await list(query, locale)).items.map((p) => p.code);

describe('project data layer on the seeded database', () => {
  // A draft and an archived project must never reach the public pages.
  beforeAll(async () => {
    const db = getDb();
    const region = await db.region.findUniqueOrThrow({ where: { slug: 'africa' } });
    const type = await db.projectType.findFirstOrThrow();
    for (const [code, state] of [
      ['ZZ.0001', 'draft'],
      ['ZZ.0002', 'archived'],
    ] as const) {
      await db.project.create({
        data: {
          code,
          title: { en: `Hidden ${state}` },
          status: 'active',
          coverage: 'national',
          regionId: region.id,
          typeId: type.id,
          budgetUsd: '900000.00',
          publicationState: state,
        },
      });
    }
  });
  afterAll(async () => {
    await getDb().project.deleteMany({ where: { code: { in: ['ZZ.0001', 'ZZ.0002'] } } });
    await getDb().$disconnect();
  });

  it('lists the published projects only, with count and total budget of all matches', async () => {
    const result = await list({});
    expect(result.items.map((p) => p.code).sort()).toEqual(['FM.0283', 'PO.0160', 'PX.0220']);
    expect(result.total).toBe(3);
    expect(result.totalBudgetUsd).toBe('600000.00');
    expect(result.pageCount).toBe(1);
  });

  it('filters by region and by status, alone and combined', async () => {
    expect(await codes({ region: 'latin-america-caribbean' })).toEqual(['PO.0160']);
    expect((await codes({ status: 'completed' })).sort()).toEqual(['FM.0283', 'PO.0160']);
    expect(await codes({ status: 'completed', region: 'asia-oceania' })).toEqual(['FM.0283']);
    expect(
      (await codes({ region: ['asia-oceania', 'latin-america-caribbean'], status: ['active', 'completed'] })).sort(),
    ).toEqual(['FM.0283', 'PO.0160', 'PX.0220']);
    expect(await codes({ region: 'africa' })).toEqual([]);
    const none = await list({ region: 'africa' });
    expect([none.total, none.totalBudgetUsd]).toEqual([0, '0.00']);
  });

  it('sorts by budget both ways and by title in the page language', async () => {
    expect((await codes({ sort: '-budget' }))[0]).toBe('PX.0220');
    expect((await codes({ sort: 'budget' }))[2]).toBe('PX.0220');
    for (const locale of ['en', 'fr', 'es'] as const) {
      const sorted = await list({ sort: 'title' }, locale);
      const titles = sorted.items.map((p) => p.title[locale] ?? '');
      expect(titles.every(Boolean)).toBe(true);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, locale)));
    }
  });

  it('returns a project with every field, countries in order and names in every language', async () => {
    const p = await getPublishedProject('px.0220');
    expect(p).toMatchObject({
      code: 'PX.0220',
      primaId: 'FJ10P0514',
      status: 'active',
      coverage: 'regional',
      budgetUsd: '400000.00',
      startYear: 2021,
      endYear: 2024,
      fundingYear: 2020,
      region: { slug: 'asia-oceania' },
    });
    expect(p?.countries.map((c) => c.code)).toEqual(['FJ', 'TO', 'VU']);
    expect(p?.countries[0]).toMatchObject({ nameEn: 'Fiji', nameFr: 'Fidji', nameEs: 'Fiji' });
    expect(p?.region).toMatchObject({ nameEn: 'Asia and Oceania', nameEs: 'Asia y Oceanía' });
    expect(p?.title).toEqual({
      en: 'Protection of and assistance to migrants in the Pacific',
      fr: 'Protection et aide aux migrants dans le Pacifique',
      es: 'Protección y asistencia a migrantes en el Pacífico',
    });
    expect(p?.summary.es).toContain('Vanuatu');
    const po = await getPublishedProject('PO.0160');
    expect(po?.countries.map((c) => c.code)).toEqual(['BZ', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI']);
    const fm = await getPublishedProject('FM.0283');
    expect(fm?.centres.map((c) => c.countryCode)).toEqual(['FM']);
    expect(fm?.centres[0]?.name).toMatchObject({ en: expect.any(String), fr: expect.any(String) });
  });

  it('does not return unknown, malformed, draft or archived projects', async () => {
    for (const code of ['XX.9999', '', '../etc', 'ZZ.0001', 'ZZ.0002', "PX.0220' OR 1=1"]) {
      expect(await getPublishedProject(code)).toBeNull();
    }
    expect(await codes({ region: 'africa' })).toEqual([]);
  });

  it('gives the home page figures of published records', async () => {
    expect(await getPortalStats()).toEqual({
      projectCount: 3,
      totalBudgetUsd: '600000.00',
      centreCount: 7,
      countryCount: 12,
    });
  });

  it('lists the six regions in order with their names in every language', async () => {
    const regions = await listRegions();
    expect(regions.map((r) => r.slug)).toEqual([
      'africa',
      'asia-oceania',
      'europe-central-asia',
      'latin-america-caribbean',
      'middle-east-north-africa',
      'global',
    ]);
    expect(regions[1]).toEqual({
      slug: 'asia-oceania',
      nameEn: 'Asia and Oceania',
      nameFr: 'Asie et Océanie',
      nameEs: 'Asia y Oceanía',
    });
  });
});
