import 'server-only';
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
