import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { currentYear } from '@/lib/data/admin-support';
import { getDb } from '@/lib/db';
import type { ProjectStatus, PublicationState } from '@/lib/domain/project';
import { projectReviewReasons, type ProjectReviewReason } from '@/lib/domain/review';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ADMIN_PAGE_SIZE, type AdminProjectQuery } from '@/lib/validation/admin-list';

// Staff reads of projects in any publication state (the public data layer only sees published ones).
export type AdminProjectRow = {
  code: string;
  titleEn: string | null;
  titleFr: string | null;
  status: ProjectStatus;
  publicationState: PublicationState;
  budgetUsd: string | null;
  startYear: number | null;
  endYear: number | null;
  regionSlug: string;
  updatedAt: string;
  review: ProjectReviewReason[];
};

function reviewWhere(reasons: AdminProjectQuery['review'], year: number): Prisma.ProjectWhereInput[] {
  const or: Prisma.ProjectWhereInput[] = [];
  if (reasons.includes('dates')) {
    or.push(
      { status: 'active', OR: [{ endYear: { lt: year } }, { startYear: { gt: year } }] },
      { status: 'planned', endYear: { lt: year } },
      { status: 'completed', OR: [{ startYear: { gt: year } }, { endYear: { gt: year } }] },
    );
  }
  if (reasons.includes('translation')) {
    or.push(
      { titleEn: null, titleFr: { not: null } },
      { titleFr: null, titleEn: { not: null } },
      { summaryEn: null, summaryFr: { not: null } },
      { summaryFr: null, summaryEn: { not: null } },
    );
  }
  if (reasons.includes('budget')) or.push({ budgetUsd: null });
  return or;
}

function whereFor(q: AdminProjectQuery): Prisma.ProjectWhereInput {
  const and: Prisma.ProjectWhereInput[] = [];
  if (q.q) {
    const contains = { contains: q.q, mode: 'insensitive' as const };
    and.push({ OR: [{ code: contains }, { primaId: contains }, { titleEn: contains }, { titleFr: contains }] });
  }
  if (q.state.length) and.push({ publicationState: { in: q.state } });
  if (q.status.length) and.push({ status: { in: q.status } });
  if (q.region.length) and.push({ region: { slug: { in: q.region } } });
  if (q.review.length) and.push({ OR: reviewWhere(q.review, currentYear()) });
  return { AND: and };
}

function orderFor(q: AdminProjectQuery, locale: 'en' | 'fr'): Prisma.ProjectOrderByWithRelationInput[] {
  switch (q.sort) {
    case 'code':
      return [{ code: 'asc' }];
    case 'title':
      return [{ [locale === 'fr' ? 'titleFr' : 'titleEn']: { sort: 'asc', nulls: 'last' } }, { code: 'asc' }];
    case 'budget':
      return [{ budgetUsd: { sort: 'asc', nulls: 'last' } }, { code: 'asc' }];
    case '-budget':
      return [{ budgetUsd: { sort: 'desc', nulls: 'last' } }, { code: 'asc' }];
    default:
      return [{ updatedAt: 'desc' }, { code: 'asc' }];
  }
}

/** Staff project list: any publication state, with search, filters, "needs review", sort and pagination. */
export async function listAdminProjects(q: AdminProjectQuery, locale: 'en' | 'fr') {
  await requireRole('editor');
  const db = getDb();
  const where = whereFor(q);
  const [rows, total] = await Promise.all([
    db.project.findMany({
      where,
      orderBy: orderFor(q, locale),
      skip: (q.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        code: true,
        titleEn: true,
        titleFr: true,
        summaryEn: true,
        summaryFr: true,
        status: true,
        publicationState: true,
        budgetUsd: true,
        startYear: true,
        endYear: true,
        updatedAt: true,
        region: { select: { slug: true } },
      },
    }),
    db.project.count({ where }),
  ]);
  const year = currentYear();
  const items: AdminProjectRow[] = rows.map((r) => {
    const budgetUsd = r.budgetUsd?.toFixed(2) ?? null;
    return {
      code: r.code,
      titleEn: r.titleEn,
      titleFr: r.titleFr,
      status: r.status,
      publicationState: r.publicationState,
      budgetUsd,
      startYear: r.startYear,
      endYear: r.endYear,
      regionSlug: r.region.slug,
      updatedAt: r.updatedAt.toISOString(),
      review: projectReviewReasons({ ...r, budgetUsd }, year),
    };
  });
  return { items, total, page: q.page, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}
