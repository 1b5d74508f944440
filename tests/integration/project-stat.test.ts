import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countSql, facetsSql, statsAnswer, whereSql } from '@/lib/data/projects-sql';
import { Prisma } from '@/lib/generated/prisma/client';
import { migrate } from '@/lib/migrate';
import { runSeed } from '@/lib/seed/run-seed';
import { parseProjectFilters, type SearchParams } from '@/lib/validation/project-filters';
import { createTestDatabase } from '../support/test-database';

// Issue 17: `project_stat` (published projects per region, status, type and coverage, kept by statement triggers)
// answers the list's count, total budget and facets without reading every published row. It must equal the projects
// themselves after any mix of inserts, updates, deletes, rollbacks and concurrent transactions.

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;
let regions: number[];
let types: number[];
const STATUSES = ['planned', 'active', 'completed', 'suspended'];
const COVERAGES = ['national', 'regional', 'global'];
const STATES = ['published', 'draft', 'archived'];

// A deterministic sequence, so a failure can be replayed.
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const pick = <T>(rand: () => number, xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;

const DIRECT = `SELECT region_id, status::text, type_id, coverage::text, count(*)::int AS projects,
  coalesce(sum(budget_usd), 0)::numeric(18, 2)::text AS budget FROM project WHERE publication_state = 'published'
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
const KEPT = `SELECT region_id, status::text, type_id, coverage::text, sum(projects)::int AS projects,
  sum(budget_usd)::numeric(18, 2)::text AS budget FROM project_stat GROUP BY 1, 2, 3, 4
  HAVING sum(projects) <> 0 OR sum(budget_usd) <> 0 ORDER BY 1, 2, 3, 4`;

// The country filter's choices (migration 20261205100000) against the plain join.
const COUNTRIES = `SELECT code FROM public.countries_with_published_projects() AS code ORDER BY 1`;
const COUNTRIES_JOINED = `SELECT DISTINCT pc.country_code AS code FROM project_country pc
  JOIN project p ON p.id = pc.project_id WHERE p.publication_state = 'published' ORDER BY 1`;

async function expectConsistent(c: pg.ClientBase = client) {
  const [direct, kept] = await Promise.all([c.query(DIRECT), c.query(KEPT)]);
  expect(kept.rows).toEqual(direct.rows);
  const [countries, joined] = await Promise.all([c.query(COUNTRIES), c.query(COUNTRIES_JOINED)]);
  expect(countries.rows).toEqual(joined.rows);
}

async function run(sql: Prisma.Sql, c: pg.ClientBase = client) {
  return (await c.query(sql.text, sql.values)).rows as Record<string, unknown>[];
}

let serial = 0;
function insertSql(rand: () => number, prefix = 'ST'): [string, unknown[]] {
  serial += 1;
  return [
    `INSERT INTO project (code, title, status, type_id, coverage, region_id, budget_usd, publication_state, updated_at)
     VALUES ($1, '{"en":"Stat test"}', $2::"ProjectStatus", $3, $4::"Coverage", $5, $6, $7::"PublicationState", now())`,
    [
      `${prefix}.${process.pid}.${serial}`,
      pick(rand, STATUSES),
      pick(rand, types),
      pick(rand, COVERAGES),
      pick(rand, regions),
      rand() < 0.1 ? null : (Math.round(rand() * 1e8) / 100).toFixed(2),
      pick(rand, STATES),
    ],
  ];
}

// One random change: an insert, a one-row or many-row update of a grouped column, the budget or the state, a delete;
// of any project, or only of those whose code starts with `prefix`.
function changeSql(rand: () => number, prefix = ''): [string, unknown[]] {
  const r = rand();
  const scope = prefix ? `WHERE code LIKE '${prefix}.%'` : '';
  const someRows = `id IN (SELECT id FROM project ${scope} ORDER BY md5(id::text || $2) LIMIT $3)`;
  const n = 1 + Math.floor(rand() * 5);
  const salt = String(Math.floor(rand() * 1e9));
  if (r < 0.25) return insertSql(rand, prefix || 'ST');
  if (r < 0.3) {
    const link = `INSERT INTO project_country (project_id, country_code)
      SELECT p.id, c.code FROM project p, country c WHERE p.${someRows.replace('$2', '$1').replace('$3', '$2')}
      AND c.code = $3 ON CONFLICT DO NOTHING`;
    return [link, [salt, n, pick(rand, ['FJ', 'SV', 'PH', 'NE', 'MA', 'GT', 'FM'])]];
  }
  if (r < 0.4)
    return [`UPDATE project SET status = $1::"ProjectStatus" WHERE ${someRows}`, [pick(rand, STATUSES), salt, n]];
  if (r < 0.5) return [`UPDATE project SET region_id = $1 WHERE ${someRows}`, [pick(rand, regions), salt, n]];
  if (r < 0.55) return [`UPDATE project SET type_id = $1 WHERE ${someRows}`, [pick(rand, types), salt, n]];
  if (r < 0.6)
    return [`UPDATE project SET coverage = $1::"Coverage" WHERE ${someRows}`, [pick(rand, COVERAGES), salt, n]];
  if (r < 0.7)
    return [`UPDATE project SET budget_usd = $1 WHERE ${someRows}`, [rand() < 0.2 ? null : '1234.56', salt, n]];
  if (r < 0.85) {
    const state = pick(rand, STATES);
    return [`UPDATE project SET publication_state = $1::"PublicationState" WHERE ${someRows}`, [state, salt, n]];
  }
  if (r < 0.93) return [`UPDATE project SET title = $1::jsonb WHERE ${someRows}`, ['{"en":"Renamed"}', salt, n]];
  return [`DELETE FROM project WHERE code LIKE $1 AND ${someRows}`, ['ST.%', salt, 1]];
}

beforeAll(async () => {
  db = await createTestDatabase('iom_stat');
  await migrate({ connectionString: db.url, log: () => {} });
  await runSeed({ connectionString: db.url });
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  regions = (await client.query<{ id: number }>('SELECT id FROM region ORDER BY id')).rows.map((r) => r.id);
  types = (await client.query<{ id: number }>('SELECT id FROM project_type ORDER BY id')).rows.map((r) => r.id);
}, 120_000);

afterAll(async () => {
  await client.end();
  await db.drop();
});

describe('project_stat', () => {
  it('holds the seeded projects (filled by the migration and the triggers)', async () => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM project WHERE publication_state = 'published'`,
    );
    expect(rows[0]!.n).toBeGreaterThan(0);
    await expectConsistent();
  });

  it('follows 300 random inserts, updates and deletes, and forgets rolled-back ones', async () => {
    const rand = prng(17);
    for (let i = 0; i < 40; i++) await client.query(...insertSql(rand));
    for (let i = 0; i < 300; i++) {
      const rollback = rand() < 0.1;
      await client.query('BEGIN');
      await client.query(...changeSql(rand));
      await client.query(...changeSql(rand));
      await client.query(rollback ? 'ROLLBACK' : 'COMMIT');
      if (i % 50 === 0) await expectConsistent();
    }
    await expectConsistent();
  });

  it('stays exact under concurrent transactions touching the same groups, with no deadlock', async () => {
    const clients = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const c = new pg.Client({ connectionString: db.url });
        await c.connect();
        return c;
      }),
    );
    try {
      await Promise.all(
        clients.map(async (c, k) => {
          const rand = prng(100 + k);
          // Each client changes projects of its own (row locks on shared projects could deadlock by themselves),
          // all in the same few groups.
          const prefix = `SC${k}`;
          for (let i = 0; i < 10; i++) await c.query(...insertSql(rand, prefix));
          for (let i = 0; i < 40; i++) {
            await c.query('BEGIN');
            // Several groups in one transaction, in a random order.
            for (let j = 0; j < 3; j++) await c.query(...changeSql(rand, prefix));
            await c.query(rand() < 0.1 ? 'ROLLBACK' : 'COMMIT');
          }
        }),
      );
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    await expectConsistent();
  });

  it('folds its rows: one per group, plus at most the changes since the last fold', async () => {
    // Folded every 64 writing statements: the table stays near one row per group however many changes were made.
    for (let i = 0; i < 200; i++) {
      await client.query(
        `UPDATE project SET status = CASE WHEN status = 'active' THEN 'completed' ELSE 'active' END::"ProjectStatus"
          WHERE id = (SELECT id FROM project WHERE publication_state = 'published' ORDER BY id OFFSET $1 LIMIT 1)`,
        [i % 20],
      );
    }
    const groups = await client.query(`SELECT DISTINCT region_id, status, type_id, coverage FROM project_stat`);
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM project_stat');
    expect(rows[0]!.n).toBeLessThanOrEqual(groups.rowCount! + 2 * 64);
    await expectConsistent();
  });

  it('gives the same count, total and facets as the projects themselves, for the views it answers', async () => {
    const views: SearchParams[] = [
      {},
      { region: 'africa' },
      { status: 'active' },
      { region: ['africa', 'asia-oceania'], status: ['active', 'completed'] },
      { type: 'migration-health' },
      { coverage: 'regional', status: 'planned' },
      { region: 'nowhere-at-all' },
    ];
    for (const sp of views) {
      const f = parseProjectFilters(sp).filters;
      expect(statsAnswer(f)).toBe(true);
      // The same view with a condition the table cannot answer but every project meets: read from the rows.
      const rows = { ...f, modifiedAfter: new Date(0) };
      expect(statsAnswer(rows)).toBe(false);
      expect(await run(countSql(f))).toEqual(await run(countSql(rows)));
      const sorted = async (sql: Prisma.Sql) =>
        (await run(sql)).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      expect(await sorted(facetsSql(f))).toEqual(await sorted(facetsSql(rows)));
      const [counted] = await run(Prisma.sql`SELECT count(*)::int AS n FROM project p WHERE ${whereSql(f)}`);
      expect((await run(countSql(f)))[0]!.total).toBe(counted!.n);
    }
  });

  it('reads project_stat, not project, for the unfiltered list', async () => {
    const f = parseProjectFilters({}).filters;
    const sql = facetsSql(f);
    const plan = (await client.query(`EXPLAIN ${sql.text}`, sql.values)).rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/on project_stat p/);
    expect(plan).not.toMatch(/on project p\b/);
  });

  it('folds at once after a statement that writes many groups (a bulk import)', async () => {
    const rand = prng(99);
    const rows = Array.from({ length: 300 }, () => insertSql(rand, 'SB')[1]);
    // One INSERT of 300 projects, as an import writes them.
    const values = rows.map((_, i) => {
      const k = i * 7;
      return `($${k + 1}, '{"en":"Bulk"}', $${k + 2}::"ProjectStatus", $${k + 3}, $${k + 4}::"Coverage", $${k + 5}, $${k + 6}, $${k + 7}::"PublicationState", now())`;
    });
    await client.query(
      `INSERT INTO project (code, title, status, type_id, coverage, region_id, budget_usd, publication_state, updated_at)
       VALUES ${values.join(', ')}`,
      rows.flat(),
    );
    const groups = await client.query(`SELECT DISTINCT region_id, status, type_id, coverage FROM project_stat`);
    const { rows: n } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM project_stat');
    expect(n[0]!.n).toBe(groups.rowCount);
    await expectConsistent();
  });

  it('is emptied with the projects by TRUNCATE', async () => {
    await client.query('BEGIN');
    try {
      await client.query('TRUNCATE project CASCADE');
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM project_stat');
      expect(rows[0]!.n).toBe(0);
    } finally {
      await client.query('ROLLBACK');
    }
    await expectConsistent();
  });
});
