import { afterAll, inject } from 'vitest';
import { createTestDatabase } from './test-database';

// Each integration file on a copy of the seeded database of its own (tests/support/integration-global-setup.ts),
// dropped after the file's own afterAll hooks (hooks run in reverse order: this one was registered first).
const db = await createTestDatabase('iom_test_file', inject('templateUrl'));
process.env.DATABASE_URL = db.url;
afterAll(async () => {
  await db.drop();
});
