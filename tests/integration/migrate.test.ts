import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, pendingMigrations } from '@/lib/migrate';
import { createTestDatabase } from '../support/test-database';

const root = path.resolve(import.meta.dirname, '..', '..');
const MIGRATIONS = path.join(root, 'prisma', 'migrations');
const NAMES = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const quiet = { log: () => {} };

// Every test gets an empty database of its own and, when it needs one, a scratch copy of the migrations.
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshDatabase() {
  const db = await createTestDatabase('iom_migrate');
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  cleanups.push(db.drop, () => client.end());
  return { url: db.url, client };
}

function scratchMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iom-migrations-'));
  cpSync(MIGRATIONS, dir, { recursive: true });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function addMigration(dir: string, name: string, sql: string) {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, 'migration.sql'), sql);
}

async function history(client: pg.Client) {
  const { rows } = await client.query('SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name');
  return rows as Record<string, unknown>[];
}

async function tableExists(client: pg.Client, name: string): Promise<boolean> {
  const { rows } = await client.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [name]);
  return rows[0]?.found ?? false;
}

// Object ids of every table, index, sequence, type and constraint: re-creating anything changes them.
async function catalogSnapshot(client: pg.Client) {
  const { rows } = await client.query(`
    SELECT 'class' AS kind, c.relname::text AS name, c.oid::int AS id FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'
    UNION ALL SELECT 'type', t.typname::text, t.oid::int FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public'
    UNION ALL SELECT 'constraint', c.conname::text, c.oid::int FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public'
    UNION ALL SELECT 'column', c.relname || '.' || a.attname, a.attnum FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY 1, 2`);
  return rows;
}

describe('migrate() on an empty database', () => {
  it('applies every migration and records each as Prisma Migrate does', async () => {
    const { url, client } = await freshDatabase();
    expect(await pendingMigrations(url)).toEqual(NAMES);
    const lines: string[] = [];

    const { applied } = await migrate({ connectionString: url, log: (line) => lines.push(line) });

    expect(applied).toEqual(NAMES);
    expect(lines).toEqual(NAMES.map((n) => `Applied migration ${n}`));
    expect(await pendingMigrations(url)).toEqual([]);
    const rows = await history(client);
    expect(rows.map((r) => r.migration_name)).toEqual(NAMES);
    for (const row of rows) {
      expect(row.checksum).toBe(sha256(path.join(MIGRATIONS, String(row.migration_name), 'migration.sql')));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row).toMatchObject({ logs: null, rolled_back_at: null, applied_steps_count: 1 });
    }
    // The table itself is the one Prisma creates.
    const columns = await client.query(
      `SELECT column_name, data_type, character_maximum_length AS len, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.rows).toEqual([
      { column_name: 'id', data_type: 'character varying', len: 36, is_nullable: 'NO', column_default: null },
      { column_name: 'checksum', data_type: 'character varying', len: 64, is_nullable: 'NO', column_default: null },
      {
        column_name: 'finished_at',
        data_type: 'timestamp with time zone',
        len: null,
        is_nullable: 'YES',
        column_default: null,
      },
      {
        column_name: 'migration_name',
        data_type: 'character varying',
        len: 255,
        is_nullable: 'NO',
        column_default: null,
      },
      { column_name: 'logs', data_type: 'text', len: null, is_nullable: 'YES', column_default: null },
      {
        column_name: 'rolled_back_at',
        data_type: 'timestamp with time zone',
        len: null,
        is_nullable: 'YES',
        column_default: null,
      },
      {
        column_name: 'started_at',
        data_type: 'timestamp with time zone',
        len: null,
        is_nullable: 'NO',
        column_default: 'now()',
      },
      { column_name: 'applied_steps_count', data_type: 'integer', len: null, is_nullable: 'NO', column_default: '0' },
    ]);
    const pk = await client.query(
      `SELECT 1 FROM pg_index WHERE indrelid = '_prisma_migrations'::regclass AND indisprimary`,
    );
    expect(pk.rowCount).toBe(1);
  });

  it('applies nothing and changes nothing when run again', async () => {
    const { url, client } = await freshDatabase();
    await migrate({ connectionString: url, ...quiet });
    const before = { history: await history(client), catalog: await catalogSnapshot(client) };
    const lines: string[] = [];

    const { applied } = await migrate({ connectionString: url, log: (line) => lines.push(line) });

    expect(applied).toEqual([]);
    expect(lines).toEqual([]);
    expect({ history: await history(client), catalog: await catalogSnapshot(client) }).toEqual(before);
  });

  it('lets concurrent runs take turns: each migration is applied exactly once', async () => {
    const { url, client } = await freshDatabase();
    const runs = await Promise.all([1, 2, 3].map(() => migrate({ connectionString: url, ...quiet })));
    expect(runs.flatMap((r) => r.applied).sort()).toEqual(NAMES);
    expect((await history(client)).map((r) => r.migration_name)).toEqual(NAMES);
  });
});

describe('migrate() refuses an inconsistent history', () => {
  async function appliedScratch() {
    const dir = scratchMigrations();
    const { url, client } = await freshDatabase();
    await migrate({ connectionString: url, migrationsDir: dir, ...quiet });
    const before = await history(client);
    // A new migration that must not be applied while the history is inconsistent.
    addMigration(dir, '29991231000000_later', 'CREATE TABLE later_table (id integer);');
    return { dir, url, client, before, first: path.join(dir, NAMES[0] ?? '', 'migration.sql') };
  }

  it('refuses when an applied migration was edited, and applies nothing', async () => {
    const { dir, url, client, before, first } = await appliedScratch();
    appendFileSync(first, '\n-- an innocent-looking edit\n');

    await expect(migrate({ connectionString: url, migrationsDir: dir, ...quiet })).rejects.toThrow(
      `Migration ${NAMES[0]!} was modified after it was applied`,
    );
    expect(await tableExists(client, 'later_table')).toBe(false);
    expect(await history(client)).toEqual(before);
  });

  it('accepts a change of line endings only, as Prisma does', async () => {
    const { dir, url, client, first } = await appliedScratch();
    writeFileSync(first, readFileSync(first, 'utf8').replace(/\r?\n/g, '\r\n'));

    expect((await migrate({ connectionString: url, migrationsDir: dir, ...quiet })).applied).toEqual([
      '29991231000000_later',
    ]);
    expect(await tableExists(client, 'later_table')).toBe(true);
  });

  it('refuses when an applied migration is missing from the directory', async () => {
    const { dir, url, client, before } = await appliedScratch();
    rmSync(path.join(dir, NAMES[0] ?? ''), { recursive: true });

    await expect(migrate({ connectionString: url, migrationsDir: dir, ...quiet })).rejects.toThrow(
      `Migration ${NAMES[0]!} is applied to the database but missing from the migrations directory`,
    );
    expect(await tableExists(client, 'later_table')).toBe(false);
    expect(await history(client)).toEqual(before);
  });

  it('refuses when a previous attempt is recorded as failed, until it is marked rolled back', async () => {
    const { dir, url, client } = await appliedScratch();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs) VALUES (gen_random_uuid(), $1, '29991231000000_later', 'boom')`,
      ['0'.repeat(64)],
    );

    await expect(migrate({ connectionString: url, migrationsDir: dir, ...quiet })).rejects.toThrow(
      'Migration 29991231000000_later is recorded as failed',
    );
    expect(await tableExists(client, 'later_table')).toBe(false);

    // Once marked rolled back (what `prisma migrate resolve --rolled-back` does), the row is ignored and the migration
    // runs.
    await client.query(
      `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '29991231000000_later'`,
    );
    expect((await migrate({ connectionString: url, migrationsDir: dir, ...quiet })).applied).toEqual([
      '29991231000000_later',
    ]);
    expect(await tableExists(client, 'later_table')).toBe(true);
  });
});

