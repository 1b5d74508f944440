import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '@/lib/migrate';
import { runSeed } from '@/lib/seed/run-seed';
import { seedSynthetic } from '@/lib/seed/synthetic';
import { parseProjectFilters, type SearchParams } from '@/lib/validation/project-filters';
import { createTestDatabase } from '../support/test-database';

// The dashboard of a filtered view over 10,000 synthetic projects, in a database of its own (the synthetic records
// must not reach the seeded one the other tests share). The data layer reads DATABASE_URL on first use, so it is
// pointed at this database before anything is imported from it.
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;
let data: typeof import('@/lib/data/dashboard');
let sql: typeof import('@/lib/data/dashboard-sql');
let projects: typeof import('@/lib/data/projects');
let csvRoute: typeof import('@/app/api/v1/projects/dashboard.csv/route');

const QUERIES: [string, SearchParams][] = [
  ['all published projects', {}],
  ['region=asia-oceania&status=active', { region: 'asia-oceania', status: 'active' }],
  ['a search and three filters', { q: 'trafficking', region: 'africa', status: 'completed', coverage: 'national' }],
  ['a type and a year range', { type: 'labour-migration', yearFrom: '2015', yearTo: '2020' }],
  ['two countries', { country: ['PH', 'FJ'] }],
  ['a budget range and two coverages', { budgetMin: '500000', budgetMax: '1500000', coverage: ['regional', 'global'] }],
  ['nothing matches', { region: 'asia-oceania', status: 'active', q: 'zzzzqqqq' }],
];

// Exact sums of 2-decimal strings, in cents.
const cents = (amount: string) => BigInt(amount.replace('.', ''));
const sum = (amounts: string[]) => amounts.reduce((s, a) => s + cents(a), 0n);
const filtersOf = (sp: SearchParams) => parseProjectFilters(sp).filters;
const csvRows = (text: string): string[][] => parse(text.replace(/^\uFEFF/, ''));

beforeAll(async () => {
  db = await createTestDatabase('iom_dashboard');
  await migrate({ connectionString: db.url, log: () => {} });
  await runSeed({ connectionString: db.url, log: () => {} });
  await seedSynthetic(db.url, 10_000);
  process.env.DATABASE_URL = db.url;
  data = await import('@/lib/data/dashboard');
  sql = await import('@/lib/data/dashboard-sql');
  projects = await import('@/lib/data/projects');
  csvRoute = await import('@/app/api/v1/projects/dashboard.csv/route');
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
}, 300_000);

afterAll(async () => {
  await client.end();
  const { getDb } = await import('@/lib/db');
  await getDb().$disconnect();
  await db.drop();
});

