import 'server-only';
import { noticeInForce } from '@/lib/centres/hours';
import { getReadDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { LIST_SELECT, PUBLISHED, toListItem, type CentreLanguage, type CentreListItem } from '@/lib/data/centres';
import { localisedOf, type Localised } from '@/lib/format';
import { NAME_SELECT } from '@/lib/i18n/routing';

export type CentreDetail = CentreListItem & {
  description: Localised;
  openingHours: Localised;
  website: string | null;
  operator: Localised;
  partners: Localised;
  openedYear: number | null;
  lastVerifiedAt: string | null;
  updatedAt: string;
  languages: CentreLanguage[];
  projects: { code: string; title: Localised }[];
};

/** What a centre's practical card reads besides the detail: hours, their time zone, a dated notice. */
export type CentreHoursData = Pick<CentreListItem, 'hours' | 'timeZone' | 'notice' | 'noticeFrom' | 'noticeUntil'>;

const SLUG_PATTERN = /^[a-z0-9-]{1,120}$/;

/** A URL path segment decoded, or as it is when its percent-encoding is malformed (never throws). */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const DETAIL_SELECT = {
  ...LIST_SELECT,
  description: true,
  openingHours: true,
  website: true,
  operator: true,
  partners: true,
  openedYear: true,
  lastVerifiedAt: true,
  updatedAt: true,
  languages: {
    orderBy: { languageCode: 'asc' },
    select: { language: { select: { code: true, ...NAME_SELECT } } },
  },
  projects: {
    where: { project: PUBLISHED },
    orderBy: { project: { code: 'asc' } },
    select: { project: { select: { code: true, title: true } } },
  },
} satisfies Prisma.ResourceCentreSelect;

function toDetail(
  c: Prisma.ResourceCentreGetPayload<{ select: typeof DETAIL_SELECT }>,
): CentreDetail & CentreHoursData {
  return {
    ...toListItem(c),
    description: localisedOf(c.description),
    openingHours: localisedOf(c.openingHours),
    website: c.website,
    operator: localisedOf(c.operator),
    partners: localisedOf(c.partners),
    openedYear: c.openedYear,
    lastVerifiedAt: c.lastVerifiedAt?.toISOString() ?? null,
    updatedAt: c.updatedAt.toISOString(),
    languages: c.languages.map((l) => l.language),
    projects: c.projects.map(({ project: p }) => ({ code: p.code, title: localisedOf(p.title) })),
  };
}

/** One published centre by its slug with everything its page shows (published related projects only), or null. */
export async function getPublishedCentre(rawSlug: string): Promise<(CentreDetail & CentreHoursData) | null> {
  const slug = rawSlug.trim().toLowerCase();
  if (!SLUG_PATTERN.test(slug)) return null;
  const c = await getReadDb().resourceCentre.findFirst({ where: { slug, ...PUBLISHED }, select: DETAIL_SELECT });
  return c ? toDetail(c) : null;
}

/** Every published centre (updated after `modifiedAfter` if given) with all its fields, by slug, for exports (HSDS). */
export async function listPublishedCentreDetails(modifiedAfter?: Date | null): Promise<CentreDetail[]> {
  const where = { ...PUBLISHED, ...(modifiedAfter ? { updatedAt: { gt: modifiedAfter } } : {}) };
  const rows = await getReadDb().resourceCentre.findMany({ where, orderBy: { slug: 'asc' }, select: DETAIL_SELECT });
  return rows.map(toDetail);
}

/** How many centres an export reads at a time. */
const EXPORT_BATCH = 500;

/**
 * Every published centre (updated after `modifiedAfter` if given) by slug, a batch at a time: the ids in order first
 * (a few bytes a centre), then the full rows of each batch, so memory holds one batch whatever the number of centres.
 * A centre changed while the export runs is read as it is when its batch comes; one unpublished meanwhile is left out.
 */
export async function* centreDetailBatches(
  modifiedAfter?: Date | null,
  batchSize = EXPORT_BATCH,
): AsyncGenerator<CentreDetail[]> {
  const where = { ...PUBLISHED, ...(modifiedAfter ? { updatedAt: { gt: modifiedAfter } } : {}) };
  const db = getReadDb();
  const ids = await db.resourceCentre.findMany({ where, orderBy: { slug: 'asc' }, select: { id: true } });
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize).map((r) => r.id);
    // Still matching (published, modified after) when read.
    const rows = await db.resourceCentre.findMany({
      where: { ...where, id: { in: batch } },
      orderBy: { slug: 'asc' },
      select: DETAIL_SELECT,
    });
    yield rows.map(toDetail);
  }
}

// A date column as YYYY-MM-DD (as the list items hold it).
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

/**
 * The slugs of the published centres whose dated notice is in force at `now`, by slug: besides the content, what
 * the HSDS export's `alert`s depend on (a notice starts or ends with the day at its centre, without any edit).
 */
export async function centreNoticesInForce(now: Date): Promise<string[]> {
  const rows = await getReadDb().resourceCentre.findMany({
    where: { ...PUBLISHED, OR: [{ noticeFrom: { not: null } }, { noticeUntil: { not: null } }] },
    orderBy: { slug: 'asc' },
    select: { slug: true, noticeFrom: true, noticeUntil: true, timeZone: true, country: { select: { code: true } } },
  });
  return rows
    .filter((r) => noticeInForce({ ...r, noticeFrom: day(r.noticeFrom), noticeUntil: day(r.noticeUntil) }, now))
    .map((r) => r.slug);
}
