import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { actorState } from '../support/mock-actor';

// Issue 17: public reads may go to a read replica (DATABASE_REPLICA_URL, lib/db.ts getReadDb); writes never may. The
// "replica" here is the test database itself through connections that refuse writes, as a hot standby does
// (`default_transaction_read_only`), and that carry an application_name, so pg_stat_activity tells them from the
// primary's (which have none; the page cache's listener names itself). A write path that used getReadDb() fails with
// "cannot execute … in a read-only transaction".
const REPLICA_APP = 'iom-test-replica';
const base = process.env.DATABASE_URL!;
const withParams = (url: string, params: string) => `${url}${url.includes('?') ? '&' : '?'}${params}`;
process.env.DATABASE_REPLICA_URL = withParams(
  base,
  `options=${encodeURIComponent('-c default_transaction_read_only=on')}&application_name=${REPLICA_APP}`,
);

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());

const { getDb, getReadDb } = await import('@/lib/db');
const write = await import('@/lib/data/record-write');
const { createCentreReport, decideReport } = await import('@/lib/data/centre-reports');
const { recordAudit } = await import('@/lib/audit/record-audit');
const { markAttemptSucceeded, reserveAttempt } = await import('@/lib/auth/rate-limit');
const { getPublishedCentre, listPublishedCentreDetails } = await import('@/lib/data/centres-detail');
const { listCentreMarkers, listPublishedCentres } = await import('@/lib/data/centres');
const { getCentreFacets } = await import('@/lib/data/centres-facets');
const { countPublishedProjectsByCountry, listRegionSummaries } = await import('@/lib/data/regions');
const { getPublishedProject } = await import('@/lib/data/projects-detail');
const { getPortalStats, listLatestProjects } = await import('@/lib/data/portal');
const { listCentreFeed, listProjectFeed } = await import('@/lib/data/feeds');
const { listSitemapRecords } = await import('@/lib/data/sitemap');
const { contentLastModified, listApiCountries } = await import('@/lib/data/open-data');
const { isMissingPublicPage } = await import('@/lib/data/public-pages');
const { readContentVersion } = await import('@/lib/page-cache/version');
const { parseCentreFilters } = await import('@/lib/validation/centre-filters');
const { parseProjectFilters } = await import('@/lib/validation/project-filters');

const CODE = 'ZR.0001';
const SLUG = 'zr-replica-centre';
const EMAIL = `replica-${process.pid}@example.org`;
const project = {
  code: CODE,
  titleEn: 'Replica project',
  titleFr: 'Projet du réplica',
  status: 'planned',
  coverage: 'national',
  type: 'assisted-migration-services',
  region: 'africa',
  countries: ['SN'],
};
const centre = {
  slug: SLUG,
  nameEn: 'Replica centre',
  nameFr: 'Centre du réplica',
  nameEs: 'Centro de la réplica',
  kind: 'resource_centre',
  status: 'operational',
  countryCode: 'SN',
  phone: '+221 33 000 0000',
};

let observer: pg.Client;

/** The last statement of each of the app's connections that ran one since `since`, by side (application_name). */
async function statementsSince(since: string): Promise<{ primary: string[]; replica: string[] }> {
  const { rows } = await observer.query<{ app: string; query: string }>(
    `SELECT application_name AS app, query FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name IN ('', $1)
        AND query_start > $2`,
    [REPLICA_APP, since],
  );
  return {
    primary: rows.filter((r) => r.app === '').map((r) => r.query),
    replica: rows.filter((r) => r.app === REPLICA_APP).map((r) => r.query),
  };
}

/** Runs `read` and answers which side's connections ran statements meanwhile. */
async function whoAnswers(read: () => Promise<unknown>): Promise<{ primary: string[]; replica: string[] }> {
  const { rows } = await observer.query<{ t: string }>('SELECT clock_timestamp()::text AS t');
  await read();
  return statementsSince(rows[0]!.t);
}