describe('a failing migration', () => {
  it('is rolled back completely, reported by name, and can be fixed and re-run', async () => {
    const dir = scratchMigrations();
    const { url, client } = await freshDatabase();
    const broken = '29991231000000_broken';
    addMigration(
      dir,
      broken,
      'CREATE TABLE half_done (id integer);\nALTER TABLE project ADD COLUMN half_column integer;\nSELECT * FROM no_such_table;\n',
    );

    const failure = migrate({ connectionString: url, migrationsDir: dir, ...quiet });
    await expect(failure).rejects.toThrow(`Migration ${broken} failed and was rolled back`);
    await expect(failure).rejects.toThrow(/relation "no_such_table" does not exist \(migration\.sql line 3\)/);

    // The migrations before it are applied; nothing of it is.
    expect((await history(client)).map((r) => r.migration_name)).toEqual(NAMES);
    expect(await tableExists(client, 'half_done')).toBe(false);
    const column = await client.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'project' AND column_name = 'half_column'`,
    );
    expect(column.rowCount).toBe(0);
    expect(await pendingMigrations(url, dir)).toEqual([broken]);

    // Nothing recorded means nothing to resolve: the corrected migration simply applies.
    writeFileSync(path.join(dir, broken, 'migration.sql'), 'CREATE TABLE half_done (id integer);\n');
    expect((await migrate({ connectionString: url, migrationsDir: dir, ...quiet })).applied).toEqual([broken]);
    expect(await tableExists(client, 'half_done')).toBe(true);
  });
});

describe('npm run db:migrate (scripts/db-migrate.ts)', () => {
  const run = (url: string) =>
    spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/db-migrate.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
    });

  it('applies the migrations, then reports that none are pending', async () => {
    const { url } = await freshDatabase();
    const first = run(url);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout.trim().split('\n')).toEqual(NAMES.map((n) => `Applied migration ${n}`));

    const second = run(url);
    expect(second.status).toBe(0);
    expect(second.stdout.trim()).toBe('No pending migrations');
  });

  it('exits non-zero with a readable message, and no stack trace, when an applied migration changed', async () => {
    const { url, client } = await freshDatabase();
    expect(run(url).status).toBe(0);
    // The repository's files must stay intact, so the recorded checksum is what changes here.
    await client.query(`UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`, [
      'f'.repeat(64),
      NAMES[0],
    ]);

    const result = run(url);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`Migration ${NAMES[0]!} was modified after it was applied`);
    expect(result.stderr).not.toMatch(/^[ \t]+at /m);
    expect(result.stdout).toBe('');
  });
});
