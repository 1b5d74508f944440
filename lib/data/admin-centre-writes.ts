import 'server-only';
import { requireRole, type Actor } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import {
  centreSnapshot,
  centreSnapshotSelect,
  pendingCentreChanges,
  publishedCentreSnapshot,
} from '@/lib/data/admin-centres';
import { changesSince, requestIp, writeRevision, type WriteResult } from '@/lib/data/admin-support';
import { getDb } from '@/lib/db';
import type { Snapshot } from '@/lib/domain/diff';
import type { PublicationState } from '@/lib/domain/project';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseCentreCreate, parseCentreUpdate, type CentreInput } from '@/lib/validation/centre';
import { fieldError, type FieldErrors } from '@/lib/validation/form-errors';

// Staff writes of resource centres: each in one transaction with its revision and audit row.
type Tx = Prisma.TransactionClient;
type Refs = { serviceIds: number[]; projectIds: number[] };
const isRefs = (r: Refs | FieldErrors): r is Refs => Array.isArray((r as Refs).serviceIds);

async function resolveRefs(tx: Tx, input: CentreInput, selfId: number | null): Promise<Refs | FieldErrors> {
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
  return Object.keys(errors).length
    ? errors
    : { serviceIds: services.map((s) => s.id), projectIds: projects.map((p) => p.id) };
}

function columns(input: CentreInput) {
  const { services: _s, languages: _l, projects: _p, intent: _i, lastVerifiedAt, ...rest } = input;
  return { ...rest, lastVerifiedAt: lastVerifiedAt ? new Date(`${lastVerifiedAt}T00:00:00Z`) : null };
}

