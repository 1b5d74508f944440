// `npm test`: every check CI runs, in order, stopping at the first failure.
// Tests use the PostgreSQL server of DATABASE_URL (default: 127.0.0.1:5432) in databases they create and drop.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/postgres';

const steps = [
  ['message catalogues', bin('tsx'), ['scripts/check-messages.ts']],
  ['type check', bin('tsc'), ['--noEmit', '-p', '.']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['format check', 'npm', ['run', '--silent', 'format:check']],
  ['unused files, exports and dependencies', 'npm', ['run', '--silent', 'knip']],
  ['unit and integration tests', bin('vitest'), ['run']],
  ['production build', bin('next'), ['build']],
  ['end-to-end tests', bin('playwright'), ['test']],
];

for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
console.log('\nAll checks passed.');
