import { startProductionServer } from '../../scripts/support/production-server';

// A fresh, migrated and seeded database and the production build served against it, for this run only.
export default async function globalSetup() {
  const server = await startProductionServer({ port: Number(process.env.E2E_PORT ?? '3100'), dbPrefix: 'iom_e2e' });
  // Tests create their own staff accounts in this database (tests/e2e/auth-helpers.ts); workers inherit it.
  process.env.E2E_DATABASE_URL = server.databaseUrl;
  return server.stop;
}