describe('project dashboard over 10,000 synthetic projects', () => {
  it('reads the synthetic database', async () => {
    const { total } = await data.getProjectDashboard(filtersOf({}));
    expect(total).toBeGreaterThan(9_000);
  });

  it.each(QUERIES)('%s: total and count equal the list page’s and the API’s', async (_label, sp) => {
    const filters = filtersOf(sp);
    const [figures, list, api] = await Promise.all([
      data.getProjectDashboard(filters),
      projects.countProjectsWithFacets(filters),
      projects.countProjects(filters),
    ]);
    expect({ total: figures.total, totalBudgetUsd: figures.totalBudgetUsd }).toEqual({
      total: list.total,
      totalBudgetUsd: list.totalBudgetUsd,
    });
    expect(api).toEqual({ total: list.total, totalBudgetUsd: list.totalBudgetUsd });
  });

  it.each(QUERIES)('%s: each chart family adds up to the total', async (_label, sp) => {
    const figures = await data.getProjectDashboard(filtersOf(sp));
    for (const chart of ['region', 'type', 'status', 'coverage', 'startYear', 'fundingYear'] as const) {
      const bars = figures.charts[chart];
      expect(
        bars.reduce((n, b) => n + b.count, 0),
        chart,
      ).toBe(figures.total);
      expect(sum(bars.map((b) => b.budgetUsd)), chart).toBe(cents(figures.totalBudgetUsd));
      expect(new Set(bars.map((b) => b.key)).size, chart).toBe(bars.length);
    }
    if (figures.total === 0) {
      expect(figures.totalBudgetUsd).toBe('0.00');
      expect(Object.values(figures.charts).flat()).toEqual([]);
    }
  });

  it('region=asia-oceania&status=active: the figures equal plain SQL over the same projects', async () => {
    const figures = await data.getProjectDashboard(filtersOf({ region: 'asia-oceania', status: 'active' }));
    const scope = `FROM project p JOIN region r ON r.id = p.region_id
      WHERE p.publication_state = 'published' AND r.slug = 'asia-oceania' AND p.status = 'active'`;
    const one = async (sql: string) => (await client.query(sql)).rows[0] as { n: number; budget: string };
    const all = await one(
      `SELECT count(*)::int AS n, coalesce(sum(budget_usd), 0)::numeric(16,2)::text AS budget ${scope}`,
    );
    expect(figures.total).toBe(all.n);
    expect(figures.totalBudgetUsd).toBe(all.budget);
    expect(figures.total).toBeGreaterThan(100);
    // Years where a project has a start year: the dated bars hold exactly the projects with one.
    const dated = await one(`SELECT count(*)::int AS n, coalesce(sum(budget_usd), 0)::numeric(16,2)::text AS budget
      ${scope} AND p.start_year IS NOT NULL`);
    const years = figures.charts.startYear.filter((b) => b.key !== null);
    expect(years.reduce((n, b) => n + b.count, 0)).toBe(dated.n);
    expect(sum(years.map((b) => b.budgetUsd))).toBe(cents(dated.budget));
    expect(years.map((b) => Number(b.key))).toEqual([...years.map((b) => Number(b.key))].sort((a, b) => a - b));
    // One region, one status: one bar each, with every figure.
    expect(figures.charts.region).toEqual([
      {
        key: 'asia-oceania',
        names: expect.objectContaining({ nameEn: 'Asia and Oceania' }),
        count: all.n,
        budgetUsd: all.budget,
      },
    ]);
    expect(figures.charts.status).toEqual([{ key: 'active', names: null, count: all.n, budgetUsd: all.budget }]);
    // Projects without a budget count in the numbers only.
    const unbudgeted = await one(`SELECT count(*)::int AS n, '0' AS budget ${scope} AND p.budget_usd IS NULL`);
    expect(figures.withoutBudget).toBe(unbudgeted.n);
  });

  it('the countries are the largest budgets, each counting its projects in full', async () => {
    const figures = await data.getProjectDashboard(filtersOf({ region: 'asia-oceania', status: 'active' }));
    const { rows } = await client.query<{ code: string; n: number; budget: string }>(`
      SELECT pc.country_code AS code, count(*)::int AS n, coalesce(sum(p.budget_usd), 0)::numeric(16,2)::text AS budget
        FROM project p JOIN region r ON r.id = p.region_id JOIN project_country pc ON pc.project_id = p.id
       WHERE p.publication_state = 'published' AND r.slug = 'asia-oceania' AND p.status = 'active'
       GROUP BY pc.country_code ORDER BY sum(p.budget_usd) DESC NULLS LAST, count(*) DESC, pc.country_code`);
    expect(figures.countryCount).toBe(rows.length);
    expect(figures.charts.country).toHaveLength(Math.min(sql.TOP_COUNTRIES, rows.length));
    expect(figures.charts.country.map((b) => [b.key, b.count, b.budgetUsd])).toEqual(
      rows.slice(0, sql.TOP_COUNTRIES).map((r) => [r.code, r.n, r.budget]),
    );
    expect(figures.charts.country.every((b) => b.names !== null)).toBe(true);
  });

  it('the CSV of a chart holds exactly its figures, labelled in the chosen language', async () => {
    const query = 'region=asia-oceania&status=active';
    const figures = await data.getProjectDashboard(filtersOf({ region: 'asia-oceania', status: 'active' }));
    const get = (q: string) => csvRoute.GET(new Request(`http://localhost/api/v1/projects/dashboard.csv?${q}`));
    const res = await get(`chart=coverage&lang=fr&${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="tableau-de-bord-des-projets-couverture.csv"',
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await res.arrayBuffer()));
    expect(text.startsWith('\uFEFFCouverture,Projets,Budget (USD)\r\n')).toBe(true);
    const rows = csvRows(text).slice(1);
    const coverage = { national: 'National', regional: 'Régional', global: 'Mondial' } as Record<string, string>;
    expect(rows).toEqual(
      figures.charts.coverage.map((b) => [coverage[b.key ?? ''] ?? '', String(b.count), b.budgetUsd]),
    );
    const years = csvRows(await (await get(`chart=startYear&lang=en&${query}`)).text());
    expect(years[0]).toEqual(['Start year', 'Projects', 'Budget (USD)']);
    expect(years.slice(1)).toEqual(
      figures.charts.startYear.map((b) => [b.key ?? 'Not stated', String(b.count), b.budgetUsd]),
    );
    const countries = csvRows(await (await get(`chart=country&lang=es&${query}`)).text());
    expect(countries.slice(1).map((r) => r[1])).toEqual(figures.charts.country.map((b) => String(b.count)));
    expect(countries.slice(1).map((r) => r[0])).toEqual(figures.charts.country.map((b) => b.names?.nameEs));
  });

  it('the CSV refuses a missing or unknown chart and unknown filters with a JSON 400', async () => {
    const get = (q: string) => csvRoute.GET(new Request(`http://localhost/api/v1/projects/dashboard.csv?${q}`));
    for (const q of ['', 'chart=pie', 'chart=region&region=nowhere', 'chart=region&lang=de']) {
      const res = await get(q);
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code, q).toBe('invalid_parameter');
    }
  });
});
