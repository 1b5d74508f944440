// Writes the reference tables: slug-keyed rows one by one (few), countries and languages in bulk.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { LocalisedNames } from '@/lib/i18n/routing';
import { changedFields, type Tally } from './compare';
import { countryRows } from './countries';
import { languageRows } from './languages';
import { PROJECT_TYPES, REGIONS, SERVICES, type ReferenceRow } from './reference-data';

type Tx = Prisma.TransactionClient;
type Stored = ReferenceRow & { id: number };
type SlugTable = {
  findMany: () => Promise<Stored[]>;
  create: (data: ReferenceRow) => Promise<Stored>;
  update: (id: number, data: Partial<ReferenceRow>) => Promise<unknown>;
};

/** Ids by slug of the reference tables the content refers to. */
export type ReferenceIds = { regions: Map<string, number>; types: Map<string, number>; services: Map<string, number> };

async function writeSlugTable(
  name: string,
  rows: readonly ReferenceRow[],
  table: SlugTable,
  tally: Tally,
  log: (l: string) => void,
) {
  const stored = new Map((await table.findMany()).map((r) => [r.slug, r]));
  const ids = new Map<string, number>();
  for (const row of rows) {
    const current = stored.get(row.slug);
    if (!current) {
      ids.set(row.slug, (await table.create(row)).id);
      tally.created++;
      log(`${name} ${row.slug}: created`);
      continue;
    }
    ids.set(row.slug, current.id);
    const changed = changedFields(current, row);
    if (changed.length > 0) {
      await table.update(current.id, Object.fromEntries(changed.map((k) => [k, row[k as keyof ReferenceRow]])));
      tally.updated++;
      log(`${name} ${row.slug}: updated (${changed.join(', ')})`);
    }
  }
  return ids;
}

/** Regions, project types and services, created or corrected by slug; returns their ids. */
export async function writeSlugReferences(tx: Tx, tally: Tally, log: (l: string) => void): Promise<ReferenceIds> {
  const regions = await writeSlugTable(
    'region',
    REGIONS,
    {
      findMany: () => tx.region.findMany(),
      create: (data) => tx.region.create({ data }),
      update: (id, data) => tx.region.update({ where: { id }, data }),
    },
    tally,
    log,
  );
  const types = await writeSlugTable(
    'project type',
    PROJECT_TYPES,
    {
      findMany: () => tx.projectType.findMany(),
      create: (data) => tx.projectType.create({ data }),
      update: (id, data) => tx.projectType.update({ where: { id }, data }),
    },
    tally,
    log,
  );
  const services = await writeSlugTable(
    'service',
    SERVICES,
    {
      findMany: () => tx.service.findMany(),
      create: (data) => tx.service.create({ data }),
      update: (id, data) => tx.service.update({ where: { id }, data }),
    },
    tally,
    log,
  );
  return { regions, types, services };
}

type Coded = { code: string } & LocalisedNames;

async function writeCoded(
  name: string,
  rows: Coded[],
  stored: Coded[],
  createMany: () => Promise<{ count: number }>,
  update: (row: Coded) => Promise<unknown>,
  tally: Tally,
  log: (l: string) => void,
) {
  const byCode = new Map(stored.map((r) => [r.code, r]));
  const stale = rows.filter((r) => {
    const current = byCode.get(r.code);
    return current !== undefined && changedFields(current, r).length > 0;
  });
  const created = rows.some((r) => !byCode.has(r.code)) ? (await createMany()).count : 0;
  for (const row of stale) await update(row);
  tally.created += created;
  tally.updated += stale.length;
  if (created + stale.length > 0) log(`${name}: ${created} created, ${stale.length} updated`);
}

/** Every country and language of the datasets: one bulk insert of the missing ones, then updates where names differ. */
export async function writeCodedReferences(
  tx: Tx,
  tally: Tally,
  log: (l: string) => void,
): Promise<{ countries: number; languages: number }> {
  const countries = countryRows();
  await writeCoded(
    'countries',
    countries,
    await tx.country.findMany(),
    () => tx.country.createMany({ data: countries, skipDuplicates: true }),
    ({ code, ...names }) => tx.country.update({ where: { code }, data: names }),
    tally,
    log,
  );
  const languages = languageRows();
  await writeCoded(
    'languages',
    languages,
    await tx.language.findMany(),
    () => tx.language.createMany({ data: languages, skipDuplicates: true }),
    ({ code, ...names }) => tx.language.update({ where: { code }, data: names }),
    tally,
    log,
  );
  return { countries: countries.length, languages: languages.length };
}
