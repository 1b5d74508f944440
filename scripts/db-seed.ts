// `npm run db:seed`: writes the reference data and the seed content of SPEC §3 to DATABASE_URL (idempotent).
// `npm run db:seed -- --synthetic N`: also replaces the synthetic benchmark projects (SY.00001…) with N new ones.
import { getDatabaseUrl } from '@/lib/env';
import { formatSeedSummary, runSeed } from '@/lib/seed/run-seed';
import { MAX_SYNTHETIC, seedSynthetic } from '@/lib/seed/synthetic';

const USAGE = `Usage: npm run db:seed [-- --synthetic N]   (N from 1 to ${MAX_SYNTHETIC}, synthetic records for benchmarks)`;

function messageOf(error: unknown): string {
  // Node reports a refused connection on several addresses as an AggregateError with an empty message.
  if (error instanceof AggregateError && !error.message) return error.errors.map(messageOf).join('; ');
  // Prisma prefixes its errors with the failing call ("Invalid `prisma.region.findMany()` invocation:"): not for users.
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/^\s*Invalid `[^`]*` invocation:?\s*/, '')
    .trim();
  // P2021: a table is missing, i.e. the database has not been migrated.
  const missingTable = (error as { code?: unknown }).code === 'P2021';
  return missingTable ? `${message} Run \`npm run db:migrate\` first.` : message;
}

const args = process.argv.slice(2);
let synthetic: number | null = null;
if (
  args[0] === '--synthetic' &&
  args.length === 2 &&
  /^\d+$/.test(args[1] ?? '') &&
  Number(args[1]) >= 1 &&
  Number(args[1]) <= MAX_SYNTHETIC
) {
  synthetic = Number(args[1]);
} else if (args.length > 0) {
  console.error(`Unexpected argument${args.length > 1 ? 's' : ''}: ${args.join(' ')}\n${USAGE}`);
  process.exit(2);
}

try {
  const summary = await runSeed({ connectionString: getDatabaseUrl(), log: (line) => console.log(line) });
  console.log(formatSeedSummary(summary));
  if (synthetic !== null) await seedSynthetic(getDatabaseUrl(), synthetic, (line) => console.log(line));
} catch (error) {
  console.error(`Seed failed: ${messageOf(error)}`);
  process.exit(1);
}
