import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '@/lib/migrate';
import { parseProjectPage } from '@/lib/import/project-page';
import { SEED_IMPORT_REFERENCE } from '@/lib/import/reference';
import { runSeed } from '@/lib/seed/run-seed';
import { createTestDatabase } from '../support/test-database';

// The command line end to end, on a database of its own (it rewrites seeded records).
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const seeds = path.join(root, 'tests/fixtures/seeds');
const pages = path.join(root, 'tests/fixtures/pages');
let db: Awaited<ReturnType<typeof createTestDatabase>>;

async function cli(args: string[], stdin?: string) {
  // stdout and stderr are pipes here, as in `npm run import:page -- … | jq`.
  // As `npm run import:page` runs it: the write path's modules are server-only (React server condition).
  const tsxArgs = ['--conditions=react-server', 'scripts/import-page.ts', ...args];
  const child = run(path.join(root, 'node_modules/.bin/tsx'), tsxArgs, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: '1' },
    maxBuffer: 16 * 1024 * 1024,
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
afterAll(async () => db.drop());

describe('npm run import:page', () => {
  it('prints the record in the API shape with --dry-run --json and writes nothing', async () => {
    const before = await projectCount();
    const { code, stdout } = await cli(['--dry-run', '--json', path.join(seeds, '001_f1304bd47d6398f5.txt')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      code: 'PX.0220',
      primaId: 'FJ10P0514',
      status: 'active',
      budgetUsd: '400000.00',
      coverage: 'regional',
      region: 'asia-oceania',
      startYear: 2021,
      endYear: 2024,
      fundingYear: 2020,
      beneficiaryCountries: ['FJ', 'TO', 'VU'],
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
    const text = readFileSync(path.join(pages, 'px0220-en.txt'), 'utf8')
      .replace('PX.0220', 'PX.9999')
      .replace('FJ10P0514', 'FJ10P9999');
    const file = path.join(tmpdir(), `import-px-${process.pid}.txt`);
    writeFileSync(file, text);
    const { code, stdout } = await cli([file]);
    expect(code).toBe(0);
    expect(stdout).toContain('Created PX.9999 as a draft.');
    const [row] = await query<{ publication_state: string; title_en: string; budget_usd: string }>(
      "SELECT publication_state, title->>'en' AS title_en, budget_usd FROM project WHERE code = $1",
      ['PX.9999'],
    );
    expect(row).toEqual({
      publication_state: 'draft',
      title_en: 'Protection of and assistance to migrants in the Pacific',
      budget_usd: '400000.00',
    });
    const countries = await query<{ country_code: string }>(
      'SELECT country_code FROM project_country pc JOIN project p ON p.id = pc.project_id WHERE p.code = $1 ORDER BY position',
      ['PX.9999'],
    );
    expect(countries.map((c) => c.country_code)).toEqual(['FJ', 'TO', 'VU']);
    const history = await query<{ action: string; actor_label: string; actor_id: string | null; version: number }>(
      "SELECT r.action, r.actor_label, r.actor_id, r.version FROM revision r JOIN project p ON p.id = r.record_id AND r.record_type = 'project' WHERE p.code = $1",
      ['PX.9999'],
    );
    expect(history).toEqual([{ action: 'create', actor_label: 'cli', actor_id: null, version: 1 }]);
    const audit = await query<{ action: string }>(
      "SELECT action FROM audit_log WHERE record_type = 'project' AND record_id = $1",
      ['PX.9999'],
    );
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  const SLOW = { timeout: 180_000 }; // several runs of the command, each starting tsx
  // The English PX.0220 page with another description (and, for a new record, another code).
  const pageWith = (description: string, code = 'PX.0220') => {
    const file = path.join(tmpdir(), `import-long-${process.pid}-${code}-${description.length}.txt`);
    writeFileSync(
      file,
      readFileSync(path.join(pages, 'px0220-en.txt'), 'utf8')
        .replace('PX.0220', code)
        .replace('FJ10P0514', code === 'PX.0220' ? 'FJ10P0514' : 'FJ10P9998')
        .replace(/"In 2018[^]*$/, description),
    );
    return file;
  };

  it('prints over 64 KiB of --json through a pipe whole; a dry run refuses what the form would', SLOW, async () => {
    const long = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(4000).trim();
    const { code, stdout, stderr } = await cli(['--dry-run', '--json', pageWith(long)]);
    expect(stdout.length).toBeGreaterThan(200 * 1024);
    expect((JSON.parse(stdout) as { summary: { en: string } }).summary.en).toBe(long);
    expect(stderr).toContain('Description: At most 20000 characters.');
    expect(code).toBe(1);
  });

  it("validates every write with the staff form's schema: a 5 MB description is refused", SLOW, async () => {
    const before = await projectCount();
    const created = await cli([pageWith('x'.repeat(5 * 1024 * 1024), 'PX.9998'), '--yes']);
    expect(created.code).toBe(1);
    expect(created.stdout).toContain('Description: At most 20000 characters.');
    expect(created.stdout).toContain('1 field is not valid; nothing was written.');
    expect(await projectCount()).toBe(before);

    const [{ summary_en: summary } = { summary_en: '' }] = await query<{ summary_en: string }>(
      "SELECT summary->>'en' AS summary_en FROM project WHERE code = 'PX.0220'",
    );
    const updated = await cli([pageWith('y'.repeat(25_000)), '--yes']);
    expect(updated.code).toBe(1);
    expect(updated.stdout).toContain('Description: At most 20000 characters.');
    const [after] = await query<{ summary_en: string }>(
      "SELECT summary->>'en' AS summary_en FROM project WHERE code = 'PX.0220'",
    );
    expect(after?.summary_en).toBe(summary);
  });

  it('refuses an invalid record at the write itself, whoever calls it', async () => {
    const { applyImportedProject } = await import('@/lib/import/apply');
    const { getDb } = await import('@/lib/db');
    const text = readFileSync(path.join(pages, 'px0220-en.txt'), 'utf8')
      .replace('PX.0220', 'PX.9997')
      .replace('FJ10P0514', 'FJ10P9997');
    const { project, language } = parseProjectPage(text, SEED_IMPORT_REFERENCE);
    try {
      const long = { ...project, summary: { en: 'z'.repeat(20_001), fr: null, es: null } };
      expect(await applyImportedProject(long, language, () => Promise.resolve(true))).toEqual({
        kind: 'invalid',
        code: 'PX.9997',
        fieldErrors: { summaryEn: [{ key: 'tooLong', values: { max: 20_000 } }] },
      });
      expect(await getDb().project.count({ where: { code: 'PX.9997' } })).toBe(0);
    } finally {
      await getDb().$disconnect();
    }
  });

  it('shows the differences for an existing code and updates only with --yes', async () => {
    const text = readFileSync(path.join(seeds, '003_4aaa9d8dcfac6f58.txt'), 'utf8').replace('100000.00', '150,000');
    const file = path.join(tmpdir(), `import-po-${process.pid}.txt`);
    writeFileSync(file, text);
    const refused = await cli([file], '');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('budgetUsd: 100000.00 → 150000.00');
    expect(refused.stderr).toContain('--yes');
    expect(
      (await query<{ budget_usd: string }>("SELECT budget_usd FROM project WHERE code = 'PO.0160'"))[0]?.budget_usd,
    ).toBe('100000.00');

    const applied = await cli([file, '--yes']);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Updated PO.0160.');
    const [row] = await query<{ budget_usd: string; version: number; publication_state: string; title_en: string }>(
      "SELECT budget_usd, version, publication_state, title->>'en' AS title_en FROM project WHERE code = 'PO.0160'",
    );
    // The English translation is kept: the page only carries the French text.
    expect(row).toMatchObject({ budget_usd: '150000.00', version: 2, publication_state: 'published' });
    expect(row?.title_en).toMatch(/Mesoamerica/);
    const revs = await query<{
      version: number;
      actor_label: string;
      before: { budgetUsd: string };
      after: { budgetUsd: string };
    }>(
      "SELECT r.version, r.actor_label, r.before, r.after FROM revision r JOIN project p ON p.id = r.record_id AND r.record_type = 'project' WHERE p.code = 'PO.0160' AND r.actor_label = 'cli'",
    );
    expect(revs).toEqual([
      expect.objectContaining({
        version: 2,
        actor_label: 'cli',
        before: expect.objectContaining({ budgetUsd: '100000.00' }),
        after: expect.objectContaining({ budgetUsd: '150000.00' }),
      }),
    ]);

    const again = await cli([file, '--yes']);
    expect(again.stdout).toContain('PO.0160 already exists and the page changes nothing.');
  });
});
