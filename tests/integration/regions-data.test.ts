import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPublishedProjectsByCountry, listRegionSummaries } from '@/lib/data/regions';
import { getDb } from '@/lib/db';

describe('region data layer on the seeded database', () => {
  // Unpublished projects, with budgets and countries, must not change any figure.
  beforeAll(async () => {
    const db = getDb();
    const africa = await db.region.findUniqueOrThrow({ where: { slug: 'africa' } });
    const asia = await db.region.findUniqueOrThrow({ where: { slug: 'asia-oceania' } });
    const type = await db.projectType.findFirstOrThrow();
    for (const [code, state, regionId] of [
      ['ZZ.0101', 'draft', africa.id],
      ['ZZ.0102', 'archived', asia.id],
    ] as const) {
      await db.project.create({
        data: {
          code,
          title: { en: `Hidden ${state}` },
          status: 'active',
          coverage: 'national',
          regionId,
          typeId: type.id,
          budgetUsd: '900000.00',
          publicationState: state,
          countries: { create: [{ countryCode: 'FJ' }, { countryCode: 'KE' }] },
        },
      });
    }
  });
  afterAll(async () => {
    await getDb().project.deleteMany({ where: { code: { in: ['ZZ.0101', 'ZZ.0102'] } } });
    await getDb().$disconnect();
  });

  it('lists every region in order with its published projects and total budget', async () => {
    const regions = await listRegionSummaries();
    expect(regions.map((r) => r.slug)).toEqual([
      'africa',
      'asia-oceania',
      'europe-central-asia',
      'latin-america-caribbean',
      'middle-east-north-africa',
      'global',
    ]);
    const by = Object.fromEntries(regions.map((r) => [r.slug, [r.projectCount, r.totalBudgetUsd]]));
    expect(by['asia-oceania']).toEqual([2, '500000.00']);
    expect(by['latin-america-caribbean']).toEqual([1, '100000.00']);
    expect(by.africa).toEqual([0, '0.00']);
    expect(regions.find((r) => r.slug === 'asia-oceania')).toMatchObject({
      nameEn: 'Asia and Oceania',
      nameFr: 'Asie et Océanie',
      nameEs: 'Asia y Oceanía',
    });
  });

  it('counts published projects by beneficiary country', async () => {
    const counts = await countPublishedProjectsByCountry();
    const by = Object.fromEntries(counts.map((c) => [c.code, c.projectCount]));
    expect(by).toEqual({ FM: 1, FJ: 1, TO: 1, VU: 1, BZ: 1, CR: 1, DO: 1, SV: 1, GT: 1, HN: 1, MX: 1, NI: 1 });
    expect(counts.find((c) => c.code === 'FJ')).toMatchObject({ nameEn: 'Fiji', nameFr: 'Fidji', nameEs: 'Fiji' });
  });

  it('adds up a second published project in the same region and country', async () => {
    const db = getDb();
    const asia = await db.region.findUniqueOrThrow({ where: { slug: 'asia-oceania' } });
    const type = await db.projectType.findFirstOrThrow();
    await db.project.create({
      data: {
        code: 'ZZ.0103',
        status: 'active',
        coverage: 'national',
        regionId: asia.id,
        typeId: type.id,
        budgetUsd: '1234.56',
        publicationState: 'published',
        countries: { create: [{ countryCode: 'FJ' }] },
      },
    });
    try {
      expect((await listRegionSummaries()).find((r) => r.slug === 'asia-oceania')).toMatchObject({
        projectCount: 3,
        totalBudgetUsd: '501234.56',
      });
      const counts = await countPublishedProjectsByCountry();
      expect(counts[0]).toMatchObject({ code: 'FJ', projectCount: 2 });
    } finally {
      await db.project.deleteMany({ where: { code: 'ZZ.0103' } });
    }
  });
});
