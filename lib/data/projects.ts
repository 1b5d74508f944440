import 'server-only';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Coverage, ProjectStatus } from '@/lib/domain/project';
import { normaliseProjectCode, PROJECT_CODE_PATTERN } from '@/lib/domain/project';
import type { Localised } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';
import { PROJECTS_PAGE_SIZE, type ProjectFilters } from '@/lib/validation/project-filters';

type Named = { slug: string; nameEn: string; nameFr: string };

export type ProjectListItem = {
  code: string;
  title: Localised;
  region: Named;
  status: ProjectStatus;
  budgetUsd: string | null;
};

export type ProjectListResult = { items: ProjectListItem[]; total: number; totalBudgetUsd: string; page: number; pageCount: number };

const PUBLISHED = { publicationState: 'published' } as const;

function whereFor(filters: ProjectFilters): Prisma.ProjectWhereInput {
  return {
    ...PUBLISHED,
    ...(filters.region.length ? { region: { slug: { in: filters.region } } } : {}),
    ...(filters.status.length ? { status: { in: filters.status } } : {}),
  };
}

function orderFor(filters: ProjectFilters, locale: AppLocale): Prisma.ProjectOrderByWithRelationInput[] {
  const title = locale === 'fr' ? 'titleFr' : 'titleEn';
  switch (filters.sort) {
    case 'budget':
      return [{ budgetUsd: { sort: 'asc', nulls: 'last' } }, { code: 'asc' }];
    case '-budget':
      return [{ budgetUsd: { sort: 'desc', nulls: 'last' } }, { code: 'asc' }];
    case 'title':
      return [{ [title]: { sort: 'asc', nulls: 'last' } }, { code: 'asc' }];
    default:
      return [{ endYear: { sort: 'desc', nulls: 'last' } }, { code: 'asc' }];
  }
}

/** Published projects matching the filters: one page, the total count and the total budget of all matches. */
export async function listPublishedProjects(filters: ProjectFilters, locale: AppLocale): Promise<ProjectListResult> {
  const db = getDb();
  const where = whereFor(filters);
  const [rows, stats] = await Promise.all([
    db.project.findMany({
      where,
      orderBy: orderFor(filters, locale),
      skip: (filters.page - 1) * PROJECTS_PAGE_SIZE,
      take: PROJECTS_PAGE_SIZE,
      select: {
        code: true, titleEn: true, titleFr: true, status: true, budgetUsd: true,
        region: { select: { slug: true, nameEn: true, nameFr: true } },
      },
    }),
    db.project.aggregate({ where, _count: { _all: true }, _sum: { budgetUsd: true } }),
  ]);
  const total = stats._count._all;
  return {
    items: rows.map((r) => ({
      code: r.code,
      title: { en: r.titleEn, fr: r.titleFr },
      region: r.region,
      status: r.status,
      budgetUsd: r.budgetUsd?.toFixed(2) ?? null,
    })),
    total,
    totalBudgetUsd: (stats._sum.budgetUsd ?? 0).toFixed(2),
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / PROJECTS_PAGE_SIZE)),
  };
}

export type ProjectDetail = ProjectListItem & {
  primaId: string | null;
  summary: Localised;
  type: Named;
  coverage: Coverage;
  startYear: number | null;
  endYear: number | null;
  fundingYear: number | null;
  sourceUrl: string | null;
  updatedAt: string;
  countries: { code: string; nameEn: string; nameFr: string }[];
  centres: { slug: string; name: Localised; locality: string | null; countryCode: string }[];
};

/** One published project by its code (any case), or null. */
export async function getPublishedProject(rawCode: string): Promise<ProjectDetail | null> {
  const code = normaliseProjectCode(rawCode);
  if (!PROJECT_CODE_PATTERN.test(code)) return null;
  const p = await getDb().project.findFirst({
    where: { code, ...PUBLISHED },
    select: {
      code: true, primaId: true, titleEn: true, titleFr: true, summaryEn: true, summaryFr: true,
      status: true, coverage: true, budgetUsd: true, startYear: true, endYear: true, fundingYear: true,
      sourceUrl: true, updatedAt: true,
      region: { select: { slug: true, nameEn: true, nameFr: true } },
      type: { select: { slug: true, nameEn: true, nameFr: true } },
      countries: { orderBy: { position: 'asc' }, select: { country: { select: { code: true, nameEn: true, nameFr: true } } } },
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
      slug: c.slug, name: { en: c.nameEn, fr: c.nameFr }, locality: c.locality, countryCode: c.countryCode,
    })),
  };
}
