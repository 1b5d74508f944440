import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { currentYear } from '@/lib/data/admin-support';
import { getDb } from '@/lib/db';
import type { CentreKind, CentreStatus } from '@/lib/content/centre';
import type { PublicationState } from '@/lib/domain/project';
import { centreReviewReasons, type CentreReviewReason } from '@/lib/domain/review';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ADMIN_PAGE_SIZE, type AdminCentreQuery } from '@/lib/validation/admin-list';

// Staff reads of resource centres in any publication state.
export type AdminCentreRow = {
  slug: string;
  nameEn: string | null;
  nameFr: string | null;
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
  if (reasons.includes('translation')) {
    for (const [en, fr] of [
      ['nameEn', 'nameFr'],
      ['descriptionEn', 'descriptionFr'],
      ['openingHoursEn', 'openingHoursFr'],
    ] as const) {
      or.push({ [en]: null, [fr]: { not: null } }, { [fr]: null, [en]: { not: null } });
    }
  }
  if (reasons.includes('coordinates')) or.push({ latitude: null });
  return or;
}

function whereFor(q: AdminCentreQuery): Prisma.ResourceCentreWhereInput {
  const and: Prisma.ResourceCentreWhereInput[] = [];
  if (q.q) {
    const contains = { contains: q.q, mode: 'insensitive' as const };
    and.push({
      OR: [
        { slug: contains },
        { nameEn: contains },
        { nameFr: contains },
        { locality: contains },
        { operator: contains },
      ],
    });
  }
  if (q.state.length) and.push({ publicationState: { in: q.state } });
  if (q.status.length) and.push({ status: { in: q.status } });
  if (q.country.length) and.push({ countryCode: { in: q.country } });
  if (q.review.length) and.push({ OR: reviewWhere(q.review, currentYear()) });
  return { AND: and };
}

function orderFor(q: AdminCentreQuery, locale: 'en' | 'fr'): Prisma.ResourceCentreOrderByWithRelationInput[] {
  switch (q.sort) {
    case 'slug':
      return [{ slug: 'asc' }];
    case 'name':
      return [{ [locale === 'fr' ? 'nameFr' : 'nameEn']: { sort: 'asc', nulls: 'last' } }, { slug: 'asc' }];
    case 'country':
      return [{ countryCode: 'asc' }, { slug: 'asc' }];
    default:
      return [{ updatedAt: 'desc' }, { slug: 'asc' }];
  }
}

/** Staff centre list: any publication state, with search, filters, "needs review", sort and pagination. */
export async function listAdminCentres(q: AdminCentreQuery, locale: 'en' | 'fr') {
  await requireRole('editor');
  const db = getDb();
  const where = whereFor(q);
  const [rows, total] = await Promise.all([
    db.resourceCentre.findMany({
      where,
      orderBy: orderFor(q, locale),
      skip: (q.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        slug: true,
        nameEn: true,
        nameFr: true,
        descriptionEn: true,
        descriptionFr: true,
        openingHoursEn: true,
        openingHoursFr: true,
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
    db.resourceCentre.count({ where }),
  ]);
  const year = currentYear();
  const items: AdminCentreRow[] = rows.map((r) => ({
    slug: r.slug,
    nameEn: r.nameEn,
    nameFr: r.nameFr,
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
