import 'server-only';
import { getDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Localised } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';
import type { CentreKind, CentreStatus } from '@/lib/content/centre';
import type { CentreFilters } from '@/lib/validation/centre-filters';

export type NamedRef = { nameEn: string; nameFr: string };
export type CentreService = NamedRef & { slug: string };
export type CentreLanguage = NamedRef & { code: string };

export type CentreListItem = {
  slug: string;
  name: Localised;
  kind: CentreKind;
  status: CentreStatus;
  locality: string | null;
  adminArea: string | null;
  country: NamedRef & { code: string };
  latitude: number | null;
  longitude: number | null;
  services: CentreService[];
  updatedAt: string;
};

export type CentreListResult = {
  items: CentreListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

export const PUBLISHED = { publicationState: 'published' } as const;

export const LIST_SELECT = {
  id: true,
  slug: true,
  nameEn: true,
  nameFr: true,
  kind: true,
  status: true,
  locality: true,
  adminArea: true,
  latitude: true,
  longitude: true,
  updatedAt: true,
  country: { select: { code: true, nameEn: true, nameFr: true } },
  services: {
    orderBy: { service: { sortOrder: 'asc' } },
    select: { service: { select: { slug: true, nameEn: true, nameFr: true } } },
  },
} satisfies Prisma.ResourceCentreSelect;

type ListRow = Prisma.ResourceCentreGetPayload<{ select: typeof LIST_SELECT }>;

/** A list row as a plain object (decimals to numbers, join rows flattened). */
export function toListItem(r: ListRow): CentreListItem {
  return {
    slug: r.slug,
    name: { en: r.nameEn, fr: r.nameFr },
    kind: r.kind,
    status: r.status,
    locality: r.locality,
    adminArea: r.adminArea,
    country: r.country,
    latitude: r.latitude === null ? null : Number(r.latitude),
    longitude: r.longitude === null ? null : Number(r.longitude),
    services: r.services.map((s) => s.service),
    updatedAt: r.updatedAt.toISOString(),
  };
}

// The search document of a centre row `c` (what the GIN index resource_centre_search_idx holds).
const DOCUMENT = Prisma.sql`centre_search_document(c.name_en, c.name_fr, c.description_en, c.description_fr, c.locality,
  c.admin_area, c.operator)`;

/**
 * Published centres whose search document matches the words of q, best first (the ranking of a search); null when q
 * has no word, i.e. no text condition. The tsquery is built in PostgreSQL from the lexemes of the unaccented text
 * (public.centre_search_query), so no typed character ever reaches the tsquery syntax.
 */
async function searchRanks(q: string): Promise<Map<number, number> | null> {
  // One row with a null id when nothing matches; `words` tells "no match" from "no word".
  const rows = await getDb().$queryRaw<{ id: number | null; rank: number | null; words: boolean }[]>`
    SELECT c.id, ts_rank(${DOCUMENT}, s.query) AS rank, s.query IS NOT NULL AS words
    FROM (SELECT public.centre_search_query(${q}::text) AS query) AS s
    LEFT JOIN resource_centre c ON c.publication_state = 'published' AND ${DOCUMENT} @@ s.query`;
  if (!rows[0]?.words) return null;
  return new Map(rows.flatMap((r) => (r.id === null ? [] : [[r.id, Number(r.rank)] as const])));
}

function whereFor(filters: CentreFilters, ids: number[] | null): Prisma.ResourceCentreWhereInput {
  return {
    ...PUBLISHED,
    ...(ids ? { id: { in: ids } } : {}),
    ...(filters.modifiedAfter ? { updatedAt: { gt: filters.modifiedAfter } } : {}),
    ...(filters.country.length ? { countryCode: { in: filters.country } } : {}),
    ...(filters.kind.length ? { kind: { in: filters.kind } } : {}),
    ...(filters.status.length ? { status: { in: filters.status } } : {}),
    ...(filters.language.length ? { languages: { some: { languageCode: { in: filters.language } } } } : {}),
    // Several services: centres offering every one of them.
    ...(filters.service.length
      ? { AND: filters.service.map((slug) => ({ services: { some: { service: { slug } } } })) }
      : {}),
  };
}

/** Published centres matching the filters (search ranked first when q is set): one page and the total count. */
export async function listPublishedCentres(filters: CentreFilters, locale: AppLocale): Promise<CentreListResult> {
  const db = getDb();
  const ranks = filters.q ? await searchRanks(filters.q) : null;
  const where = whereFor(filters, ranks ? [...ranks.keys()] : null);
  const name = locale === 'fr' ? 'nameFr' : 'nameEn';
  const orderBy: Prisma.ResourceCentreOrderByWithRelationInput[] = [
    { [name]: { sort: 'asc', nulls: 'last' } },
    { slug: 'asc' },
  ];
  const skip = (filters.page - 1) * filters.pageSize;
  let rows: ListRow[];
  let total: number;
  if (ranks) {
    // Few centres match a search: order all matching ids by rank, then read the one page.
    const matching = await db.resourceCentre.findMany({ where, orderBy, select: { id: true } });
    const ids = matching.map((m) => m.id).sort((a, b) => (ranks.get(b) ?? 0) - (ranks.get(a) ?? 0));
    total = ids.length;
    const pageIds = ids.slice(skip, skip + filters.pageSize);
    const found = await db.resourceCentre.findMany({ where: { id: { in: pageIds } }, select: LIST_SELECT });
    rows = pageIds.map((id) => found.find((r) => r.id === id)).filter((r): r is ListRow => r !== undefined);
  } else {
    [rows, total] = await Promise.all([
      db.resourceCentre.findMany({ where, orderBy, skip, take: filters.pageSize, select: LIST_SELECT }),
      db.resourceCentre.count({ where }),
    ]);
  }
  return {
    items: rows.map(toListItem),
    total,
    page: filters.page,
    pageSize: filters.pageSize,
    pageCount: Math.max(1, Math.ceil(total / filters.pageSize)),
  };
}

// A map stays readable (and the page small) up to this many markers.
const MAX_MARKERS = 1000;

/** Published centres matching the filters with coordinates, for the map (no paging, at most MAX_MARKERS). */
export async function listCentreMarkers(filters: CentreFilters): Promise<CentreListItem[]> {
  const ranks = filters.q ? await searchRanks(filters.q) : null;
  const rows = await getDb().resourceCentre.findMany({
    where: {
      ...whereFor(filters, ranks ? [...ranks.keys()] : null),
      latitude: { not: null },
      longitude: { not: null },
    },
    orderBy: { slug: 'asc' },
    take: MAX_MARKERS,
    select: LIST_SELECT,
  });
  return rows.map(toListItem);
}
