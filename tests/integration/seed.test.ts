import { PrismaPg } from '@prisma/adapter-pg';
import countries from 'i18n-iso-countries';
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centreModel } from '@/lib/content/centre';
import { projectModel } from '@/lib/content/project';
import { sourceHash, translatedFields } from '@/lib/content/translation';
import { localisedOf } from '@/lib/format';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { routing } from '@/lib/i18n/routing';
import { migrate } from '@/lib/migrate';
import { runSeed, type SeedSummary } from '@/lib/seed/run-seed';
import { createTestDatabase } from '../support/test-database';

// The seed on a database of its own (the shared one is seeded by the global setup, and other tests write to it).
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;
let prisma: PrismaClient;
let first: SeedSummary;

countries.registerLocale(es);

/** Every row of every table of the schema (ids, versions, timestamps included) and every sequence position. */
async function snapshot(): Promise<Record<string, string[]>> {
  const tables = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`,
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    const rows = await client.query<{ r: string }>(
      `SELECT row_to_json(t)::text AS r FROM ${client.escapeIdentifier(name)} t ORDER BY 1`,
    );
    out[name] = rows.rows.map((x) => x.r);
  }
  const sequences = await client.query<{ r: string }>(
    `SELECT sequencename || '=' || coalesce(last_value::text, 'unused') AS r FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1`,
  );
  out['(sequences)'] = sequences.rows.map((x) => x.r);
  return out;
}

beforeAll(async () => {
  db = await createTestDatabase('iom_seed');
  await migrate({ connectionString: db.url, log: () => {} });
  first = await runSeed({ connectionString: db.url });
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
});

afterAll(async () => {
  await prisma.$disconnect();
  await client.end();
  await db.drop();
});

describe('runSeed on an empty, migrated database', () => {
  it('writes the reference data and the content of SPEC §3', async () => {
    expect(first).toMatchObject({ regions: 6, services: 12, projects: 3, centres: 7, updated: 0 });
    expect(await prisma.project.count()).toBe(3);
    expect(await prisma.resourceCentre.count()).toBe(7);
    expect(await prisma.region.count()).toBe(6);
    expect(await prisma.projectType.count()).toBeGreaterThanOrEqual(11);
    expect(await prisma.service.count()).toBe(12);
    expect(await prisma.country.count()).toBeGreaterThanOrEqual(249);
    expect(await prisma.language.count()).toBeGreaterThanOrEqual(180);
    expect(await prisma.project.count({ where: { publicationState: { not: 'published' } } })).toBe(0);
    expect(await prisma.resourceCentre.count({ where: { publicationState: { not: 'published' } } })).toBe(0);
  });

  it('stores the regions in order and the dataset names of countries and languages', async () => {
    const regions = await prisma.region.findMany({ orderBy: { sortOrder: 'asc' } });
    expect(regions.map((r) => r.slug)).toEqual([
      'africa',
      'asia-oceania',
      'europe-central-asia',
      'latin-america-caribbean',
      'middle-east-north-africa',
      'global',
    ]);
    expect(regions[3]).toMatchObject({
      nameEn: 'Latin America and the Caribbean',
      nameFr: 'Amérique latine et Caraïbes',
      nameEs: 'América Latina y el Caribe',
    });
    expect(await prisma.country.findUnique({ where: { code: 'FJ' } })).toEqual({
      code: 'FJ',
      nameEn: 'Fiji',
      nameFr: 'Fidji',
      nameEs: 'Fiji',
    });
    expect(await prisma.country.findUnique({ where: { code: 'FM' } })).toMatchObject({
      nameEn: 'Federated States of Micronesia',
      nameFr: 'Micronésie',
      nameEs: 'Micronesia',
    });
    expect(await prisma.language.findUnique({ where: { code: 'es' } })).toEqual({
      code: 'es',
      nameEn: 'Spanish',
      nameFr: 'Espagnol',
      nameEs: 'Español',
    });
    const types = await prisma.projectType.findMany({ select: { slug: true } });
    expect(types.map((t) => t.slug)).toEqual(
      expect.arrayContaining([
        'assisted-migration-services',
        'protection-assistance-vulnerable-migrants',
        'migration-policy-activities',
      ]),
    );
  });

  it('stores the facts of the three projects, beneficiary countries in order', async () => {
    const px = await prisma.project.findUniqueOrThrow({
      where: { code: 'PX.0220' },
      include: { countries: { orderBy: { position: 'asc' } }, region: true, type: true },
    });
    expect(px.budgetUsd?.toFixed(2)).toBe('400000.00');
    expect(px).toMatchObject({
      primaId: 'FJ10P0514',
      status: 'active',
      coverage: 'regional',
      startYear: 2021,
      endYear: 2024,
      fundingYear: 2020,
    });
    expect([px.region.slug, px.type.slug]).toEqual(['asia-oceania', 'protection-assistance-vulnerable-migrants']);
    expect(px.countries.map((c) => c.countryCode)).toEqual(['FJ', 'TO', 'VU']);
    expect(px.title).toEqual({
      fr: 'Protection et aide aux migrants dans le Pacifique',
      en: 'Protection of and assistance to migrants in the Pacific',
      es: 'Protección y asistencia a migrantes en el Pacífico',
    });
    expect(localisedOf(px.summary).fr).not.toMatch(/^"|"$/);

    const po = await prisma.project.findUniqueOrThrow({
      where: { code: 'PO.0160' },
      include: { countries: { orderBy: { position: 'asc' } } },
    });
    expect(po.countries.map((c) => c.countryCode)).toEqual(['BZ', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI']);
    expect(po.countries.map((c) => c.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(po).toMatchObject({
      primaId: 'CR99P0513',
      status: 'completed',
      startYear: 2020,
      endYear: 2021,
      fundingYear: 2020,
    });

    const fm = await prisma.project.findUniqueOrThrow({
      where: { code: 'FM.0283' },
      include: { centres: { include: { centre: true } } },
    });
    expect(fm).toMatchObject({
      primaId: null,
      status: 'completed',
      coverage: 'national',
      startYear: null,
      endYear: 2024,
    });
    expect(fm.budgetUsd?.toFixed(2)).toBe('100000.00');
    expect(fm.centres.map((c) => c.centre.slug)).toEqual(['pohnpei-migrant-resource-centre']);
    for (const p of [px, po, fm]) {
      const [title, summary] = [localisedOf(p.title), localisedOf(p.summary)];
      expect(title.en && title.fr && title.es && summary.en && summary.fr && summary.es).toBeTruthy();
    }
  });

  it('stores the seven centres with their services, languages and places', async () => {
    const ph = await prisma.resourceCentre.findMany({ where: { countryCode: 'PH' }, orderBy: { slug: 'asc' } });
    expect(ph.map((c) => c.slug)).toEqual([
      'agusan-del-sur-one-stop-migrant-resource-centre',
      'antique-one-stop-migrant-resource-centre',
      'maguindanao-one-stop-migrant-resource-centre',
      'masbate-one-stop-migrant-resource-centre',
    ]);
    for (const c of ph) expect(c).toMatchObject({ kind: 'one_stop_resource_centre', status: 'operational' });

    const trafficking = await prisma.resourceCentre.findMany({
      where: { services: { some: { service: { slug: 'counter-trafficking-awareness' } } } },
    });
    expect(trafficking.map((c) => c.slug)).toEqual(['pohnpei-migrant-resource-centre']);

    const hachadura = await prisma.resourceCentre.findUniqueOrThrow({ where: { slug: 'la-hachadura-window-office' } });
    expect(hachadura).toMatchObject({ countryCode: 'SV', kind: 'information_desk', status: 'planned' });
    const union = await prisma.resourceCentre.findUniqueOrThrow({
      where: { slug: 'la-union-window-office' },
      include: { languages: true },
    });
    expect(union).toMatchObject({ kind: 'information_desk', status: 'operational', openedYear: 2016 });
    expect(union.languages.map((l) => l.languageCode)).toEqual(['es']);

    const pohnpei = await prisma.resourceCentre.findUniqueOrThrow({
      where: { slug: 'pohnpei-migrant-resource-centre' },
    });
    expect(Number(pohnpei.latitude)).toBeCloseTo(6.96, 1);
    expect(Number(pohnpei.longitude)).toBeCloseTo(158.21, 1);

    // Organisation-level listings only: no staff names, personal e-mails or invented contacts from the documents.
    const all = await prisma.resourceCentre.findMany();
    for (const c of all) {
      expect(c.latitude && c.longitude && c.adminArea && c.locality).toBeTruthy();
      // Verification dates are set by staff confirming a listing, never invented by the seed.
      expect(c.lastVerifiedAt).toBeNull();
      expect([c.email, c.phone, c.website]).toEqual([null, null, null]);
      expect(JSON.stringify(c)).not.toMatch(/@|Casco|Calalay|Chris Lom|Amaya/);
    }
  });
});

describe('the third content language (Spanish)', () => {
  it('names every reference row in Spanish; regions, project types and services translated', async () => {
    const slugRows = [
      ...(await prisma.region.findMany()),
      ...(await prisma.projectType.findMany()),
      ...(await prisma.service.findMany()),
    ];
    expect(slugRows).toHaveLength(6 + 11 + 12);
    for (const r of slugRows) {
      expect(r.nameEs.trim(), r.slug).not.toBe('');
      // Not the migration's stand-in (the English name copied).
      expect(r.nameEs, r.slug).not.toBe(r.nameEn);
    }
    expect(await prisma.service.findUnique({ where: { slug: 'assisted-voluntary-return-information' } })).toMatchObject(
      {
        nameEs: 'Información sobre el retorno voluntario asistido',
      },
    );
    for (const c of await prisma.language.findMany()) expect(c.nameEs.trim(), c.code).not.toBe('');
    expect(await prisma.language.findUnique({ where: { code: 'en' } })).toMatchObject({ nameEs: 'Inglés' });
  });

  it('takes the Spanish names of countries from i18n-iso-countries', async () => {
    const stored = await prisma.country.findMany();
    expect(stored.length).toBeGreaterThanOrEqual(249);
    for (const c of stored) {
      expect(c.nameEs.trim(), c.code).not.toBe('');
      const variants = countries.getName(c.code, 'es', { select: 'all' }) ?? [];
      // One of the dataset's names, or the English one where the dataset has no Spanish name.
      expect([...variants, c.nameEn], c.code).toContain(c.nameEs);
    }
    const byCode = new Map(stored.map((c) => [c.code, c.nameEs]));
    expect(byCode.get('PH')).toBe('Filipinas');
    expect(byCode.get('SV')).toBe('El Salvador');
    expect(byCode.get('FM')).toBe(countries.getName('FM', 'es'));
    expect(byCode.get('MX')).toBe('México');
  });

  it('gives every seeded project and centre Spanish text wherever it has English text', async () => {
    const records = [
      ...(await prisma.project.findMany()).map((r) => ({ key: r.code, model: projectModel, row: r })),
      ...(await prisma.resourceCentre.findMany()).map((r) => ({ key: r.slug, model: centreModel, row: r })),
    ];
    expect(records).toHaveLength(10);
    for (const { key, model, row } of records) {
      for (const field of translatedFields(model)) {
        const text = localisedOf((row as Record<string, unknown>)[field]);
        if (text.en !== null) expect(text.es, `${key} ${field}`).toBeTruthy();
      }
    }
    const union = await prisma.resourceCentre.findUniqueOrThrow({ where: { slug: 'la-union-window-office' } });
    expect(localisedOf(union.operator)).toEqual({
      en: 'Office of the Human Rights Ombudsman (PDDH)',
      fr: 'Procureur pour la défense des droits de l’homme (PDDH)',
      es: 'Procuraduría para la Defensa de los Derechos Humanos (PDDH)',
    });
    expect(union.openingHours).toEqual({});
    const hachadura = await prisma.resourceCentre.findUniqueOrThrow({ where: { slug: 'la-hachadura-window-office' } });
    expect([hachadura.operator, hachadura.partners]).toEqual([{}, { en: 'IOM (OIM)', fr: 'OIM', es: 'OIM' }]);
  });

  it('records every seeded translation as up to date with its French source: nothing needs translating', async () => {
    const records = [
      ...(await prisma.project.findMany()).map((r) => ({ key: r.code, model: projectModel, row: r })),
      ...(await prisma.resourceCentre.findMany()).map((r) => ({ key: r.slug, model: centreModel, row: r })),
    ];
    for (const { key, model, row } of records) {
      expect([row.sourceLanguage, row.needsTranslation], key).toEqual(['fr', []]);
      const hashes: Record<string, Record<string, string>> = {};
      for (const field of translatedFields(model)) {
        const text = localisedOf((row as unknown as Record<string, unknown>)[field]);
        const hash = sourceHash(text.fr);
        const translations = routing.locales.filter((l) => l !== 'fr' && text[l] !== null);
        hashes[field] = Object.fromEntries(translations.map((l) => [l, hash]));
      }
      expect(row.translations, key).toEqual(hashes);
    }
  });
});

describe('running the seed again', () => {
  it('leaves every row exactly as it was: same ids, values, versions and timestamps', async () => {
    const before = await snapshot();
    expect(before['project']).toHaveLength(3);
    const again = await runSeed({ connectionString: db.url });
    expect([again.created, again.updated]).toEqual([0, 0]);
    expect(await snapshot()).toEqual(before);
  });

  it('brings an edited record back to the seed, raising its version once, and touches nothing else', async () => {
    const px = await prisma.project.findUniqueOrThrow({ where: { code: 'PX.0220' } });
    await prisma.project.update({
      where: { id: px.id },
      data: { title: { ...localisedOf(px.title), en: 'Edited' }, countries: { deleteMany: { countryCode: 'TO' } } },
    });
    const edited = await snapshot();
    const lines: string[] = [];
    const summary = await runSeed({ connectionString: db.url, log: (l) => lines.push(l) });
    expect([summary.created, summary.updated]).toEqual([0, 1]);
    expect(lines).toEqual(['project PX.0220: updated (title, countries)']);
    const restored = await prisma.project.findUniqueOrThrow({
      where: { code: 'PX.0220' },
      include: { countries: { orderBy: { position: 'asc' } } },
    });
    expect(restored).toMatchObject({ id: px.id, version: px.version + 1, title: px.title });
    expect([restored.translations, restored.needsTranslation]).toEqual([px.translations, []]);
    expect(restored.countries.map((c) => c.countryCode)).toEqual(['FJ', 'TO', 'VU']);
    const after = await snapshot();
    const changed = ['project', 'project_country', 'content_version'];
    for (const table of Object.keys(edited).filter((t) => !changed.includes(t)))
      expect(after[table], table).toEqual(edited[table]);
    // The public pages' cache key moved with the repair (lib/page-cache).
    expect(after.content_version).not.toEqual(edited.content_version);
  });

  it('brings out-of-date translation bookkeeping back to the seed (its translations are current)', async () => {
    const centre = await prisma.resourceCentre.findUniqueOrThrow({
      where: { slug: 'pohnpei-migrant-resource-centre' },
    });
    await prisma.resourceCentre.update({
      where: { id: centre.id },
      data: { translations: { name: { en: sourceHash('older source') } }, needsTranslation: ['en', 'es'] },
    });
    const lines: string[] = [];
    const summary = await runSeed({ connectionString: db.url, log: (l) => lines.push(l) });
    expect([summary.created, summary.updated]).toEqual([0, 1]);
    expect(lines).toEqual(['centre pohnpei-migrant-resource-centre: updated (translations, needsTranslation)']);
    const restored = await prisma.resourceCentre.findUniqueOrThrow({ where: { id: centre.id } });
    expect([restored.translations, restored.needsTranslation]).toEqual([centre.translations, []]);
    const again = await runSeed({ connectionString: db.url });
    expect([again.created, again.updated]).toEqual([0, 0]);
  });
});
