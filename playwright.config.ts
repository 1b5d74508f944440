import { defineConfig, devices } from '@playwright/test';

const port = process.env.E2E_PORT ?? '3100';
const STAFF_SPECS = /(staff|admin)-[^/]*\.spec\.ts$/;
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // The machine has no internet: keep Chromium from reaching out at start.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    { name: 'public', testIgnore: STAFF_SPECS, use: browser },
    // Staff tests publish, rename and import records for a while; the public pages' tests count records, so the staff
    // tests run once those are done instead of beside them.
    { name: 'staff', testMatch: STAFF_SPECS, dependencies: ['public'], use: browser },
  ],
});
