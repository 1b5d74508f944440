// `npm run db:migrate`: applies the pending migrations of prisma/migrations to DATABASE_URL.
import { getDatabaseUrl } from '@/lib/env';
import { migrate } from '@/lib/migrate';

function messageOf(error: unknown): string {
  // Node reports a refused connection on several addresses as an AggregateError with an empty message.
  if (error instanceof AggregateError && !error.message) return error.errors.map(messageOf).join('; ');
  return error instanceof Error ? error.message : String(error);
}

try {
  const { applied } = await migrate({ connectionString: getDatabaseUrl(), log: (line) => console.log(line) });
  if (applied.length === 0) console.log('No pending migrations');
} catch (error) {
  console.error(`Migration failed: ${messageOf(error)}`);
  process.exit(1);
}
