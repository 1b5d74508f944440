// A production server (`next start` of the existing build) on a fresh database of its own, for end-to-end tests,
// benchmarks and audits. Nothing is built here: a missing build is an error with the command to run.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { migrate } from '../../lib/migrate';
import { runSeed } from '../../lib/seed/run-seed';
import { createTestDatabase } from '../../tests/support/test-database';

const root = path.resolve(import.meta.dirname, '../..');

export type ProductionServer = { url: string; databaseUrl: string; pid: number | undefined; stop: () => Promise<void> };
export type ServerOptions = {
  port: number;
  dbPrefix?: string;
  env?: Record<string, string | undefined>;
  // Runs on the migrated, seeded database before the server starts (e.g. to add synthetic records).
  prepare?: (databaseUrl: string) => Promise<void>;
  quiet?: boolean;
  processes?: number;
};

/** Throws unless `next build` has been run. */
function assertBuilt(): void {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` first.');
  }
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs} ms`);
}

/** Secrets a production server refuses to start without; instances sharing a database must share them. */
export function testSecrets(): { AUTH_SECRET: string; NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: string } {
  return {
    AUTH_SECRET: randomBytes(32).toString('base64'),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
}

export type NextServer = { url: string; pid: number | undefined; stop: () => Promise<void>; output: () => string };

/** Starts `next start -H 127.0.0.1` of the existing build on a migrated database; waits until it answers. */
export async function startNextServer(options: {
  port: number;
  databaseUrl: string;
  env?: Record<string, string | undefined>;
  quiet?: boolean;
  // Keeps what the server writes on standard output (its JSON logs) for `output()` instead of showing it.
  capture?: boolean;
  // Several server processes behind the port, as `npm start` runs them (scripts/serve.mjs, WEB_CONCURRENCY).
  processes?: number;
}): Promise<NextServer> {
  assertBuilt();
  const url = `http://127.0.0.1:${options.port}`;
  // Bound to 127.0.0.1 as behind a reverse proxy in production (docs/operations.md), not to every interface.
  const args = ['-H', '127.0.0.1', '-p', String(options.port)];
  const [command, commandArgs] = options.processes
    ? [process.execPath, [path.join(root, 'scripts', 'serve.mjs'), ...args]]
    : [path.join(root, 'node_modules', '.bin', 'next'), ['start', ...args]];
  const child = spawn(command, commandArgs, {
    cwd: root,
    env: {
      ...process.env,
      ...testSecrets(),
      DATABASE_URL: options.databaseUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_URL: url,
      LOG_LEVEL: 'warn',
      ...(options.processes ? { WEB_CONCURRENCY: String(options.processes) } : {}),
      ...options.env,
    },
    stdio: ['ignore', options.capture ? 'pipe' : options.quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  let captured = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    captured += chunk.toString();
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitFor(`${url}/api/health`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid, stop, output: () => captured };
}

/** Creates, migrates and seeds a database, starts `next start` on it, waits until it answers. */
export async function startProductionServer(options: ServerOptions): Promise<ProductionServer> {
  assertBuilt();
  const db = await createTestDatabase(options.dbPrefix ?? 'iom_server');
  let server: NextServer | undefined;
  const stop = async () => {
    await server?.stop();
    await db.drop();
  };
  try {
    await migrate({ connectionString: db.url, log: () => {} });
    await runSeed({ connectionString: db.url, log: () => {} });
    await options.prepare?.(db.url);
    server = await startNextServer({
      port: options.port,
      databaseUrl: db.url,
      env: options.env,
      quiet: options.quiet,
      processes: options.processes,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: server.url, databaseUrl: db.url, pid: server.pid, stop };
}