beforeAll(async () => {
  observer = new pg.Client({ connectionString: base, application_name: 'iom-test-observer' });
  await observer.connect();
});
beforeEach(() => {
  actorState.role = 'editor';
});
afterAll(async () => {
  await getDb().centreReport.deleteMany({ where: { centre: { slug: SLUG } } });
  await getDb().project.deleteMany({ where: { code: CODE } });
  await getDb().resourceCentre.deleteMany({ where: { slug: SLUG } });
  await getDb().loginAttempt.deleteMany({ where: { email: EMAIL } });
  await Promise.all([getDb().$disconnect(), getReadDb().$disconnect(), observer.end()]);
  delete process.env.DATABASE_REPLICA_URL;
});

describe('a read replica (DATABASE_REPLICA_URL)', () => {
  it('is a client of its own, on connections that refuse writes', async () => {
    expect(getReadDb()).not.toBe(getDb());
    const setting = (db: typeof getDb) =>
      db().$queryRaw<{ ro: string }[]>`SELECT current_setting('default_transaction_read_only') AS ro`;
    expect(await setting(getReadDb)).toEqual([{ ro: 'on' }]);
    expect(await setting(getDb)).toEqual([{ ro: 'off' }]);
    // What a write path would meet if it used the replica: the test below would fail the same way.
    await expect(
      getReadDb().$transaction((tx) => tx.auditLog.create({ data: { actorId: null, action: 'denied' } })),
    ).rejects.toThrow(/read-only transaction/);
    await expect(getReadDb().$executeRaw`UPDATE service SET version = version WHERE false`).rejects.toThrow(
      /read-only transaction/,
    );
  });

  it('receives no write: records, reports, audit rows and login attempts all go to the primary', async () => {
    // A project and a centre through the one write path: create, save, publish, a confirmation.
    expect(await write.createRecord('project', { ...project, intent: 'draft' })).toMatchObject({ ok: true });
    expect(
      await write.updateRecord('project', CODE, { ...project, titleEn: 'Replica project, saved', version: '1' }),
    ).toMatchObject({ ok: true, version: 2 });
    expect(await write.setRecordsState('project', [CODE], 'publish')).toEqual({ ok: true, changed: 1, refused: [] });
    expect(await write.createRecord('centre', { ...centre, intent: 'draft' })).toMatchObject({ ok: true });
    expect(await write.updateRecord('centre', SLUG, { ...centre, locality: 'Dakar', version: '1' })).toMatchObject({
      ok: true,
      version: 2,
    });
    expect(await write.setRecordsState('centre', [SLUG], 'publish')).toEqual({ ok: true, changed: 1, refused: [] });
    expect(await write.confirmCentreVerified(SLUG, 3)).toEqual({ ok: true, version: 4 });

    // A visitor's report (rate-limited under an advisory lock), then staff accept it through correctRecord.
    const input = { fields: ['phone' as const], correction: 'The number is +221 33 111 1111.', contact: '' };
    expect(await createCentreReport(SLUG, input, 'en', '203.0.113.7')).toEqual({ ok: true });
    const report = await getDb().centreReport.findFirstOrThrow({ where: { centre: { slug: SLUG } } });
    const decision = { id: report.id, decision: 'accept' as const, reason: '', version: 4 };
    expect(await decideReport({ ...decision, values: { phone: '+221 33 111 1111' } })).toMatchObject({ ok: true });

    // An audit row on its own, and a login attempt reserved then marked a success (the login throttling).
    await recordAudit({ actorId: null, action: 'login_failed', ip: '203.0.113.7', details: { email: EMAIL } });
    const attempt = await reserveAttempt({ email: EMAIL, ip: '203.0.113.7', device: null });
    expect(attempt).not.toBeNull();
    await markAttemptSucceeded(attempt!.id);

    // All of it is in the database, as written.
    const saved = await getDb().project.findUniqueOrThrow({ where: { code: CODE } });
    expect(saved).toMatchObject({ publicationState: 'published', version: 3 });
    const c = await getDb().resourceCentre.findUniqueOrThrow({ where: { slug: SLUG } });
    expect(c).toMatchObject({ publicationState: 'published', phone: '+221 33 111 1111', version: 5 });
    expect(await getDb().revision.count({ where: { recordType: 'project', recordId: saved.id } })).toBe(3);
    expect(await getDb().revision.count({ where: { recordType: 'resource_centre', recordId: c.id } })).toBe(5);
    expect(await getDb().loginAttempt.findMany({ where: { email: EMAIL }, select: { succeeded: true } })).toEqual([
      { succeeded: true },
    ]);

    // Staff deletes the project for good (admins only).
    actorState.role = 'admin';
    expect(await write.deleteRecordForGood('project', CODE, CODE)).toEqual({ ok: true });
    expect(await getDb().project.count({ where: { code: CODE } })).toBe(0);
  });

  it('answers the public reads: centre and project pages, lists, regions, home, feeds, sitemap, API', async () => {
    const centres = parseCentreFilters({}).filters;
    const projects = parseProjectFilters({}).filters;
    const reads: [string, () => Promise<unknown>][] = [
      ['centre page', () => getPublishedCentre('pohnpei-migrant-resource-centre')],
      ['centre list', () => listPublishedCentres(centres, 'en')],
      ['centre map', () => listCentreMarkers(centres)],
      ['centre filters', () => getCentreFacets()],
      ['HSDS export', () => listPublishedCentreDetails()],
      ['regions', () => listRegionSummaries()],
      ['countries map', () => countPublishedProjectsByCountry()],
      ['project page', () => getPublishedProject('PX.0220')],
      ['home figures', () => Promise.all([getPortalStats(), listLatestProjects()])],
      ['project feed', () => listProjectFeed(projects)],
      ['centre feed', () => listCentreFeed(centres)],
      ['sitemap', () => listSitemapRecords()],
      ['API countries', () => listApiCountries()],
      ['Last-Modified', () => contentLastModified()],
      ['404 check', () => isMissingPublicPage('/en/projects/PX.0220')],
    ];
    for (const [name, read] of reads) {
      const seen = await whoAnswers(read);
      expect({ name, primary: seen.primary }).toEqual({ name, primary: [] });
      expect(seen.replica.length, name).toBeGreaterThan(0);
    }
  });

  it('gives the page cache the version a render sees from the replica, and compares it with the primary', async () => {
    // Before a render (a miss): read from the replica, so a lagging replica's page is stored under its older version.
    const before = await whoAnswers(() => readContentVersion({ fromTable: true }));
    expect(before.primary).toEqual([]);
    expect(before.replica).toEqual([expect.stringContaining('content_version')]);
    // On each request: the primary's version, heard from the primary (a standby cannot LISTEN), no read at all.
    await expect.poll(() => readContentVersion()).toBe(await readContentVersion({ fromTable: true }));
    expect(await whoAnswers(() => readContentVersion())).toEqual({ primary: [], replica: [] });
  });
});

