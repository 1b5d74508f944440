import { z } from 'zod';
import { PROJECT_STATUSES, PUBLICATION_STATES } from '@/lib/domain/project';
import { CENTRE_REVIEW_REASONS, PROJECT_REVIEW_REASONS } from '@/lib/domain/review';
import { CENTRE_STATUSES } from '@/lib/content/centre';
import { routing, type AppLocale } from '@/lib/i18n/routing';
import { queryValues, type SearchParams } from '@/lib/validation/query-params';

// Query string of the staff lists (projects and centres); invalid values are dropped, never thrown.
export const ADMIN_PAGE_SIZE = 25;
export const ADMIN_PROJECT_SORTS = ['-updated', 'code', 'title', 'budget', '-budget'] as const;
export const ADMIN_CENTRE_SORTS = ['-updated', 'slug', 'name', 'country'] as const;

function many<T extends string>(sp: SearchParams, key: string, allowed: readonly T[]): T[] {
  return [...new Set(queryValues(sp, key).filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}
function one<T extends string>(sp: SearchParams, key: string, allowed: readonly T[]): T | null {
  return many(sp, key, allowed)[0] ?? null;
}
const pageSchema = z.coerce.number().int().min(1).max(100_000);

type Common = {
  q: string;
  state: (typeof PUBLICATION_STATES)[number][];
  /** Only records that need translating into these languages (a text missing or out of date). */
  translate: AppLocale[];
  page: number;
};
export type AdminProjectQuery = Common & {
  status: (typeof PROJECT_STATUSES)[number][];
  region: string[];
  review: (typeof PROJECT_REVIEW_REASONS)[number][];
  sort: (typeof ADMIN_PROJECT_SORTS)[number];
};
export type AdminCentreQuery = Common & {
  status: (typeof CENTRE_STATUSES)[number][];
  country: string[];
  review: (typeof CENTRE_REVIEW_REASONS)[number][];
  /** Only centres overdue for verification (next check before today, or never verified): `overdue=1`. */
  overdue: boolean;
  sort: (typeof ADMIN_CENTRE_SORTS)[number];
};

function common(sp: SearchParams): Common {
  const page = pageSchema.safeParse(queryValues(sp, 'page')[0]);
  const q = (queryValues(sp, 'q')[0] ?? '').slice(0, 200);
  return {
    q,
    state: many(sp, 'state', PUBLICATION_STATES),
    translate: many(sp, 'translate', routing.locales),
    page: page.success ? page.data : 1,
  };
}

/** Staff project list query: q, state, translate, status, region, review, sort, page. */
export function parseAdminProjectQuery(sp: SearchParams): AdminProjectQuery {
  return {
    ...common(sp),
    status: many(sp, 'status', PROJECT_STATUSES),
    region: queryValues(sp, 'region').filter((v) => /^[a-z0-9-]{1,64}$/.test(v)),
    review: many(sp, 'review', PROJECT_REVIEW_REASONS),
    sort: one(sp, 'sort', ADMIN_PROJECT_SORTS) ?? '-updated',
  };
}

/** Staff centre list query: q, state, translate, status, country, review, overdue, sort, page. */
export function parseAdminCentreQuery(sp: SearchParams): AdminCentreQuery {
  return {
    ...common(sp),
    status: many(sp, 'status', CENTRE_STATUSES),
    country: queryValues(sp, 'country')
      .map((v) => v.toUpperCase())
      .filter((v) => /^[A-Z]{2}$/.test(v)),
    review: many(sp, 'review', CENTRE_REVIEW_REASONS),
    overdue: queryValues(sp, 'overdue')[0] === '1',
    sort: one(sp, 'sort', ADMIN_CENTRE_SORTS) ?? '-updated',
  };
}

/** Back to a query object for links (pagination, sort headers). */
export function adminQueryToSearch(
  q: Partial<AdminProjectQuery | AdminCentreQuery> & Record<string, unknown>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(q)) {
    if (Array.isArray(v) && v.length) out[k] = v.map(String);
    else if (typeof v === 'string' && v !== '' && !(k === 'sort' && v === '-updated')) out[k] = v;
    else if (k === 'page' && typeof v === 'number' && v > 1) out[k] = String(v);
    else if (v === true) out[k] = '1';
  }
  return out;
}
