import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPortalStats, listLatestProjects } from '@/lib/data/portal';
import { getDb } from '@/lib/db';

// The home page's figures and latest projects (issue 15): only published projects count, whatever their dates.
const CODES = ['ZZ.0301', 'ZZ.0302', 'ZZ.0303', 'ZZ.0304', 'ZZ.0305', 'ZZ.0306'];
const DAY = 86_400_000;

async function distinctPublishedCountries(): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT pc.country_code)::int AS n
      FROM project_country pc JOIN project p ON p.id = pc.project_id
     WHERE p.publication_state = 'published'`;
  return row!.n;
}

async function publishedCodesByUpdate(): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ code: string }[]>`
    SELECT code FROM project WHERE publication_state = 'published' ORDER BY updated_at DESC, code ASC`;
  return rows.map((r) => r.code);
}

describe('home page data on the seeded database', () => {
  const later = (days: number) => new Date(Date.now() + days * DAY);
  let create: (
    code: string,
    state: 'draft' | 'published' | 'archived',
    countries: string[],
    updatedAt: Date,
  ) => Promise<unknown>;

  beforeAll(async () => {
    const db = getDb();
    const region = await db.region.findUniqueOrThrow({ where: { slug: 'africa' } });
    const type = await db.projectType.findFirstOrThrow();
    create = (code, state, countries, updatedAt) =>
      db.project.create({
        data: {
          code,
          title: { en: `Home ${code}`, fr: `Accueil ${code}` },
          status: 'active',
          coverage: 'national',
          regionId: region.id,
          typeId: type.id,
          publicationState: state,
          updatedAt,
          countries: { create: countries.map((countryCode, position) => ({ countryCode, position })) },
        },
      });
  });
  afterAll(async () => {
    await getDb().project.deleteMany({ where: { code: { in: CODES } } });
    await getDb().$disconnect();
  });

  it('counts the distinct beneficiary countries of published projects', async () => {
    const seeded = await getPortalStats();
    expect(seeded.countryCount).toBe(12);
    expect(seeded.countryCount).toBe(await distinctPublishedCountries());
    // Countries of a draft and an archived project do not count; a country of two published projects counts once.
    await create('ZZ.0301', 'draft', ['KE'], later(1));
    await create('ZZ.0302', 'archived', ['NG', 'KE'], later(1));
    await create('ZZ.0303', 'published', ['FJ', 'MX'], later(1));
    expect((await getPortalStats()).countryCount).toBe(12);
    await create('ZZ.0304', 'published', ['KE', 'FJ'], later(2));
    const stats = await getPortalStats();
    expect(stats.countryCount).toBe(13);
    expect(stats.countryCount).toBe(await distinctPublishedCountries());
  });

  it('lists the latest updated published projects, newest first, drafts and archived ones left out', async () => {
    // Published later than everything so far, and a draft and an archived project updated later still.
    const newest = later(3);
    await create('ZZ.0305', 'published', [], newest);
    await create('ZZ.0306', 'draft', [], later(10));
    await getDb().project.update({ where: { code: 'ZZ.0302' }, data: { updatedAt: later(10) } });
    const latest = await listLatestProjects(3);
    expect(latest.map((p) => p.code)).toEqual(['ZZ.0305', 'ZZ.0304', 'ZZ.0303']);
    expect(latest[0]).toEqual({
      code: 'ZZ.0305',
      title: { en: 'Home ZZ.0305', fr: 'Accueil ZZ.0305', es: null },
      // The region's names as stored now (other tests running beside this one may be renaming it meanwhile).
      region: expect.objectContaining({ slug: 'africa' }),
      updatedAt: newest.toISOString(),
    });
    expect(Date.parse(latest[0]!.updatedAt)).toBeGreaterThan(Date.parse(latest[1]!.updatedAt));
    // The whole list: every published project (seeded ones included), in the database's order by update.
    const all = await listLatestProjects(100);
    expect(all.map((p) => p.code)).toEqual(await publishedCodesByUpdate());
    expect(all.map((p) => p.code)).not.toContain('ZZ.0306');
    expect(all.map((p) => p.code)).not.toContain('ZZ.0302');
    expect(all.map((p) => p.code)).not.toContain('ZZ.0301');
    const dates = all.map((p) => Date.parse(p.updatedAt));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('breaks ties on the update time by code, and gives nothing for a limit of zero', async () => {
    const same = later(20);
    await getDb().project.updateMany({ where: { code: { in: ['ZZ.0303', 'ZZ.0305'] } }, data: { updatedAt: same } });
    expect((await listLatestProjects(2)).map((p) => p.code)).toEqual(['ZZ.0303', 'ZZ.0305']);
    expect(await listLatestProjects(0)).toEqual([]);
  });
});
