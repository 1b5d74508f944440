import 'server-only';
import type { ProjectRecord } from '@/lib/data/projects';
import { getDb } from '@/lib/db';
import { normaliseProjectCode, PROJECT_CODE_PATTERN } from '@/lib/domain/project';
import type { Localised } from '@/lib/format';

const PUBLISHED = { publicationState: 'published' } as const;

export type ProjectDetail = ProjectRecord & {
  sourceUrl: string | null;
  centres: { slug: string; name: Localised; locality: string | null; countryCode: string }[];
};

/** One published project by its code (any case), or null. */
export async function getPublishedProject(rawCode: string): Promise<ProjectDetail | null> {
  const code = normaliseProjectCode(rawCode);
  if (!PROJECT_CODE_PATTERN.test(code)) return null;
  const p = await getDb().project.findFirst({
    where: { code, ...PUBLISHED },
    select: {
      code: true,
      primaId: true,
      titleEn: true,
      titleFr: true,
      summaryEn: true,
      summaryFr: true,
      status: true,
      coverage: true,
      budgetUsd: true,
      startYear: true,
      endYear: true,
      fundingYear: true,
      sourceUrl: true,
      updatedAt: true,
      region: { select: { slug: true, nameEn: true, nameFr: true } },
      type: { select: { slug: true, nameEn: true, nameFr: true } },
      countries: {
        orderBy: { position: 'asc' },
        select: { country: { select: { code: true, nameEn: true, nameFr: true } } },
      },
      centres: {
        where: { centre: PUBLISHED },
        orderBy: { centre: { slug: 'asc' } },
        select: { centre: { select: { slug: true, nameEn: true, nameFr: true, locality: true, countryCode: true } } },
      },
    },
  });
  if (!p) return null;
  return {
    code: p.code,
    primaId: p.primaId,
    title: { en: p.titleEn, fr: p.titleFr },
    summary: { en: p.summaryEn, fr: p.summaryFr },
    status: p.status,
    coverage: p.coverage,
    region: p.region,
    type: p.type,
    budgetUsd: p.budgetUsd?.toFixed(2) ?? null,
    startYear: p.startYear,
    endYear: p.endYear,
    fundingYear: p.fundingYear,
    sourceUrl: p.sourceUrl,
    updatedAt: p.updatedAt.toISOString(),
    countries: p.countries.map((c) => c.country),
    centres: p.centres.map(({ centre: c }) => ({
      slug: c.slug,
      name: { en: c.nameEn, fr: c.nameFr },
      locality: c.locality,
      countryCode: c.countryCode,
    })),
  };
}
