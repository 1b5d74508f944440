// `npm start` / `npm run dev`: use DATABASE_URL when it is set; otherwise start an embedded PostgreSQL under
// .data/, migrate and (first time) seed it, run Next.js against it and stop it cleanly on exit.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedDatabase } from './embedded-database';

const arg = process.argv[2];
if (arg !== 'dev' && arg !== 'start') {
  console.error('Usage: tsx scripts/run-with-db.ts dev|start');
  process.exit(2);
}
const mode: 'dev' | 'start' = arg;
const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', '.bin', 'next');
const port = process.env.PORT ?? '3000';

function ensureBuild() {
  if (mode !== 'start' || existsSync(path.join(root, '.next', 'BUILD_ID'))) return;
  console.log('No production build found: running `next build` first (once).');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: process.env });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// The zero-set-up path is a laptop, not production: its secrets are generated once and kept under .data/ (never
// committed), so sessions survive restarts. With your own DATABASE_URL you set them yourself (docs/operations.md).
function loadLocalSecrets() {
  const file = path.join(root, '.data', 'secrets.json');
  let saved: Record<string, string> = {};
  if (existsSync(file)) saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  else {
    saved = {
      AUTH_SECRET: randomBytes(32).toString('base64'),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(saved, null, 2)}\n`, { mode: 0o600 });
  }
  for (const [name, value] of Object.entries(saved)) process.env[name] ??= value;
  // A production build refuses to start without its public origin; on a laptop it is this machine.
  process.env.SITE_URL ??= `http://localhost:${port}`;
}

async function main() {
  if (!process.env.DATABASE_URL) loadLocalSecrets();
  ensureBuild();
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedDatabase(root);
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: port };
  if (embedded) env.DATABASE_URL = embedded.url;

  // Production: one server process per core (scripts/serve.mjs); development: one `next dev`.
  const child =
    mode === 'start'
      ? spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '-p', port], {
          cwd: root,
          stdio: 'inherit',
          env,
        })
      : spawn(nextBin, [mode, '-p', port], { cwd: root, stdio: 'inherit', env });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill('SIGTERM');
    if (embedded) await embedded.stop();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0));
  child.on('exit', (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
