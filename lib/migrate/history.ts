// The `_prisma_migrations` table, kept exactly as Prisma Migrate keeps it so `prisma migrate deploy` agrees with us.
import type pg from 'pg';
import { matchesChecksum, type MigrationFile } from './files';

export type HistoryRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
};

// Prisma's own definition (schema engine, PostgreSQL flavour).
export const CREATE_HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** The recorded migrations, oldest first; none when the table does not exist yet. */
export async function readHistory(client: pg.ClientBase): Promise<HistoryRow[]> {
  const { rows } = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists`,
  );
  if (!rows[0]?.exists) return [];
  const result = await client.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  return result.rows;
}

/**
 * Names of migrations that are applied: finished and not rolled back (rolled-back rows are ignored, as Prisma does).
 */
export function appliedNames(history: HistoryRow[]): Set<string> {
  return new Set(history.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
}

/** Reasons the database and the migration files disagree, each a readable sentence; empty when it is safe to go on. */
export function historyProblems(history: HistoryRow[], files: MigrationFile[]): string[] {
  const byName = new Map(files.map((f) => [f.name, f]));
  const problems: string[] = [];
  for (const row of history) {
    if (row.rolled_back_at) continue;
    const name = row.migration_name;
    if (!row.finished_at) {
      const logs = row.logs ? `: ${row.logs.split('\n', 1).join('')}` : '';
      problems.push(
        `Migration ${name} is recorded as failed (started, never finished${logs}). ` +
          `Repair the database, then mark it rolled back: \`prisma migrate resolve --rolled-back ${name}\`, or set rolled_back_at on its row.`,
      );
      continue;
    }
    const file = byName.get(name);
    if (!file) problems.push(`Migration ${name} is applied to the database but missing from the migrations directory.`);
    else if (!matchesChecksum(file.bytes, row.checksum)) {
      const checksums = `checksum ${row.checksum.slice(0, 12)}… recorded, ${file.checksum.slice(0, 12)}… on disk`;
      problems.push(
        `Migration ${name} was modified after it was applied (${checksums}). Restore the file and put the change in a new migration.`,
      );
    }
  }
  return problems;
}
