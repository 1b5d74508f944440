// Reference data the page parser resolves names against: the database's when there is one, else the seed's.
import { getDb } from '@/lib/db';
import { NAME_SELECT } from '@/lib/i18n/routing';
import { PROJECT_TYPES, REGIONS } from '@/lib/seed/reference-data';
import type { ImportReference } from './project-page';

const named = { select: { slug: true, ...NAME_SELECT } } as const;

/** Regions and project types as stored (admins may have added some since the seed). */
export async function loadImportReference(): Promise<ImportReference> {
  const db = getDb();
  const [regions, types] = await Promise.all([db.region.findMany(named), db.projectType.findMany(named)]);
  return { regions, types };
}

/** The reference data `npm run db:seed` writes, for reading a page without a database (dry runs). */
export const SEED_IMPORT_REFERENCE: ImportReference = { regions: REGIONS, types: PROJECT_TYPES };
