import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());

const write = await import('@/lib/data/record-write');
const createProject = (raw: unknown) => write.createRecord('project', raw);
const updateProject = (code: string, raw: unknown) => write.updateRecord('project', code, raw);
const createCentre = (raw: unknown) => write.createRecord('centre', raw);
const updateCentre = (slug: string, raw: unknown) => write.updateRecord('centre', slug, raw);
const { getDb } = await import('@/lib/db');

// Property: malformed input to every create/update data function is refused (ok: false, never a throw, so never
// a 500), and no project, centre, link or revision row is written.
const project = {
  code: 'ZP.0001',
  titleEn: 'Title',
  titleFr: 'Titre',
  status: 'active',
  coverage: 'national',
  type: 'assisted-migration-services',
  region: 'africa',
  budgetUsd: '1000',
  startYear: '2020',
  endYear: '2022',
  countries: ['SN'],
};
const centre = {
  slug: 'zp-centre',
  nameEn: 'Centre',
  kind: 'other',
  status: 'planned',
  countryCode: 'SN',
  services: ['hotline'],
  languages: ['fr'],
};

const notString = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.boolean(),
  fc.object({ maxDepth: 1 }),
  fc.constant(['a', 'b']),
);
const blank = fc.constantFrom('', '   ', null, undefined);
const longText = fc.constant('x'.repeat(25_000));
const injection = fc.constant("'; DROP TABLE project; --");

// Values that are always invalid for the field: wrong type, blank when required, bad format, or well-formed but
// referring to nothing (those reach the database checks).
const badProject: Record<string, fc.Arbitrary<unknown>> = {
  code: fc.oneof(blank, notString, injection, fc.constantFrom('AB', 'A'.repeat(21), 'FM 0283', 'FM_0283', 'é.1234')),
  status: fc.oneof(blank, notString, injection, fc.constantFrom('done', 'ACTIVE!', 'archived')),
  coverage: fc.oneof(blank, notString, fc.constantFrom('world', 'local')),
  type: fc.oneof(blank, notString, injection, fc.constantFrom('no-such-type', 'Assisted Migration')),
  region: fc.oneof(blank, notString, injection, fc.constantFrom('nowhere', 'AFRICA ')),
  countries: fc.oneof(
    fc.constant(['QQ']),
    fc.constant(['SN', 'XX']),
    fc.constant(['SN', 'sn']),
    fc.constant(['FRA']),
    fc.constant([1]),
    fc.constant({ a: 1 }),
  ),
  budgetUsd: fc.oneof(
    notString.filter((v) => typeof v !== 'number'),
    fc.constantFrom('-1', '1e6', '12.345', '9999999999999', 'NaN', 'ten'),
  ),
  startYear: fc.oneof(
    fc.integer({ min: 2023, max: 5000 }).map(String),
    fc.integer({ max: 1899 }),
    fc.constantFrom('20x1', '1e3', 'soon'),
  ),
  titleEn: fc.oneof(longText, fc.object({ maxDepth: 1 }), fc.integer()),
  sourceUrl: fc.oneof(
    fc.constantFrom('javascript:alert(1)', 'ftp://example.org', 'not a url', 'http://x'),
    fc.integer(),
  ),
};
const badCentre: Record<string, fc.Arbitrary<unknown>> = {
  slug: fc.oneof(blank, notString, injection, fc.constantFrom('a b', '-x', 'x-', 'é', 'a'.repeat(121))),
  kind: fc.oneof(blank, notString, fc.constantFrom('hospital', 'Resource Centre')),
  status: fc.oneof(blank, notString, fc.constantFrom('open', 'closed!')),
  countryCode: fc.oneof(blank, notString, fc.constantFrom('QQ', 'FRA', '1A')),
  services: fc.oneof(fc.constant(['no-such-service']), fc.constant(['hotline', 'hotline']), fc.constant(['Hot Line'])),
  languages: fc.oneof(fc.constant(['qq']), fc.constant(['eng']), fc.constant(['fr', 'FR'])),
  projects: fc.oneof(fc.constant(['QQ.0000']), fc.constant(['x'])),
  latitude: fc.oneof(
    fc.constantFrom('91', '-90.5', 'north', '1.1234567'),
    fc.double({ min: 90.001, max: 1e6, noNaN: true }),
  ),
  email: fc.constantFrom('a@', '@b.c', 'a b@c.d', 'x'.repeat(300)),
  website: fc.constantFrom('javascript:alert(1)', 'www.example.org'),
  noticeFrom: fc.oneof(fc.constantFrom('2026-13-01', '2026-02-30', 'yesterday'), fc.integer()),
};

function corrupted(base: Record<string, unknown>, bad: Record<string, fc.Arbitrary<unknown>>) {
  const one = fc.constantFrom(...Object.keys(bad)).chain((k) => bad[k]!.map((v) => [k, v] as const));
  const extra = fc.option(fc.tuple(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 })), { nil: undefined });
  return fc.tuple(one, fc.option(one, { nil: undefined }), extra).map(([[k, v], second, x]) => ({
    ...base,
    ...(x ? { [`x_${x[0]}`]: x[1] } : {}),
    [k]: v,
    ...(second ? { [second[0]]: second[1] } : {}),
  }));
}

async function counts() {
  const db = getDb();
  return [
    await db.project.count(),
    await db.resourceCentre.count(),
    await db.revision.count(),
    await db.projectCountry.count(),
    await db.centreService.count(),
  ];
}

describe('property: malformed staff input is refused and writes nothing', () => {
  afterAll(async () => getDb().$disconnect());
  const runs = 1000;
  // Current versions, so that updates are refused for their input and not as conflicts.
  const v = { project: 1, centre: 1 };
  beforeAll(async () => {
    v.project = (await getDb().project.findUniqueOrThrow({ where: { code: 'FM.0283' } })).version;
    v.centre = (
      await getDb().resourceCentre.findUniqueOrThrow({ where: { slug: 'pohnpei-migrant-resource-centre' } })
    ).version;
  });
  const cases: [
    string,
    (input: Record<string, unknown>) => Promise<{ ok: boolean }>,
    fc.Arbitrary<Record<string, unknown>>,
  ][] = [
    ['createProject', (i) => createProject(i), corrupted(project, badProject)],
    [
      'updateProject',
      (i) => updateProject('FM.0283', { ...i, version: v.project }),
      corrupted({ ...project, code: 'FM.0283' }, badProject),
    ],
    ['createCentre', (i) => createCentre(i), corrupted(centre, badCentre)],
    [
      'updateCentre',
      (i) => updateCentre('pohnpei-migrant-resource-centre', { ...i, version: v.centre }),
      corrupted(centre, badCentre),
    ],
  ];
  for (const [name, call, inputs] of cases) {
    it(`${name}: ${runs} malformed inputs, none accepted, row counts unchanged, never throws`, async () => {
      const before = await counts();
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          const r = await call(input);
          expect(r.ok).toBe(false);
        }),
        { numRuns: runs },
      );
      expect(await counts()).toEqual(before);
    });
  }
});
