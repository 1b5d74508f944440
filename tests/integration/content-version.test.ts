import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '@/lib/migrate';
import { runSeed } from '@/lib/seed/run-seed';
import { createTestDatabase } from '../support/test-database';

// The page cache (lib/page-cache) trusts content_version to change, at commit, with anything the public pages show.
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;
let other: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase('iom_content_version');
  await migrate({ connectionString: db.url, log: () => {} });
  await runSeed({ connectionString: db.url, log: () => {} });
  client = new pg.Client({ connectionString: db.url });
  other = new pg.Client({ connectionString: db.url });
  await Promise.all([client.connect(), other.connect()]);
});

afterAll(async () => {
  await Promise.all([client.end(), other.end()]);
  await db.drop();
});

const versionSeenBy = async (c: pg.Client) =>
  BigInt((await c.query('SELECT version FROM content_version WHERE id = 1')).rows[0].version);

describe('content_version', () => {
  it.each([
    ['a project title', `UPDATE project SET title = title || '{"es": "(editado)"}' WHERE code = 'PX.0220'`],
    ['a project publication', `UPDATE project SET publication_state = 'draft' WHERE code = 'PO.0160'`],
    [
      'a beneficiary country removed',
      `DELETE FROM project_country WHERE ctid IN (SELECT ctid FROM project_country LIMIT 1)`,
    ],
    [
      'a centre',
      `UPDATE resource_centre SET locality = locality WHERE slug = (SELECT slug FROM resource_centre LIMIT 1)`,
    ],
    ['a centre service', `DELETE FROM centre_service WHERE ctid IN (SELECT ctid FROM centre_service LIMIT 1)`],
    ['a centre language', `DELETE FROM centre_language WHERE ctid IN (SELECT ctid FROM centre_language LIMIT 1)`],
    ['a centre-project link', `DELETE FROM centre_project WHERE ctid IN (SELECT ctid FROM centre_project LIMIT 1)`],
    ['a region name', `UPDATE region SET name_fr = name_fr WHERE slug = 'africa'`],
    ['a project type', `UPDATE project_type SET name_en = name_en WHERE id = (SELECT min(id) FROM project_type)`],
    ['a service label', `UPDATE service SET name_en = name_en WHERE id = (SELECT min(id) FROM service)`],
    ['a country name', `UPDATE country SET name_fr = name_fr WHERE code = 'FJ'`],
    ['a language name', `UPDATE language SET name_en = name_en WHERE code = (SELECT min(code) FROM language)`],
  ])('changes when %s changes, once per statement', async (_label, sql) => {
    const before = await versionSeenBy(client);
    await client.query(sql);
    expect(await versionSeenBy(client)).toBe(before + 1n);
  });

  it('does not change for staff-only writes (audit log, login attempts)', async () => {
    const before = await versionSeenBy(client);
    await client.query(`INSERT INTO audit_log (action, actor_email) VALUES ('login_failed', 'someone@example.org')`);
    await client.query(`INSERT INTO login_attempt (email, succeeded) VALUES ('someone@example.org', false)`);
    expect(await versionSeenBy(client)).toBe(before);
  });

  it('changes for other connections only when the change commits, and not at all when it is rolled back', async () => {
    const before = await versionSeenBy(other);
    await client.query('BEGIN');
    await client.query(`UPDATE project SET summary = '{"en": "Changed"}' WHERE code = 'PX.0220'`);
    // Another instance reading now still sees the old version, and the old data with it.
    expect(await versionSeenBy(other)).toBe(before);
    await client.query('ROLLBACK');
    expect(await versionSeenBy(other)).toBe(before);
    await client.query('BEGIN');
    await client.query(`UPDATE project SET summary = '{"en": "Changed"}' WHERE code = 'PX.0220'`);
    const changedBefore = (await other.query('SELECT changed_at FROM content_version')).rows[0].changed_at as Date;
    await client.query('COMMIT');
    expect(await versionSeenBy(other)).toBe(before + 1n);
    const changedAfter = (await other.query('SELECT changed_at FROM content_version')).rows[0].changed_at as Date;
    expect(changedAfter.getTime()).toBeGreaterThanOrEqual(changedBefore.getTime());
  });
});
