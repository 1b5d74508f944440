// `runSeed`: writes the reference data and the content of SPEC §3 in one transaction; running it again changes nothing.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { SEED_CENTRES } from './centres';
import type { Tally } from './compare';
import { SEED_PROJECTS } from './projects';
import { PROJECT_TYPES, REGIONS, SERVICES } from './reference-data';
import { writeCentres, writeProjects } from './write-content';
import { writeCodedReferences, writeSlugReferences } from './write-reference';

/** Options of runSeed(); `log` receives one line per row created or corrected (default: none). */
export type SeedOptions = { connectionString: string; log?: (line: string) => void };

/** How many records of each kind the seed holds, and how many rows this run created or corrected. */
export type SeedSummary = {
  regions: number;
  projectTypes: number;
  services: number;
  countries: number;
  languages: number;
  projects: number;
  centres: number;
  created: number;
  updated: number;
};

// Two seeds at once would both see a row missing and both insert it: the second waits for the first instead.
const SEED_LOCK = 72707370;

/** Seeds the database at `connectionString`: all or nothing, idempotent, keyed by slugs, codes and ISO codes. */
export async function runSeed({ connectionString, log = () => {} }: SeedOptions): Promise<SeedSummary> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }), errorFormat: 'minimal' });
  try {
    return await prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
        const tally: Tally = { created: 0, updated: 0 };
        const refs = await writeSlugReferences(tx, tally, log);
        const coded = await writeCodedReferences(tx, tally, log);
        const projectIds = await writeProjects(tx, refs, tally, log);
        await writeCentres(tx, refs, projectIds, tally, log);
        return {
          regions: REGIONS.length,
          projectTypes: PROJECT_TYPES.length,
          services: SERVICES.length,
          ...coded,
          projects: SEED_PROJECTS.length,
          centres: SEED_CENTRES.length,
          ...tally,
        };
      },
      { maxWait: 30_000, timeout: 120_000 },
    );
  } finally {
    await prisma.$disconnect();
  }
}

/** The summary as one line, e.g. for the CLI. */
export function formatSeedSummary(s: SeedSummary): string {
  return (
    `Seeded ${s.projects} projects, ${s.centres} centres, ${s.regions} regions, ${s.projectTypes} project types, ` +
    `${s.services} services, ${s.countries} countries, ${s.languages} languages ` +
    `(${s.created} rows created, ${s.updated} updated${s.created + s.updated === 0 ? ': already up to date' : ''}).`
  );
}
