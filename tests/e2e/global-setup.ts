import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { migrate } from '../../lib/migrate';
import { runSeed } from '../../lib/seed/run-seed';
import { createTestDatabase } from '../support/test-database';

const root = path.resolve(import.meta.dirname, '../..');

async function waitFor(url: string, child: { exitCode: number | null }, timeoutMs = 60_000) {
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

// A fresh, migrated and seeded database and the production build served against it, for this run only.
export default async function globalSetup() {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` before the end-to-end tests (npm test does).');
  }
  const port = process.env.E2E_PORT ?? '3100';
  const db = await createTestDatabase('iom_e2e');
  await migrate({ connectionString: db.url, log: () => {} });
  await runSeed({ connectionString: db.url, log: () => {} });
  const child = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', port], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/fr`, child);
  } catch (error) {
    child.kill('SIGTERM');
    await db.drop();
    throw error;
  }
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await db.drop();
  };
}
