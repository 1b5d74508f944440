import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue 17: the page cache keeps the content version in memory, told of each change by NOTIFY, and reads the table
// only while it is not listening. "Another process" is another connection here: notifications go to every listener
// of the database, whichever process it is in.
const { contentVersionState, readContentVersion } = await import('@/lib/page-cache/version');

let other: pg.Client;
// A statement-level trigger fires even when no row matches: the version moves, the data does not.
const BUMP = 'UPDATE service SET version = version WHERE false';
const current = async () =>
  (await other.query<{ v: string }>('SELECT version::text AS v FROM content_version WHERE id = 1')).rows[0]!.v;

beforeAll(async () => {
  other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
});
afterAll(async () => {
  await other.end();
});

describe('the content version in memory', () => {
  it('hears a change committed by another connection, with no read of the table', async () => {
    expect(await readContentVersion()).toBe(await current());
    await expect.poll(() => contentVersionState().listening).toBe(true);
    const reads = contentVersionState().reads;
    for (let i = 0; i < 3; i += 1) {
      await other.query(BUMP);
      const expected = await current();
      await expect.poll(() => readContentVersion()).toBe(expected);
    }
    expect(contentVersionState().reads).toBe(reads);
  });

  it('keeps one listening connection, however many requests read the table (a page about to be rendered)', async () => {
    await expect.poll(() => contentVersionState().listening).toBe(true);
    for (let i = 0; i < 20; i += 1) expect(await readContentVersion({ fromTable: true })).toBe(await current());
    const { rows } = await other.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE application_name = 'iom-content-version-listener' AND datname = current_database()`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('never hears of a change that is rolled back', async () => {
    const before = await current();
    await other.query('BEGIN');
    await other.query(BUMP);
    await other.query('ROLLBACK');
    // A committed change after it is heard; the rolled-back one left no trace in between.
    await other.query(BUMP);
    const expected = await current();
    expect(BigInt(expected)).toBe(BigInt(before) + 1n);
    await expect.poll(() => readContentVersion()).toBe(expected);
  });

  it('reads the table while its connection is lost, then listens again', async () => {
    await other.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'iom-content-version-listener' AND datname = current_database()`,
    );
    await expect.poll(() => contentVersionState().listening).toBe(false);
    await other.query(BUMP);
    const reads = contentVersionState().reads;
    expect(await readContentVersion()).toBe(await current());
    expect(contentVersionState().reads).toBe(reads + 1);
    // The read also started listening again (after a short pause).
    await expect
      .poll(
        async () => {
          await readContentVersion();
          return contentVersionState().listening;
        },
        { timeout: 5000 },
      )
      .toBe(true);
    await other.query(BUMP);
    const expected = await current();
    const afterReconnect = contentVersionState().reads;
    await expect.poll(() => readContentVersion()).toBe(expected);
    expect(contentVersionState().reads).toBe(afterReconnect);
  });
});
