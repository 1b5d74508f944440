import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceHash } from '@/lib/content/translation';
import { routing, type AppLocale } from '@/lib/i18n/routing';
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

  it('writes N realistic projects in several languages, leaving the real ones alone', async () => {
    await seedSynthetic(db.url, 600);
    const stats = await one<Record<string, string | number>>(`
      SELECT count(*)::int AS n, min(budget_usd)::text AS min, max(budget_usd)::text AS max,
             count(DISTINCT region_id)::int AS regions, count(DISTINCT type_id)::int AS types, count(DISTINCT status)::int AS statuses,
             count(*) FILTER (WHERE title ? 'en' AND title ? 'fr')::int AS bilingual,
             count(*) FILTER (WHERE title ? 'es')::int AS spanish,
             count(*) FILTER (WHERE NOT title ? 'en')::int AS no_en,
             count(*) FILTER (WHERE NOT title ? 'fr')::int AS no_fr,
             count(*) FILTER (WHERE NOT title ? 'en' AND NOT title ? 'fr')::int AS neither,
             count(*) FILTER (WHERE publication_state = 'published')::int AS published,
             count(*) FILTER (WHERE end_year < start_year)::int AS bad_years
        FROM project WHERE code LIKE 'SY.%'`);
    expect(stats.n).toBe(600);
    expect(Number(stats.min)).toBeGreaterThanOrEqual(50_000);
    expect(Number(stats.max)).toBeLessThanOrEqual(2_000_000);
    expect([stats.regions, stats.types, stats.statuses]).toEqual([6, 11, 5]);
    expect(Number(stats.bilingual)).toBeGreaterThan(500);
    // About 80% in Spanish too; the deliberate gaps (about 5% without English, 5% without French) kept.
    expect(Number(stats.spanish)).toBeGreaterThan(420);
    expect(Number(stats.spanish)).toBeLessThan(540);
    expect(Number(stats.no_en)).toBeGreaterThan(0);
    expect(Number(stats.no_fr)).toBeGreaterThan(0);
    expect(stats.neither).toBe(0);
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

  it('keeps the translation bookkeeping of each synthetic project consistent with its texts', async () => {
    await seedSynthetic(db.url, 400);
    const rows = (
      await client.query<{
        title: Record<string, string>;
        summary: Record<string, string>;
        source_language: AppLocale;
        translations: Record<string, Record<string, string>>;
        needs_translation: string[];
      }>(`SELECT title, summary, source_language, translations, needs_translation FROM project WHERE code LIKE 'SY.%'`)
    ).rows;
    expect(rows).toHaveLength(400);
    const sources = new Set<string>();
    for (const r of rows) {
      sources.add(r.source_language);
      // Written in a language it has text in; title and summary in the same languages.
      expect(Object.keys(r.title)).toContain(r.source_language);
      expect(Object.keys(r.summary).sort()).toEqual(Object.keys(r.title).sort());
      const others = routing.locales.filter((l) => l !== r.source_language);
      // Every translation present counts as saved with its source text: only missing languages need work.
      expect(r.needs_translation).toEqual(others.filter((l) => !(l in r.title)));
      for (const field of ['title', 'summary'] as const) {
        const hash = sourceHash(r[field][r.source_language] ?? null);
        const present = others.filter((l) => l in r[field]);
        expect(r.translations[field]).toEqual(Object.fromEntries(present.map((l) => [l, hash])));
      }
    }
    expect([...sources].sort()).toEqual([...routing.locales].sort());
  });

  it('replaces earlier synthetic records when run again, and rejects a bad N', async () => {
    await seedSynthetic(db.url, 50);
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM project WHERE code LIKE 'SY.%'`)).n).toBe(50);
    await expect(seedSynthetic(db.url, 0)).rejects.toThrow(/N must be an integer/);
  });
});
