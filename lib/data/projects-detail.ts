import 'server-only';
import { projectModel } from '@/lib/content/project';
import type { ProjectRecord } from '@/lib/data/projects';
import { RECORD_COLUMNS, RECORD_FROM, toPublicRecords } from '@/lib/data/projects-sql';
import { getReadDb } from '@/lib/db';
import { normaliseProjectCode, PROJECT_CODE_PATTERN } from '@/lib/domain/project';
import { localisedOf, type Localised } from '@/lib/format';

const PUBLISHED = { publicationState: 'published' } as const;

export type ProjectDetail = ProjectRecord & {
  centres: { slug: string; name: Localised; locality: string | null; countryCode: string }[];
};

/** One published project by its code (any case), or null: the list's record (every model field) and its centres. */
export async function getPublishedProject(rawCode: string): Promise<ProjectDetail | null> {
  const code = normaliseProjectCode(rawCode);
  if (!PROJECT_CODE_PATTERN.test(code)) return null;
  const db = getReadDb();
  const [rows, centres] = await Promise.all([
    db.$queryRaw<Record<string, unknown>[]>`
      SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE p.code = ${code} AND p.publication_state = 'published'`,
    db.centreProject.findMany({
      where: { project: { code, ...PUBLISHED }, centre: PUBLISHED },
      orderBy: { centre: { slug: 'asc' } },
      select: { centre: { select: { slug: true, name: true, locality: true, countryCode: true } } },
    }),
  ]);
  const [record] = await toPublicRecords(db, projectModel, rows);
  if (!record) return null;
  return {
    ...record,
    centres: centres.map(({ centre: c }) => ({
      slug: c.slug,
      name: localisedOf(c.name),
      locality: c.locality,
      countryCode: c.countryCode,
    })),
  };
}
