// `npm test`: every check CI runs. The static checks run first, as two lanes side by side (ESLint alone takes about
// as long as the four others together, and each of them uses one core of two), then the tests, in order, stopping at
// the first failure. Tests use the PostgreSQL server of DATABASE_URL (default: 127.0.0.1:5432) in databases they
// create and drop.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/postgres';

// Each lane runs its steps in turn and stops at its first failure; the lanes run at the same time. Nothing here writes
// what another lane reads (the build, which writes the type declarations tsc reads, comes after).
const staticLanes = [
  [
    ['message catalogues', bin('tsx'), ['scripts/check-messages.ts']],
    ['type check', bin('tsc'), ['--noEmit', '-p', '.']],
    ['format check', 'npm', ['run', '--silent', 'format:check']],
    ['unused files, exports and dependencies', 'npm', ['run', '--silent', 'knip']],
  ],
  [['lint', 'npm', ['run', '--silent', 'lint']]],
];
const tests = [
  ['unit and integration tests', bin('vitest'), ['run']],
  ['production build', bin('next'), ['build']],
  ['end-to-end tests', bin('playwright'), ['test']],
];

const seconds = (started) => ((Date.now() - started) / 1000).toFixed(1);

/** Runs one step; its output is shown as it comes (`inherit`) or kept and returned (`pipe`, for the lanes). */
function run([name, command, args], stdio) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', stdio, stdio], env });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += `${error.message}\n`));
    child.on('close', (code) => resolve({ name, ok: code === 0, output, seconds: seconds(started) }));
  });
}

async function lane(steps) {
  const results = [];
  for (const step of steps) {
    const result = await run(step, 'pipe');
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

const started = Date.now();
console.log(`\n=== static checks (${staticLanes.map((l) => l.map(([name]) => name).join(', ')).join(' | ')})`);
const results = (await Promise.all(staticLanes.map(lane))).flat();
for (const r of results) {
  console.log(`\n--- ${r.name}`);
  if (r.output.trim()) process.stdout.write(r.output.endsWith('\n') ? r.output : `${r.output}\n`);
  console.log(r.ok ? `✓ ${r.name} (${r.seconds}s)` : `✗ ${r.name} failed after ${r.seconds}s`);
}
if (results.some((r) => !r.ok)) process.exit(1);
console.log(`✓ static checks (${seconds(started)}s)`);

for (const step of tests) {
  console.log(`\n=== ${step[0]}`);
  const result = await run(step, 'inherit');
  if (!result.ok) {
    console.error(`\n✗ ${result.name} failed after ${result.seconds}s`);
    process.exit(1);
  }
  console.log(`✓ ${result.name} (${result.seconds}s)`);
}
console.log('\nAll checks passed.');