// The runtime check above covers the write paths it runs; this one covers every other: no module that reads through
// getReadDb() writes anything, so a write cannot reach the replica through them.
describe('modules reading through getReadDb()', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const files = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'generated' ? [] : files(rel);
      return /\.tsx?$/.test(e.name) ? [rel] : [];
    });
  // Prisma's writing methods, raw statements and transactions, and SQL that writes.
  const WRITES = new RegExp(
    [
      String.raw`\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(`,
      String.raw`\$executeRaw`,
      String.raw`\$transaction`,
      String.raw`\b(INSERT|UPDATE|DELETE)\b`,
    ].join('|'),
  );

  it('are public read modules that write nothing', () => {
    const readers = [...files('lib'), ...files('app'), ...files('components')].filter(
      (f) => f !== path.join('lib', 'db.ts') && readFileSync(path.join(root, f), 'utf8').includes('getReadDb'),
    );
    expect(readers.length).toBeGreaterThan(5);
    const writes = readers.flatMap((f) => {
      const text = readFileSync(path.join(root, f), 'utf8');
      // The exports' cursor runs in a transaction it declares read-only first (the database then refuses any write).
      if (f === path.join('lib', 'data', 'cursor.ts') && text.includes('SET TRANSACTION READ ONLY')) return [];
      const found = WRITES.exec(text);
      return found ? [`${f}: ${found[0]}`] : [];
    });
    expect(writes).toEqual([]);
  });
});
