import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { currentYear, idsContaining, pageByText } from '@/lib/data/admin-support';
import { getDb } from '@/lib/db';
import type { CentreKind, CentreStatus } from '@/lib/content/centre';
import type { PublicationState } from '@/lib/domain/project';
import { localisedOf, type Localised } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';
import { centreReviewReasons, type CentreReviewReason } from '@/lib/domain/review';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ADMIN_PAGE_SIZE, type AdminCentreQuery } from '@/lib/validation/admin-list';

// Staff reads of resource centres in any publication state.
export type AdminCentreRow = {
  slug: string;
  name: Localised;
  countryCode: string;
  locality: string | null;
  status: CentreStatus;
  kind: CentreKind;
  publicationState: PublicationState;
  updatedAt: string;
  review: CentreReviewReason[];
};

function reviewWhere(reasons: AdminCentreQuery['review'], year: number): Prisma.ResourceCentreWhereInput[] {
  const or: Prisma.ResourceCentreWhereInput[] = [];
  if (reasons.includes('dates'))
    or.push({ status: 'planned', openedYear: { lt: year } }, { status: { not: 'planned' }, openedYear: { gt: year } });
  if (reasons.includes('translation')) or.push({ needsTranslation: { isEmpty: false } });
  if (reasons.includes('coordinates')) or.push({ latitude: null });
  return or;
}

/** Centres overdue for verification: their next check is before today (UTC), or they were never verified. */
function overdueWhere(now: Date = new Date()): Prisma.ResourceCentreWhereInput {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { OR: [{ nextCheckDue: { lt: today } }, { lastVerifiedAt: null }] };
}

/** How many centres (any publication state but archived) are overdue for verification: the staff home's count. */
export async function countOverdueCentres(): Promise<number> {
  await requireRole('editor');
  return getDb().resourceCentre.count({ where: { AND: [overdueWhere(), { publicationState: { not: 'archived' } }] } });
}

/** When a centre was last confirmed as verified and when it is due to be checked again (staff edit page). */
export async function getCentreVerification(
  slug: string,
): Promise<{ lastVerifiedAt: string | null; nextCheckDue: string | null; overdue: boolean } | null> {
  await requireRole('editor');
  const c = await getDb().resourceCentre.findUnique({
    where: { slug },
    select: { lastVerifiedAt: true, nextCheckDue: true },
  });
  if (!c) return null;
  const nextCheckDue = c.nextCheckDue?.toISOString().slice(0, 10) ?? null;
  const today = new Date().toISOString().slice(0, 10);
  return {
    lastVerifiedAt: c.lastVerifiedAt?.toISOString() ?? null,
    nextCheckDue,
    overdue: !c.lastVerifiedAt || (nextCheckDue !== null && nextCheckDue < today),
  };
}

async function whereFor(q: AdminCentreQuery): Promise<Prisma.ResourceCentreWhereInput> {
  const and: Prisma.ResourceCentreWhereInput[] = [];
  if (q.q) and.push({ id: { in: await idsContaining(getDb(), 'resource_centre', q.q) } });
  if (q.translate.length) and.push({ needsTranslation: { hasSome: q.translate } });
  if (q.state.length) and.push({ publicationState: { in: q.state } });
  if (q.status.length) and.push({ status: { in: q.status } });
  if (q.country.length) and.push({ countryCode: { in: q.country } });
  if (q.review.length) and.push({ OR: reviewWhere(q.review, currentYear()) });
  if (q.overdue) and.push(overdueWhere());
  return { AND: and };
}

function orderFor(q: AdminCentreQuery): Prisma.ResourceCentreOrderByWithRelationInput[] {
  switch (q.sort) {
    case 'slug':
      return [{ slug: 'asc' }];
    case 'country':
      return [{ countryCode: 'asc' }, { slug: 'asc' }];
    default:
      return [{ updatedAt: 'desc' }, { slug: 'asc' }];
  }
}

/** Staff centre list: any publication state, with search, filters, "needs review", sort and pagination. */
export async function listAdminCentres(q: AdminCentreQuery, locale: AppLocale) {
  await requireRole('editor');
  const db = getDb();
  const filtered = await whereFor(q);
  // Names are translated jsonb, which SQL cannot sort in the page's language with its fallback: sorted here.
  const byName =
    q.sort === 'name'
      ? pageByText(
          (await db.resourceCentre.findMany({ where: filtered, select: { id: true, name: true } })).map((r) => ({
            id: r.id,
            text: r.name,
          })),
          locale,
          q.page,
          ADMIN_PAGE_SIZE,
        )
      : null;
  const where = byName ? { id: { in: byName } } : filtered;
  const [found, total] = await Promise.all([
    db.resourceCentre.findMany({
      where,
      orderBy: orderFor(q),
      skip: byName ? 0 : (q.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        name: true,
        needsTranslation: true,
        countryCode: true,
        locality: true,
        status: true,
        kind: true,
        openedYear: true,
        latitude: true,
        publicationState: true,
        updatedAt: true,
      },
    }),
    db.resourceCentre.count({ where: filtered }),
  ]);
  const rows = byName ? byName.flatMap((id) => found.filter((r) => r.id === id)) : found;
  const year = currentYear();
  const items: AdminCentreRow[] = rows.map((r) => ({
    slug: r.slug,
    name: localisedOf(r.name),
    countryCode: r.countryCode,
    locality: r.locality,
    status: r.status,
    kind: r.kind,
    publicationState: r.publicationState,
    updatedAt: r.updatedAt.toISOString(),
    review: centreReviewReasons({ ...r, latitude: r.latitude?.toFixed(6) ?? null }, year),
  }));
  return { items, total, page: q.page, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}
