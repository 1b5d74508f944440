import 'server-only';
import { getReadDb } from '@/lib/db';
import { localisedSql } from '@/lib/data/projects-sql';
import { Prisma } from '@/lib/generated/prisma/client';
import { localisedOf, type Localised } from '@/lib/format';
import { NAME_SELECT, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';
import type { CentreKind, CentreStatus } from '@/lib/content/centre';
import type { CentreFilters } from '@/lib/validation/centre-filters';

export type NamedRef = LocalisedNames;
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
  /** Practical details: the list shows open now and an active notice, and prints the rest for caseworkers. */
  streetAddress: string | null;
  phone: string | null;
  email: string | null;
  /** Opening hours in OpenStreetMap syntax, evaluated in `timeZone` (none: the country's). */
  hours: string | null;
  timeZone: string | null;
  /** A dated temporary notice, shown while it applies (YYYY-MM-DD bounds, either open). */
  notice: Localised;
  noticeFrom: string | null;
  noticeUntil: string | null;
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
  name: true,
  kind: true,
  status: true,
  locality: true,
  adminArea: true,
  latitude: true,
  longitude: true,
  updatedAt: true,
  streetAddress: true,
  phone: true,
  email: true,
  hours: true,
  timeZone: true,
  notice: true,
  noticeFrom: true,
  noticeUntil: true,
  country: { select: { code: true, ...NAME_SELECT } },
  services: {
    orderBy: { service: { sortOrder: 'asc' } },
    select: { service: { select: { slug: true, ...NAME_SELECT } } },
  },
} satisfies Prisma.ResourceCentreSelect;

type ListRow = Prisma.ResourceCentreGetPayload<{ select: typeof LIST_SELECT }>;

/** A list row as a plain object (translated text by language, decimals to numbers, join rows flattened). */
export function toListItem(r: ListRow): CentreListItem {
  return {
    slug: r.slug,
    name: localisedOf(r.name),
    kind: r.kind,
    status: r.status,
    locality: r.locality,
    adminArea: r.adminArea,
    country: r.country,
    latitude: r.latitude === null ? null : Number(r.latitude),
    longitude: r.longitude === null ? null : Number(r.longitude),
    services: r.services.map((s) => s.service),
    updatedAt: r.updatedAt.toISOString(),
    streetAddress: r.streetAddress,
    phone: r.phone,
    email: r.email,
    hours: r.hours,
    timeZone: r.timeZone,
    notice: localisedOf(r.notice),
    noticeFrom: day(r.noticeFrom),
    noticeUntil: day(r.noticeUntil),
  };
}

// A date column as YYYY-MM-DD.
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

// The search document of a centre row `c` (what the GIN index resource_centre_search_idx holds).
const DOCUMENT = Prisma.sql`public.centre_search_document(c.name, c.description, c.locality, c.admin_area, c.operator)`;

// Centres of a country whose name, in any language, holds every word searched (table alias `k`; the country table is
// small, so this needs no index of its own and leaves the GIN index of the documents to the other branch).
const COUNTRY_NAMES = Prisma.sql`to_tsvector('pg_catalog.simple'::regconfig,
  public.centre_unaccent(k.name_en || ' ' || k.name_fr || ' ' || k.name_es))`;

// A centre found by its country's name alone ranks below any centre whose own text matches.
const COUNTRY_RANK = 0.01;

/**
 * Published centres whose search document, or whose country's name in any language, matches the words of q, best
 * first (the ranking of a search); null when q has no word, i.e. no text condition. The tsquery is built in PostgreSQL
 * from the lexemes of the unaccented text (public.centre_search_query), so no typed character ever reaches the tsquery
 * syntax. The two matches are a UNION, not an OR, so the document branch keeps its GIN index.
 */
async function searchRanks(q: string): Promise<Map<number, number> | null> {
  // One row with a null id when nothing matches; `words` tells "no match" from "no word". Cover density (as for
  // projects): words found together rank first, however often each one occurs apart in the other languages' texts.
  const rows = await getReadDb().$queryRaw<{ id: number | null; rank: number | null; words: boolean }[]>`
    WITH s AS (SELECT public.centre_search_query(${q}::text) AS query),
    hits AS (
      SELECT c.id, ts_rank_cd(${DOCUMENT}, s.query) AS rank
      FROM s JOIN resource_centre c ON c.publication_state = 'published' AND ${DOCUMENT} @@ s.query
      UNION ALL
      SELECT c.id, ${COUNTRY_RANK}::float4 AS rank
      FROM s JOIN country k ON ${COUNTRY_NAMES} @@ s.query
      JOIN resource_centre c ON c.publication_state = 'published' AND c.country_code = k.code
    )
    SELECT h.id, h.rank, s.query IS NOT NULL AS words
    FROM s LEFT JOIN (SELECT id, max(rank) AS rank FROM hits GROUP BY id) AS h ON true`;
  if (!rows[0]?.words) return null;
  return new Map(rows.flatMap((r) => (r.id === null ? [] : [[r.id, Number(r.rank)] as const])));
}

