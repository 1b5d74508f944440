// The migration files on disk: prisma/migrations/<timestamp>_<name>/migration.sql, as Prisma Migrate lays them out.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type MigrationFile = { name: string; bytes: Buffer; checksum: string };

/** SHA-256 hex of the file bytes: the checksum Prisma Migrate stores in `_prisma_migrations`. */
function checksumOf(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Whether a file matches a recorded checksum; like Prisma, a change of line endings (git autocrlf) is not a change. */
export function matchesChecksum(bytes: Buffer, checksum: string): boolean {
  if (checksumOf(bytes) === checksum) return true;
  const lf = bytes.toString('utf8').replace(/\r\n/g, '\n');
  return checksumOf(lf) === checksum || checksumOf(lf.replace(/\n/g, '\r\n')) === checksum;
}

/** prisma/migrations of the repository: next to this module when run from source, else under the working directory. */
export function defaultMigrationsDir(): string {
  const candidates = [path.resolve(process.cwd(), 'prisma', 'migrations')];
  try {
    // Not `new URL(.., import.meta.url)`: bundlers would treat that as an asset to copy.
    candidates.unshift(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'prisma', 'migrations'));
  } catch {
    // import.meta.url is not a file: URL inside some bundles; the working directory is the fallback.
  }
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error(`Migrations directory not found (looked in ${candidates.join(', ')})`);
  return found;
}

/**
 * The migrations of a directory, sorted by name, with their bytes and checksum; throws if a folder lacks migration.sql.
 */
export function readMigrationFiles(dir: string): MigrationFile[] {
  if (!existsSync(dir)) throw new Error(`Migrations directory not found: ${dir}`);
  const names = readdirSync(dir)
    .filter((entry) => !entry.startsWith('.') && statSync(path.join(dir, entry)).isDirectory())
    .sort();
  return names.map((name) => {
    const file = path.join(dir, name, 'migration.sql');
    if (!existsSync(file)) throw new Error(`Migration ${name} has no migration.sql (${file})`);
    const bytes = readFileSync(file);
    return { name, bytes, checksum: checksumOf(bytes) };
  });
}
