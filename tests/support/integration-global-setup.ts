import type { TestProject } from 'vitest/node';
import { createTestDatabase } from './test-database';
import { migrate } from '../../lib/migrate';
import { runSeed } from '../../lib/seed/run-seed';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One migrated and seeded database for the integration run; tests that need a pristine one make their own.
export default async function setup(project: TestProject) {
  const db = await createTestDatabase();
  await migrate({ connectionString: db.url, log: () => {} });
  await runSeed({ connectionString: db.url, log: () => {} });
  project.provide('databaseUrl', db.url);
  return async () => {
    await db.drop();
  };
}
