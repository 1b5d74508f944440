// The project's migration runner: applies prisma/migrations without Prisma's schema engine, recording each in
// `_prisma_migrations` exactly as Prisma Migrate does, so the two can take turns on the same database.
// Each migration runs inside a transaction: no `CREATE INDEX CONCURRENTLY` and no BEGIN/COMMIT of its own.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { defaultMigrationsDir, readMigrationFiles, type MigrationFile } from './files';
import { appliedNames, CREATE_HISTORY_TABLE, historyProblems, readHistory } from './history';

// Where the repository's migrations are.
export { defaultMigrationsDir } from './files';

// Options of migrate(); `log` receives one line per applied migration (default: console.log).
export type MigrateOptions = { connectionString: string; migrationsDir?: string; log?: (line: string) => void };

// Prisma Migrate's advisory lock key: our runs and `prisma migrate deploy` exclude each other too.
const LOCK_KEY = 72707369;
const LOCK_WAIT = '10min';

/** Applies the pending migrations in name order, each in one transaction with its history row; returns their names. */
export async function migrate({
  connectionString,
  migrationsDir,
  log = console.log,
}: MigrateOptions): Promise<{ applied: string[] }> {
  const files = readMigrationFiles(migrationsDir ?? defaultMigrationsDir());
  const client = await connect(connectionString);
  try {
    await lock(client);
    await client.query(CREATE_HISTORY_TABLE);
    const history = await readHistory(client);
    const problems = historyProblems(history, files);
    if (problems.length > 0) throw new Error(`Refusing to migrate:\n  ${problems.join('\n  ')}`);
    const done = appliedNames(history);
    const applied: string[] = [];
    for (const file of files.filter((f) => !done.has(f.name))) {
      await applyOne(client, file);
      applied.push(file.name);
      log(`Applied migration ${file.name}`);
    }
    return { applied };
  } finally {
    // Ending the session releases the advisory lock as well.
    await client.end().catch(() => {});
  }
}

/** Names of the migrations in the directory that the database has not applied yet (for readiness checks). */
export async function pendingMigrations(connectionString: string, migrationsDir?: string): Promise<string[]> {
  const files = readMigrationFiles(migrationsDir ?? defaultMigrationsDir());
  const client = await connect(connectionString);
  try {
    const done = appliedNames(await readHistory(client));
    return files.filter((f) => !done.has(f.name)).map((f) => f.name);
  } finally {
    await client.end().catch(() => {});
  }
}

async function connect(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  // A dropped connection also rejects the query in flight, which is where the error is reported.
  client.on('error', () => {});
  await client.connect();
  return client;
}

async function lock(client: pg.Client): Promise<void> {
  await client.query(`SET lock_timeout = '${LOCK_WAIT}'`);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
  } catch (error) {
    if ((error as { code?: string }).code === '55P03') {
      throw new Error(`Another migration run has held the migration lock for ${LOCK_WAIT}; giving up.`);
    }
    throw error;
  }
  await client.query('RESET lock_timeout');
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  const sql = file.bytes.toString('utf8');
  const id = randomUUID();
  await client.query('BEGIN');
  try {
    await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`, [
      id,
      file.checksum,
      file.name,
    ]);
    // No parameters: the simple query protocol runs the whole multi-statement script.
    await client.query(sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw new Error(`Migration ${file.name} failed and was rolled back: ${describe(error, sql)}`, { cause: error });
  }
}

function describe(error: unknown, sql: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = Number((error as { position?: string }).position);
  if (!position) return message;
  const line = sql.slice(0, position - 1).split('\n').length;
  return `${message} (migration.sql line ${line})`;
}
