import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '@/lib/migrate';
import { runSeed } from '@/lib/seed/run-seed';
import { seedSynthetic } from '@/lib/seed/synthetic';
import { createTestDatabase } from '../support/test-database';

// Its own database: synthetic records must not leak into the seeded one the other tests share.
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;
const one = async <T>(sql: string) => (await client.query(sql)).rows[0] as T;

describe('synthetic project generator (npm run db:seed -- --synthetic N)', () => {
  beforeAll(async () => {
    db = await createTestDatabase('iom_synth');
    await migrate({ connectionString: db.url, log: () => {} });
    await runSeed({ connectionString: db.url });
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('writes N realistic projects in both languages, leaving the real ones alone', async () => {
    await seedSynthetic(db.url, 600);
    const stats = await one<Record<string, string | number>>(`
      SELECT count(*)::int AS n, min(budget_usd)::text AS min, max(budget_usd)::text AS max,
             count(DISTINCT region_id)::int AS regions, count(DISTINCT type_id)::int AS types, count(DISTINCT status)::int AS statuses,
             count(*) FILTER (WHERE title_en IS NOT NULL AND title_fr IS NOT NULL)::int AS bilingual,
             count(*) FILTER (WHERE publication_state = 'published')::int AS published,
             count(*) FILTER (WHERE end_year < start_year)::int AS bad_years
        FROM project WHERE code LIKE 'SY.%'`);
    expect(stats.n).toBe(600);
    expect(Number(stats.min)).toBeGreaterThanOrEqual(50_000);
    expect(Number(stats.max)).toBeLessThanOrEqual(2_000_000);
    expect([stats.regions, stats.types, stats.statuses]).toEqual([6, 11, 5]);
    expect(Number(stats.bilingual)).toBeGreaterThan(500);
    expect(Number(stats.published)).toBeGreaterThan(540);
    expect(stats.bad_years).toBe(0);
    const countries = await one<{ n: number }>(
      `SELECT count(DISTINCT country_code)::int AS n FROM project_country pc JOIN project p ON p.id = pc.project_id WHERE p.code LIKE 'SY.%'`,
    );
    expect(countries.n).toBeGreaterThan(50);
    const real = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM project WHERE code IN ('FM.0283', 'PX.0220', 'PO.0160')`,
    );
    expect(real.n).toBe(3);
  });

  it('replaces earlier synthetic records when run again, and rejects a bad N', async () => {
    await seedSynthetic(db.url, 50);
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM project WHERE code LIKE 'SY.%'`)).n).toBe(50);
    await expect(seedSynthetic(db.url, 0)).rejects.toThrow(/N must be an integer/);
  });
});
