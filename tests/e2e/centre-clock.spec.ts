import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { startProductionServer, type ProductionServer } from '../../scripts/support/production-server';
import { expectNoAxeViolations } from './axe';

// Issue 14: "open now" is worked out on the server for the time it is at the centre. This server runs under
// libfaketime, its clock read from a file this test rewrites (FAKETIME_NO_CACHE: read at each call), so the same
// page is asked at a Wednesday 10:00 and a Saturday 10:00 in El Salvador (UTC−6), and again on a notice's day. Each
// answer also proves the page cache did not keep the one before (the clock moved past its 60-second bound).
const PORT = 3170;
const SLUG = 'la-union-window-office';
const LIBRARIES = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1',
];
const library = LIBRARIES.find((p) => existsSync(p));
const clockDir = mkdtempSync(path.join(tmpdir(), 'iom-clock-'));
const clockFile = path.join(clockDir, 'faketime');
let server: ProductionServer;

/** Sets the server's clock (UTC): libfaketime's "@" form starts the clock there and lets it run. */
function setClock(utc: string): void {
  writeFileSync(clockFile, `@${utc.replace('T', ' ').replace('Z', '')}\n`);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Without the library the test cannot set the clock: fail with the fix rather than skip.
  if (!library) throw new Error('libfaketime is not installed: apt-get install -y faketime (.ci/run does it)');
  setClock('2026-12-09T16:00:00Z');
  server = await startProductionServer({
    port: PORT,
    dbPrefix: 'iom_clock',
    quiet: true,
    env: {
      LD_PRELOAD: library,
      FAKETIME_TIMESTAMP_FILE: clockFile,
      FAKETIME_NO_CACHE: '1',
      // Timers and durations keep the real monotonic clock.
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    },
    prepare: async (url) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const notice = {
          en: 'Closed from 24 to 26 December.',
          fr: 'Fermé du 24 au 26 décembre.',
          es: 'Cerrado del 24 al 26 de diciembre.',
        };
        await client.query(
          `UPDATE resource_centre SET hours = 'Mo-Fr 08:00-16:00', time_zone = 'America/El_Salvador',
             notice = $2::jsonb, notice_from = '2026-12-24', notice_until = '2026-12-26' WHERE slug = $1`,
          [SLUG, JSON.stringify(notice)],
        );
      } finally {
        await client.end();
      }
    },
  });
});

test.afterAll(async () => {
  await server.stop();
  rmSync(clockDir, { recursive: true, force: true });
});

const PAGES = {
  en: `/en/resource-centres/${SLUG}`,
  fr: `/fr/centres-de-ressources/${SLUG}`,
  es: `/es/centros-de-recursos/${SLUG}`,
} as const;
const LISTS = { en: '/en/resource-centres', fr: '/fr/centres-de-ressources', es: '/es/centros-de-recursos' } as const;

async function stateOn(page: Page, url: string): Promise<string> {
  await page.goto(`${server.url}${url}`);
  return (await page.getByTestId('centre-state').locator('[data-hours-state]').textContent()) ?? '';
}

async function listLine(page: Page, url: string): Promise<string> {
  await page.goto(`${server.url}${url}?q=${encodeURIComponent('La Unión')}`);
  return (await page.locator(`li[data-slug="${SLUG}"]`).getByTestId('list-hours-state').textContent()) ?? '';
}

test('a Wednesday at 10:00 in El Salvador: open now, closes at 16:00, in each language', async ({ page }) => {
  setClock('2026-12-09T16:00:00Z');
  expect(await stateOn(page, PAGES.en)).toBe('Open now, closes at 16:00');
  await expect(page.getByTestId('week-hours')).toContainText('Wednesday');
  await expect(page.getByTestId('centre-notice')).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(await stateOn(page, PAGES.fr)).toBe('Ouvert, ferme à 16:00');
  expect(await stateOn(page, PAGES.es)).toBe('Abierto ahora, cierra a las 16:00');
  expect(await listLine(page, LISTS.en)).toBe('Open now, closes at 16:00');
});

test('a Saturday at 10:00 there: closed, opens Monday at 08:00, in each language', async ({ page }) => {
  setClock('2026-12-12T16:00:00Z');
  expect(await stateOn(page, PAGES.en)).toBe('Closed now, opens Monday at 08:00');
  expect(await stateOn(page, PAGES.fr)).toBe('Fermé, ouvre lundi à 08:00');
  expect(await stateOn(page, PAGES.es)).toBe('Cerrado ahora, abre el lunes a las 08:00');
  expect(await listLine(page, LISTS.fr)).toBe('Fermé, ouvre lundi à 08:00');
});

test('on a day of the dated notice, it heads the page and the list entry', async ({ page }) => {
  setClock('2026-12-24T16:00:00Z');
  await page.goto(`${server.url}${PAGES.es}`);
  await expect(page.getByTestId('centre-notice')).toContainText('Cerrado del 24 al 26 de diciembre.');
  await page.goto(`${server.url}${LISTS.en}?q=${encodeURIComponent('La Unión')}`);
  const entry = page.locator(`li[data-slug="${SLUG}"]`);
  await expect(entry.getByTestId('list-notice')).toContainText('Closed from 24 to 26 December.');
  await expectNoAxeViolations(page);
  // The notice ends with its last day (local time): the 27th shows no notice.
  setClock('2026-12-27T16:00:00Z');
  await page.goto(`${server.url}${LISTS.en}?q=${encodeURIComponent('La Unión')}`);
  await expect(page.locator(`li[data-slug="${SLUG}"]`).getByTestId('list-notice')).toHaveCount(0);
});
