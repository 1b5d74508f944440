import type { TestProject } from 'vitest/node';
import { createTestDatabase } from './test-database';
import { migrate } from '../../lib/migrate';
import { runSeed } from '../../lib/seed/run-seed';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated and seeded database each integration file gets a copy of (nobody connects to it). */
    templateUrl: string;
  }
}

// One migrated and seeded database for the integration run, never used directly: each test file runs on a copy of its
// own (tests/support/integration-setup.ts), so files run two at a time and none sees another's writes. Tests that
// need a pristine database make their own.
export default async function setup(project: TestProject) {
  const seeded = await createTestDatabase();
  await migrate({ connectionString: seeded.url, log: () => {} });
  await runSeed({ connectionString: seeded.url, log: () => {} });
  project.provide('templateUrl', seeded.url);
  return async () => {
    await seeded.drop();
  };
}