async function setLinks(
  tx: Tx,
  centreId: number,
  input: CentreInput,
  refs: { serviceIds: number[]; projectIds: number[] },
) {
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

const load = async (tx: Tx, where: Prisma.ResourceCentreWhereUniqueInput) =>
  tx.resourceCentre.findUnique({ where, select: centreSnapshotSelect });

function uniqueViolation(e: unknown): WriteResult | null {
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')
    return { ok: false, reason: 'invalid', fieldErrors: fieldError('slug', 'slugTaken') };
  return null;
}

/** Creates a centre (a draft unless intent is "publish"), with revision and audit. */
export async function createCentre(raw: unknown): Promise<WriteResult> {
  const actor = await requireRole('editor');
  const parsed = parseCentreCreate(raw);
  if (!parsed.ok) return { ok: false, reason: 'invalid', fieldErrors: parsed.fieldErrors };
  const input = parsed.data;
  const ip = await requestIp();
  try {
    return await getDb().$transaction(async (tx) => {
      const refs = await resolveRefs(tx, input, null);
      if (!isRefs(refs)) return { ok: false, reason: 'invalid', fieldErrors: refs };
      const state: PublicationState = input.intent === 'publish' ? 'published' : 'draft';
      const { id } = await tx.resourceCentre.create({
        data: { ...columns(input), publicationState: state },
        select: { id: true },
      });
      await setLinks(tx, id, input, refs);
      const after = centreSnapshot((await load(tx, { id }))!);
      await writeRevision(tx, {
        recordType: 'resource_centre',
        recordId: id,
        version: 1,
        action: 'create',
        actor,
        before: null,
        after,
      });
      await recordAudit(
        {
          actorId: actor.userId,
          actorEmail: actor.email,
          action: 'create',
          recordType: 'resource_centre',
          recordId: input.slug,
          ip,
          details: { id, publicationState: state },
        },
        tx,
      );
      return { ok: true, key: input.slug, version: 1 };
    });
  } catch (e) {
    const r = uniqueViolation(e);
    if (r) return r;
    throw e;
  }
}

async function applyUpdate(
  tx: Tx,
  actor: Actor,
  ip: string | null,
  slug: string,
  input: CentreInput,
  version: number,
  action: 'update' | 'restore' | 'publish',
  keepState: boolean,
): Promise<WriteResult> {
  const row = await load(tx, { slug });
  if (!row) return { ok: false, reason: 'not_found' };
  const before = centreSnapshot(row);
  const submitted: Snapshot = { ...before, ...(input as unknown as Snapshot) };
  if (row.version !== version) {
    return {
      ok: false,
      reason: 'conflict',
      currentVersion: row.version,
      current: before,
      changes: await changesSince(tx, 'resource_centre', row.id, version, before, submitted),
    };
  }
  const refs = await resolveRefs(tx, input, row.id);
  if (!isRefs(refs)) return { ok: false, reason: 'invalid', fieldErrors: refs };
  // A published centre saved as a draft keeps its public version: the changes wait in `draft` until published.
  const pending = !keepState && input.intent === 'draft' && row.publicationState === 'published';
  if (pending && input.slug !== row.slug)
    return { ok: false, reason: 'invalid', fieldErrors: fieldError('slug', 'slugLocked') };
  const state: PublicationState =
    pending || keepState || !input.intent ? row.publicationState : input.intent === 'publish' ? 'published' : 'draft';
  const { intent: _intent, ...draft } = input;
  const updated = await tx.resourceCentre.updateMany({
    where: { id: row.id, version },
    data: pending
      ? { draft: draft as unknown as Prisma.InputJsonValue, version: { increment: 1 } }
      : { ...columns(input), publicationState: state, draft: Prisma.DbNull, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const now = centreSnapshot((await load(tx, { id: row.id }))!);
    return {
      ok: false,
      reason: 'conflict',
      currentVersion: version + 1,
      current: now,
      changes: await changesSince(tx, 'resource_centre', row.id, version, now, submitted),
    };
  }
  if (!pending) await setLinks(tx, row.id, input, refs);
  const after = centreSnapshot((await load(tx, { id: row.id }))!);
  await writeRevision(tx, {
    recordType: 'resource_centre',
    recordId: row.id,
    version: version + 1,
    action,
    actor,
    before,
    after,
  });
  await recordAudit(
    {
      actorId: actor.userId,
      actorEmail: actor.email,
      action,
      recordType: 'resource_centre',
      recordId: input.slug,
      ip,
      details: { id: row.id, version: version + 1, publicationState: state, pendingDraft: pending },
    },
    tx,
  );
  if (state !== row.publicationState) {
    await recordAudit(
      {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: state === 'published' ? 'publish' : 'unpublish',
        recordType: 'resource_centre',
        recordId: input.slug,
        ip,
        details: { id: row.id },
      },
      tx,
    );
  }
  return { ok: true, key: input.slug, version: version + 1 };
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Saves a centre edited from `version`; refused with the other person's changes when the record moved on. */
export async function updateCentre(rawSlug: string, raw: unknown): Promise<WriteResult> {
  const actor = await requireRole('editor');
  const parsed = parseCentreUpdate(raw);
  if (!parsed.ok) return { ok: false, reason: 'invalid', fieldErrors: parsed.fieldErrors };
  const slug = String(rawSlug).toLowerCase();
  if (!SLUG.test(slug)) return { ok: false, reason: 'not_found' };
  const { version, ...input } = parsed.data;
  const ip = await requestIp();
  try {
    return await getDb().$transaction((tx) => applyUpdate(tx, actor, ip, slug, input, version, 'update', false));
  } catch (e) {
    const r = uniqueViolation(e);
    if (r) return r;
    throw e;
  }
}

/** Brings back the content of an earlier centre revision as a new revision (publication state unchanged). */
export async function restoreCentreRevision(
  rawSlug: string,
  revisionId: unknown,
  expectedVersion: unknown,
): Promise<WriteResult> {
  const actor = await requireRole('editor');
  const slug = String(rawSlug).toLowerCase();
  const id = Number(revisionId);
  const version = Number(expectedVersion);
  if (!SLUG.test(slug) || !Number.isSafeInteger(id) || !Number.isSafeInteger(version))
    return { ok: false, reason: 'not_found' };
  const ip = await requestIp();
  return getDb().$transaction(async (tx) => {
    const centre = await tx.resourceCentre.findUnique({ where: { slug }, select: { id: true } });
    const rev =
      centre &&
      (await tx.revision.findFirst({
        where: { id, recordType: 'resource_centre', recordId: centre.id },
        select: { after: true, before: true },
      }));
    const snapshot = rev ? (rev.after ?? rev.before) : null;
    if (!snapshot) return { ok: false, reason: 'not_found' };
    const parsed = parseCentreCreate(snapshot);
    if (!parsed.ok) return { ok: false, reason: 'invalid', fieldErrors: parsed.fieldErrors };
    return applyUpdate(tx, actor, ip, slug, { ...parsed.data, intent: undefined }, version, 'restore', true);
  });
}

/** Internal (called by the bulk publish after its role check): publishes a centre's pending draft changes. */
export async function publishPendingCentre(
  tx: Tx,
  actor: Actor,
  ip: string | null,
  slug: string,
  version: number,
): Promise<boolean> {
  const row = await load(tx, { slug });
  if (!row || row.draft === null) return false;
  const parsed = parseCentreCreate({ ...publishedCentreSnapshot(row), ...pendingCentreChanges(row.draft) });
  if (!parsed.ok) return false;
  const r = await applyUpdate(tx, actor, ip, slug, { ...parsed.data, intent: 'publish' }, version, 'publish', false);
  return r.ok;
}
