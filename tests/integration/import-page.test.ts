import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '@/lib/migrate';
import { runSeed } from '@/lib/seed/run-seed';
import { createTestDatabase } from '../support/test-database';

// The command line end to end, on a database of its own (it rewrites seeded records).
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const seeds = path.join(root, 'tests/fixtures/seeds');
const pages = path.join(root, 'tests/fixtures/pages');
let db: Awaited<ReturnType<typeof createTestDatabase>>;

async function cli(args: string[], stdin?: string) {
  const child = run(path.join(root, 'node_modules/.bin/tsx'), ['scripts/import-page.ts', ...args], {
    cwd: root, env: { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (stdin !== undefined) child.child.stdin?.end(stdin);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
const projectCount = async () => Number((await query<{ n: string }>('SELECT count(*) AS n FROM project'))[0]?.n);

beforeAll(async () => {
  db = await createTestDatabase('iom_import');
  await migrate({ connectionString: db.url, log: () => {} });
  await runSeed({ connectionString: db.url, log: () => {} });
});
afterAll(async () => db?.drop());

describe('npm run import:page', () => {
  it('prints the record in the API shape with --dry-run --json and writes nothing', async () => {
    const before = await projectCount();
    const { code, stdout } = await cli(['--dry-run', '--json', path.join(seeds, '001_f1304bd47d6398f5.txt')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      code: 'PX.0220', primaId: 'FJ10P0514', status: 'active', budgetUsd: '400000.00', coverage: 'regional',
      region: 'asia-oceania', startYear: 2021, endYear: 2024, fundingYear: 2020, beneficiaryCountries: ['FJ', 'TO', 'VU'],
    });
    expect(await projectCount()).toBe(before);
  });

  it('reports an unreadable page field by field, exits non-zero and writes nothing', async () => {
    const before = await projectCount();
    const { code, stdout } = await cli([path.join(seeds, '004_ee66b5525b8c9e33.txt')]);
    expect(code).toBe(1);
    expect(stdout).toContain('Project ID: not found on the page.');
    expect(stdout).toContain('7 fields could not be read; nothing was written.');
    expect(await projectCount()).toBe(before);
  });

  it('creates an unknown code as a draft', async () => {
    const text = readFileSync(path.join(pages, 'px0220-en.txt'), 'utf8').replace('PX.0220', 'PX.9999').replace('FJ10P0514', 'FJ10P9999');
    const file = path.join(tmpdir(), `import-px-${process.pid}.txt`);
    writeFileSync(file, text);
    const { code, stdout } = await cli([file]);
    expect(code).toBe(0);
    expect(stdout).toContain('Created PX.9999 as a draft.');
    const [row] = await query<{ publication_state: string; title_en: string; budget_usd: string }>(
      'SELECT publication_state, title_en, budget_usd FROM project WHERE code = $1', ['PX.9999']);
    expect(row).toEqual({ publication_state: 'draft', title_en: 'Protection of and assistance to migrants in the Pacific', budget_usd: '400000.00' });
    const countries = await query<{ country_code: string }>(
      'SELECT country_code FROM project_country pc JOIN project p ON p.id = pc.project_id WHERE p.code = $1 ORDER BY position', ['PX.9999']);
    expect(countries.map((c) => c.country_code)).toEqual(['FJ', 'TO', 'VU']);
    const history = await query<{ action: string; actor_label: string; actor_id: string | null; version: number }>(
      "SELECT r.action, r.actor_label, r.actor_id, r.version FROM revision r JOIN project p ON p.id = r.record_id AND r.record_type = 'project' WHERE p.code = $1", ['PX.9999']);
    expect(history).toEqual([{ action: 'create', actor_label: 'cli', actor_id: null, version: 1 }]);
    const audit = await query<{ action: string }>("SELECT action FROM audit_log WHERE record_type = 'project' AND record_id = $1", ['PX.9999']);
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('shows the differences for an existing code and updates only with --yes', async () => {
    const text = readFileSync(path.join(seeds, '003_4aaa9d8dcfac6f58.txt'), 'utf8').replace('100000.00', '150,000');
    const file = path.join(tmpdir(), `import-po-${process.pid}.txt`);
    writeFileSync(file, text);
    const refused = await cli([file], '');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('budgetUsd: 100000.00 → 150000.00');
    expect(refused.stderr).toContain('--yes');
    expect((await query<{ budget_usd: string }>("SELECT budget_usd FROM project WHERE code = 'PO.0160'"))[0]?.budget_usd).toBe('100000.00');

    const applied = await cli([file, '--yes']);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Updated PO.0160.');
    const [row] = await query<{ budget_usd: string; version: number; publication_state: string; title_en: string }>(
      "SELECT budget_usd, version, publication_state, title_en FROM project WHERE code = 'PO.0160'");
    // The English translation is kept: the page only carries the French text.
    expect(row).toMatchObject({ budget_usd: '150000.00', version: 2, publication_state: 'published' });
    expect(row?.title_en).toMatch(/Mesoamerica/);
    const revs = await query<{ version: number; actor_label: string; before: { budgetUsd: string }; after: { budgetUsd: string } }>(
      "SELECT r.version, r.actor_label, r.before, r.after FROM revision r JOIN project p ON p.id = r.record_id AND r.record_type = 'project' WHERE p.code = 'PO.0160' AND r.actor_label = 'cli'");
    expect(revs).toEqual([expect.objectContaining({ version: 2, actor_label: 'cli', before: expect.objectContaining({ budgetUsd: '100000.00' }), after: expect.objectContaining({ budgetUsd: '150000.00' }) })]);

    const again = await cli([file, '--yes']);
    expect(again.stdout).toContain('PO.0160 already exists and the page changes nothing.');
  });
});
