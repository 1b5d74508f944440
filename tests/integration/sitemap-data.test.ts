import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSitemapRecords } from '@/lib/data/sitemap';
import { getDb } from '@/lib/db';

describe('sitemap records on the seeded database', () => {
  beforeAll(async () => {
    const db = getDb();
    const region = await db.region.findUniqueOrThrow({ where: { slug: 'africa' } });
    const type = await db.projectType.findFirstOrThrow();
    await db.project.create({
      data: {
        code: 'ZZ.0201',
        status: 'active',
        coverage: 'national',
        regionId: region.id,
        typeId: type.id,
        publicationState: 'draft',
      },
    });
    await db.resourceCentre.create({
      data: {
        slug: 'zz-draft-centre',
        kind: 'other',
        countryCode: 'FJ',
        status: 'planned',
        publicationState: 'archived',
      },
    });
  });
  afterAll(async () => {
    await getDb().project.deleteMany({ where: { code: 'ZZ.0201' } });
    await getDb().resourceCentre.deleteMany({ where: { slug: 'zz-draft-centre' } });
    await getDb().$disconnect();
  });

  it('lists published projects and centres only, with their last change', async () => {
    const { projects, centres } = await listSitemapRecords();
    expect(projects.map((p) => p.key)).toEqual(['FM.0283', 'PO.0160', 'PX.0220']);
    expect(centres).toHaveLength(7);
    expect(centres.map((c) => c.key)).toContain('pohnpei-migrant-resource-centre');
    expect(centres.map((c) => c.key)).not.toContain('zz-draft-centre');
    expect(projects.every((p) => p.updatedAt instanceof Date)).toBe(true);
  });
});
