import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { currentYear, idsContaining, pageByText } from '@/lib/data/admin-support';
import { getDb } from '@/lib/db';
import type { ProjectStatus, PublicationState } from '@/lib/domain/project';
import { localisedOf, type Localised } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';
import { projectReviewReasons, type ProjectReviewReason } from '@/lib/domain/review';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ADMIN_PAGE_SIZE, type AdminProjectQuery } from '@/lib/validation/admin-list';

// Staff reads of projects in any publication state (the public data layer only sees published ones).
export type AdminProjectRow = {
  code: string;
  title: Localised;
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
  if (reasons.includes('translation')) or.push({ needsTranslation: { isEmpty: false } });
  if (reasons.includes('budget')) or.push({ budgetUsd: null });
  return or;
}

async function whereFor(q: AdminProjectQuery): Promise<Prisma.ProjectWhereInput> {
  const and: Prisma.ProjectWhereInput[] = [];
  if (q.q) and.push({ id: { in: await idsContaining(getDb(), 'project', q.q) } });
  if (q.translate.length) and.push({ needsTranslation: { hasSome: q.translate } });
  if (q.state.length) and.push({ publicationState: { in: q.state } });
  if (q.status.length) and.push({ status: { in: q.status } });
  if (q.region.length) and.push({ region: { slug: { in: q.region } } });
  if (q.review.length) and.push({ OR: reviewWhere(q.review, currentYear()) });
  return { AND: and };
}

function orderFor(q: AdminProjectQuery): Prisma.ProjectOrderByWithRelationInput[] {
  switch (q.sort) {
    case 'code':
      return [{ code: 'asc' }];
    case 'budget':
      return [{ budgetUsd: { sort: 'asc', nulls: 'last' } }, { code: 'asc' }];
    case '-budget':
      return [{ budgetUsd: { sort: 'desc', nulls: 'last' } }, { code: 'asc' }];
    default:
      return [{ updatedAt: 'desc' }, { code: 'asc' }];
  }
}

/** Staff project list: any publication state, with search, filters, "needs review", sort and pagination. */
export async function listAdminProjects(q: AdminProjectQuery, locale: AppLocale) {
  await requireRole('editor');
  const db = getDb();
  const filtered = await whereFor(q);
  // Titles are translated jsonb, which SQL cannot sort in the page's language with its fallback: sorted here.
  const byTitle =
    q.sort === 'title'
      ? pageByText(
          (await db.project.findMany({ where: filtered, select: { id: true, title: true } })).map((r) => ({
            id: r.id,
            text: r.title,
          })),
          locale,
          q.page,
          ADMIN_PAGE_SIZE,
        )
      : null;
  const where = byTitle ? { id: { in: byTitle } } : filtered;
  const [found, total] = await Promise.all([
    db.project.findMany({
      where,
      orderBy: orderFor(q),
      skip: byTitle ? 0 : (q.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        title: true,
        needsTranslation: true,
        status: true,
        publicationState: true,
        budgetUsd: true,
        startYear: true,
        endYear: true,
        updatedAt: true,
        region: { select: { slug: true } },
      },
    }),
    db.project.count({ where: filtered }),
  ]);
  const rows = byTitle ? byTitle.flatMap((id) => found.filter((r) => r.id === id)) : found;
  const year = currentYear();
  const items: AdminProjectRow[] = rows.map((r) => {
    const budgetUsd = r.budgetUsd?.toFixed(2) ?? null;
    return {
      code: r.code,
      title: localisedOf(r.title),
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
