import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-database';

// The procedure of docs/operations.md: pg_dump in custom format, pg_restore into a new database, same rows.
const source = process.env.DATABASE_URL!;
const work = mkdtempSync(path.join(tmpdir(), 'iom-backup-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
  rmSync(work, { recursive: true, force: true });
});

async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      // Every row's full text, order-independent: equal fingerprints mean equal contents.
      const { rows } = await client.query<{ n: string; h: string | null }>(
        `SELECT count(*)::text AS n, md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS h FROM ${name} t`,
      );
      const [row] = rows;
      out[name] = `${row?.n ?? '0'}:${row?.h ?? ''}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

describe('backup and restore', () => {
  it('restores a pg_dump into a new database with the same rows', async () => {
    const file = path.join(work, 'portal.dump');
    execFileSync('pg_dump', ['--format=custom', '--no-owner', '--file', file, source], { stdio: 'pipe' });
    expect(statSync(file).size).toBeGreaterThan(0);

    const target = await createTestDatabase('iom_restore');
    cleanups.push(target.drop);
    execFileSync('pg_restore', ['--no-owner', '--exit-on-error', '--dbname', target.url, file], { stdio: 'pipe' });

    const before = await fingerprint(source);
    const after = await fingerprint(target.url);
    expect(Object.keys(before)).toContain('project');
    expect(Number(before.project?.split(':')[0])).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });
});
