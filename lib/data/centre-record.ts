import 'server-only';
import { recordRow, type RecordHooks, type Tx } from '@/lib/data/record-hooks';
import type { Snapshot } from '@/lib/domain/diff';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseCentreCreate, parseCentreUpdate, type CentreInput } from '@/lib/validation/centre';
import { fieldError, type FieldErrors } from '@/lib/validation/form-errors';

// Resource centres as the write path and the staff pages see them: the snapshot (what revisions store and forms
// show) and the write path's hooks (references, columns, services, languages and related projects).
export const CENTRE_SNAPSHOT_FIELDS = [
  'slug',
  'nameEn',
  'nameFr',
  'descriptionEn',
  'descriptionFr',
  'openingHoursEn',
  'openingHoursFr',
  'kind',
  'status',
  'countryCode',
  'adminArea',
  'locality',
  'streetAddress',
  'latitude',
  'longitude',
  'phone',
  'email',
  'website',
  'operator',
  'partners',
  'openedYear',
  'lastVerifiedAt',
  'services',
  'languages',
  'projects',
  'publicationState',
] as const;

export const centreSnapshotSelect = {
  id: true,
  version: true,
  slug: true,
  nameEn: true,
  nameFr: true,
  descriptionEn: true,
  descriptionFr: true,
  openingHoursEn: true,
  openingHoursFr: true,
  kind: true,
  status: true,
  countryCode: true,
  adminArea: true,
  locality: true,
  streetAddress: true,
  latitude: true,
  longitude: true,
  phone: true,
  email: true,
  website: true,
  operator: true,
  partners: true,
  openedYear: true,
  lastVerifiedAt: true,
  publicationState: true,
  draft: true,
  updatedAt: true,
  services: { select: { service: { select: { slug: true } } }, orderBy: { service: { sortOrder: 'asc' } } },
  languages: { select: { languageCode: true }, orderBy: { languageCode: 'asc' } },
  projects: { select: { project: { select: { code: true } } }, orderBy: { project: { code: 'asc' } } },
} satisfies Prisma.ResourceCentreSelect;

type SnapshotRow = Prisma.ResourceCentreGetPayload<{ select: typeof centreSnapshotSelect }>;

/** The centre as the public sees it (the columns). */
function publishedSnapshot(c: SnapshotRow): Snapshot {
  const { id: _id, version: _v, updatedAt: _u, draft: _d, services, languages, projects, ...rest } = c;
  const { latitude, longitude, lastVerifiedAt, ...plain } = rest;
  return {
    ...plain,
    latitude: latitude?.toFixed(6) ?? null,
    longitude: longitude?.toFixed(6) ?? null,
    lastVerifiedAt: lastVerifiedAt?.toISOString().slice(0, 10) ?? null,
    services: services.map((s) => s.service.slug),
    languages: languages.map((l) => l.languageCode),
    projects: projects.map((p) => p.project.code),
  };
}

const centreRow = (c: SnapshotRow) => recordRow(c, c.slug, publishedSnapshot(c), CENTRE_SNAPSHOT_FIELDS);

/** The whole editable centre as a plain snapshot (also what revisions store); pending draft changes included. */
export function centreSnapshot(c: SnapshotRow): Snapshot {
  return centreRow(c).snapshot;
}

/** Centre slugs: lower-case words of letters and digits joined by hyphens. */
export const CENTRE_SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Refs = { serviceIds: number[]; projectIds: number[] };

async function resolveRefs(
  tx: Tx,
  input: CentreInput,
  selfId: number | null,
): Promise<{ ok: true; refs: Refs } | { ok: false; fieldErrors: FieldErrors }> {
  // Sequential on purpose: one connection per transaction.
  const country = await tx.country.findUnique({ where: { code: input.countryCode }, select: { code: true } });
  const services = await tx.service.findMany({ where: { slug: { in: input.services } }, select: { id: true } });
  const languages = await tx.language.count({ where: { code: { in: input.languages } } });
  const projects = await tx.project.findMany({ where: { code: { in: input.projects } }, select: { id: true } });
  const sameSlug = await tx.resourceCentre.findUnique({ where: { slug: input.slug }, select: { id: true } });
  const errors: FieldErrors = {
    ...(country ? {} : fieldError('countryCode', 'unknownCountry')),
    ...(services.length === input.services.length ? {} : fieldError('services', 'unknownService')),
    ...(languages === input.languages.length ? {} : fieldError('languages', 'unknownLanguage')),
    ...(projects.length === input.projects.length ? {} : fieldError('projects', 'unknownProject')),
    ...(sameSlug && sameSlug.id !== selfId ? fieldError('slug', 'slugTaken') : {}),
  };
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return { ok: true, refs: { serviceIds: services.map((s) => s.id), projectIds: projects.map((p) => p.id) } };
}

function columns(input: CentreInput) {
  const { services: _s, languages: _l, projects: _p, intent: _i, lastVerifiedAt, ...rest } = input;
  return { ...rest, lastVerifiedAt: lastVerifiedAt ? new Date(`${lastVerifiedAt}T00:00:00Z`) : null };
}

async function setLinks(tx: Tx, centreId: number, input: CentreInput, refs: Refs) {
  await tx.centreService.deleteMany({ where: { centreId } });
  await tx.centreLanguage.deleteMany({ where: { centreId } });
  await tx.centreProject.deleteMany({ where: { centreId } });
  if (refs.serviceIds.length)
    await tx.centreService.createMany({ data: refs.serviceIds.map((serviceId) => ({ centreId, serviceId })) });
  if (input.languages.length)
    await tx.centreLanguage.createMany({ data: input.languages.map((languageCode) => ({ centreId, languageCode })) });
  if (refs.projectIds.length)
    await tx.centreProject.createMany({ data: refs.projectIds.map((projectId) => ({ centreId, projectId })) });
}

/** How the write path reads and writes resource centres. */
export const centreHooks: RecordHooks<CentreInput, ReturnType<typeof columns>> = {
  recordType: 'resource_centre',
  keyField: 'slug',
  keyTaken: 'slugTaken',
  keyLocked: 'slugLocked',
  normaliseKey: (raw) => {
    const slug = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    return CENTRE_SLUG_PATTERN.test(slug) ? slug : null;
  },
  keyOf: (input) => input.slug,
  parseCreate: parseCentreCreate,
  parseUpdate: parseCentreUpdate,
  find: async (tx, where) =>
    (
      await tx.resourceCentre.findMany({
        where: 'id' in where ? { id: where.id } : { slug: { in: where.keys } },
        select: centreSnapshotSelect,
        orderBy: { slug: 'asc' },
      })
    ).map(centreRow),
  prepare: async (tx, input, selfId) => {
    const resolved = await resolveRefs(tx, input, selfId);
    if (!resolved.ok) return resolved;
    const children = (id: number) => setLinks(tx, id, input, resolved.refs);
    return { ok: true, columns: columns(input), children };
  },
  table: (tx) => tx.resourceCentre,
};