/** The WHERE clause (table alias `c`) of the published centres matching the filters, and the ids a search found. */
function whereSql(filters: CentreFilters, ids: number[] | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`c.publication_state = 'published'`];
  const list = (values: readonly string[], type?: string) =>
    Prisma.join(values.map((v) => (type ? Prisma.sql`${v}::${Prisma.raw(`"${type}"`)}` : Prisma.sql`${v}`)));
  if (ids) parts.push(Prisma.sql`c.id = ANY(${ids}::int[])`);
  if (filters.modifiedAfter) parts.push(Prisma.sql`c.updated_at > ${filters.modifiedAfter.toISOString()}::timestamptz`);
  if (filters.country.length) parts.push(Prisma.sql`c.country_code IN (${list(filters.country)})`);
  if (filters.kind.length) parts.push(Prisma.sql`c.kind IN (${list(filters.kind, 'CentreKind')})`);
  if (filters.status.length) parts.push(Prisma.sql`c.status IN (${list(filters.status, 'CentreStatus')})`);
  if (filters.language.length) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM centre_language cl
      WHERE cl.centre_id = c.id AND cl.language_code IN (${list(filters.language)}))`);
  }
  // Several services: centres offering every one of them.
  for (const slug of filters.service) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM centre_service cs JOIN service s ON s.id = cs.service_id
      WHERE cs.centre_id = c.id AND s.slug = ${slug})`);
  }
  return Prisma.join(parts, ' AND ');
}

/**
 * The WHERE clause (table alias `c`) of the published centres matching the filters, paging aside (a search runs
 * first), for reads in another order such as the Atom feed of a view (lib/data/feeds.ts).
 */
export async function matchingCentresSql(filters: CentreFilters): Promise<Prisma.Sql> {
  const ranks = filters.q ? await searchRanks(filters.q) : null;
  return whereSql(filters, ranks ? [...ranks.keys()] : null);
}

/** The list rows of these centre ids, in the order of the ids. */
async function rowsOf(ids: number[]): Promise<CentreListItem[]> {
  if (ids.length === 0) return [];
  const found = await getReadDb().resourceCentre.findMany({ where: { id: { in: ids } }, select: LIST_SELECT });
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toListItem(row)] : [];
  });
}

// The rank of a centre's status in the default order: the centres one can visit now come first.
const STATUS_ORDER = Prisma.sql`CASE c.status WHEN 'operational' THEN 0 WHEN 'planned' THEN 1
  WHEN 'temporarily_closed' THEN 2 ELSE 3 END`;

/** Published centres matching the filters (search ranked first when q is set): one page and the total count. */
export async function listPublishedCentres(filters: CentreFilters, locale: AppLocale): Promise<CentreListResult> {
  const db = getReadDb();
  const ranks = filters.q ? await searchRanks(filters.q) : null;
  const where = whereSql(filters, ranks ? [...ranks.keys()] : null);
  // Open centres first (then planned, temporarily closed, closed), each by name in the page's language (else the
  // name it is shown by), as the list shows them. A search orders by rank, and this breaks its ties.
  const order = Prisma.sql`${STATUS_ORDER} ASC, ${localisedSql(Prisma.sql`c.name`, locale)} ASC NULLS LAST, c.slug ASC`;
  const skip = (filters.page - 1) * filters.pageSize;
  let ids: number[];
  let total: number;
  if (ranks) {
    // Few centres match a search: order all matching ids by rank (names break ties), then read the one page.
    const matching = await db.$queryRaw<{ id: number }[]>`
      SELECT c.id FROM resource_centre c WHERE ${where} ORDER BY ${order}`;
    const all = matching.map((m) => m.id).sort((a, b) => (ranks.get(b) ?? 0) - (ranks.get(a) ?? 0));
    total = all.length;
    ids = all.slice(skip, skip + filters.pageSize);
  } else {
    const [page, [count]] = await Promise.all([
      db.$queryRaw<{ id: number }[]>`
        SELECT c.id FROM resource_centre c WHERE ${where} ORDER BY ${order}
        LIMIT ${filters.pageSize}::int OFFSET ${skip}::int`,
      db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM resource_centre c WHERE ${where}`,
    ]);
    ids = page.map((r) => r.id);
    total = count?.n ?? 0;
  }
  return {
    items: await rowsOf(ids),
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
  const rows = await getReadDb().$queryRaw<{ id: number }[]>`
    SELECT c.id FROM resource_centre c
    WHERE ${whereSql(filters, ranks ? [...ranks.keys()] : null)} AND c.latitude IS NOT NULL AND c.longitude IS NOT NULL
    ORDER BY c.slug LIMIT ${MAX_MARKERS}::int`;
  return rowsOf(rows.map((r) => r.id));
}
