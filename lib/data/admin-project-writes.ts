import 'server-only';
import { requireRole, type Actor } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { pendingChanges, projectSnapshot, projectSnapshotSelect, publishedSnapshot } from '@/lib/data/admin-projects';
import { changesSince, requestIp, writeRevision, type WriteResult } from '@/lib/data/admin-support';
import { getDb } from '@/lib/db';
import type { Snapshot } from '@/lib/domain/diff';
import { normaliseProjectCode, PROJECT_CODE_PATTERN, type PublicationState } from '@/lib/domain/project';
import { Prisma } from '@/lib/generated/prisma/client';
import { fieldError, type FieldErrors } from '@/lib/validation/form-errors';
import { parseProjectCreate, parseProjectUpdate, type ProjectInput } from '@/lib/validation/project';

// Staff writes of projects: each in one transaction with its revision and audit row.
type Tx = Prisma.TransactionClient;
type Refs = { regionId: number; typeId: number };

async function resolveRefs(tx: Tx, input: ProjectInput, selfId: number | null): Promise<Refs | FieldErrors> {
  // Sequential on purpose: one connection per transaction.
  const region = await tx.region.findUnique({ where: { slug: input.region }, select: { id: true } });
  const type = await tx.projectType.findUnique({ where: { slug: input.type }, select: { id: true } });
  const countryCount = await tx.country.count({ where: { code: { in: input.countries } } });
  const sameCode = await tx.project.findUnique({ where: { code: input.code }, select: { id: true } });
  const samePrima = input.primaId
    ? await tx.project.findUnique({ where: { primaId: input.primaId }, select: { id: true } })
    : null;
  const errors: FieldErrors = {
    ...(region ? {} : fieldError('region', 'unknownRegion')),
    ...(type ? {} : fieldError('type', 'unknownType')),
    ...(countryCount === input.countries.length ? {} : fieldError('countries', 'unknownCountry')),
    ...(sameCode && sameCode.id !== selfId ? fieldError('code', 'codeTaken') : {}),
    ...(samePrima && samePrima.id !== selfId ? fieldError('primaId', 'primaTaken') : {}),
  };
  return region && type && Object.keys(errors).length === 0 ? { regionId: region.id, typeId: type.id } : errors;
}

function columns(input: ProjectInput, refs: Refs) {
  return {
    code: input.code,
    primaId: input.primaId,
    titleEn: input.titleEn,
    titleFr: input.titleFr,
    summaryEn: input.summaryEn,
    summaryFr: input.summaryFr,
    status: input.status,
    coverage: input.coverage,
    budgetUsd: input.budgetUsd,
    startYear: input.startYear,
    endYear: input.endYear,
    fundingYear: input.fundingYear,
    sourceUrl: input.sourceUrl,
    regionId: refs.regionId,
    typeId: refs.typeId,
  };
}

async function setCountries(tx: Tx, projectId: number, countries: string[]) {
  await tx.projectCountry.deleteMany({ where: { projectId } });
  if (countries.length)
    await tx.projectCountry.createMany({
      data: countries.map((countryCode, position) => ({ projectId, countryCode, position })),
    });
}

const isRefs = (r: Refs | FieldErrors): r is Refs => typeof (r as Refs).regionId === 'number';

function uniqueViolation(e: unknown): WriteResult | null {
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')
    return { ok: false, reason: 'invalid', fieldErrors: fieldError('code', 'codeTaken') };
  return null;
}

/** Internal: creates a project inside `tx` for an actor already checked (admin page and CSV imports reuse it). */
export async function createProjectAs(
  tx: Tx,
  actor: Actor,
  ip: string | null,
  input: ProjectInput,
): Promise<WriteResult> {
  const refs = await resolveRefs(tx, input, null);
  if (!isRefs(refs)) return { ok: false, reason: 'invalid', fieldErrors: refs };
  const state: PublicationState = input.intent === 'publish' ? 'published' : 'draft';
  const { id } = await tx.project.create({
    data: { ...columns(input, refs), publicationState: state },
    select: { id: true },
  });
  await setCountries(tx, id, input.countries);
  const after = projectSnapshot(await tx.project.findUniqueOrThrow({ where: { id }, select: projectSnapshotSelect }));
  await writeRevision(tx, {
    recordType: 'project',
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
      recordType: 'project',
      recordId: input.code,
      ip,
      details: { id, publicationState: state },
    },
    tx,
  );
  return { ok: true, key: input.code, version: 1 };
}

/** Creates a project (a draft unless intent is "publish"), with revision and audit. */
export async function createProject(raw: unknown): Promise<WriteResult> {
  const actor = await requireRole('editor');
  const parsed = parseProjectCreate(raw);
  if (!parsed.ok) return { ok: false, reason: 'invalid', fieldErrors: parsed.fieldErrors };
  const input = parsed.data;
  const ip = await requestIp();
  try {
    return await getDb().$transaction((tx) => createProjectAs(tx, actor, ip, input));
  } catch (e) {
    const r = uniqueViolation(e);
    if (r) return r;
    throw e;
  }
}

/** Internal: updates a project inside `tx` for an actor already checked (version-guarded; revision and audit). */
export async function applyUpdate(
  tx: Tx,
  actor: Actor,
  ip: string | null,
  currentCode: string,
  input: ProjectInput,
  version: number,
  action: 'update' | 'restore' | 'publish',
  keepState: boolean,
): Promise<WriteResult> {
  const row = await tx.project.findUnique({ where: { code: currentCode }, select: projectSnapshotSelect });
  if (!row) return { ok: false, reason: 'not_found' };
  const before = projectSnapshot(row);
  const submitted: Snapshot = { ...before, ...(input as unknown as Snapshot) };
  if (row.version !== version) {
    return {
      ok: false,
      reason: 'conflict',
      currentVersion: row.version,
      current: before,
      changes: await changesSince(tx, 'project', row.id, version, before, submitted),
    };
  }
  const refs = await resolveRefs(tx, input, row.id);
  if (!isRefs(refs)) return { ok: false, reason: 'invalid', fieldErrors: refs };
  // A published project saved as a draft keeps its public version: the changes wait in `draft` until published.
  const pending = !keepState && input.intent === 'draft' && row.publicationState === 'published';
  if (pending && input.code !== row.code)
    return { ok: false, reason: 'invalid', fieldErrors: fieldError('code', 'codeLocked') };
  const state: PublicationState =
    pending || keepState || !input.intent ? row.publicationState : input.intent === 'publish' ? 'published' : 'draft';
  const { intent: _intent, ...draft } = input;
  const updated = await tx.project.updateMany({
    where: { id: row.id, version },
    data: pending
      ? { draft: draft as unknown as Prisma.InputJsonValue, version: { increment: 1 } }
      : { ...columns(input, refs), publicationState: state, draft: Prisma.DbNull, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const now = projectSnapshot(
      await tx.project.findUniqueOrThrow({ where: { id: row.id }, select: projectSnapshotSelect }),
    );
    return {
      ok: false,
      reason: 'conflict',
      currentVersion: version + 1,
      current: now,
      changes: await changesSince(tx, 'project', row.id, version, now, submitted),
    };
  }
  if (!pending) await setCountries(tx, row.id, input.countries);
  const after = projectSnapshot(
    await tx.project.findUniqueOrThrow({ where: { id: row.id }, select: projectSnapshotSelect }),
  );
  await writeRevision(tx, {
    recordType: 'project',
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
      recordType: 'project',
      recordId: input.code,
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
        recordType: 'project',
        recordId: input.code,
        ip,
        details: { id: row.id },
      },
      tx,
    );
  }
  return { ok: true, key: input.code, version: version + 1 };
}

/** Saves a project edited from `version`; refused with the other person's changes when the record moved on. */
export async function updateProject(rawCode: string, raw: unknown): Promise<WriteResult> {
  const actor = await requireRole('editor');
  const parsed = parseProjectUpdate(raw);
  if (!parsed.ok) return { ok: false, reason: 'invalid', fieldErrors: parsed.fieldErrors };
  const code = normaliseProjectCode(String(rawCode));
  if (!PROJECT_CODE_PATTERN.test(code)) return { ok: false, reason: 'not_found' };
  const { version, ...input } = parsed.data;
  const ip = await requestIp();
  try {
    return await getDb().$transaction((tx) => applyUpdate(tx, actor, ip, code, input, version, 'update', false));
  } catch (e) {
    const r = uniqueViolation(e);
    if (r) return r;
    throw e;
  }
}

/** Brings back the content of an earlier revision as a new revision (publication state unchanged). */
export async function restoreProjectRevision(
  rawCode: string,
  revisionId: unknown,
  expectedVersion: unknown,
): Promise<WriteResult> {
  const actor = await requireRole('editor');
  const code = normaliseProjectCode(String(rawCode));
  const id = Number(revisionId);
  const version = Number(expectedVersion);
  if (!PROJECT_CODE_PATTERN.test(code) || !Number.isSafeInteger(id) || !Number.isSafeInteger(version))
    return { ok: false, reason: 'not_found' };
  const ip = await requestIp();
  return getDb().$transaction(async (tx) => {
    const project = await tx.project.findUnique({ where: { code }, select: { id: true } });
    const rev =
      project &&
      (await tx.revision.findFirst({
        where: { id, recordType: 'project', recordId: project.id },
        select: { after: true, before: true },
      }));
    const snapshot = rev ? (rev.after ?? rev.before) : null;
    if (!snapshot) return { ok: false, reason: 'not_found' };
    const parsed = parseProjectCreate(snapshot);
    if (!parsed.ok) return { ok: false, reason: 'invalid', fieldErrors: parsed.fieldErrors };
    return applyUpdate(tx, actor, ip, code, { ...parsed.data, intent: undefined }, version, 'restore', true);
  });
}

/** Internal (called by the bulk publish after its role check): publishes a project's pending draft changes. */
export async function publishPendingProject(
  tx: Tx,
  actor: Actor,
  ip: string | null,
  code: string,
  version: number,
): Promise<boolean> {
  const row = await tx.project.findUnique({ where: { code }, select: projectSnapshotSelect });
  if (!row || row.draft === null) return false;
  const parsed = parseProjectCreate({ ...publishedSnapshot(row), ...pendingChanges(row.draft) });
  if (!parsed.ok) return false;
  const r = await applyUpdate(tx, actor, ip, code, { ...parsed.data, intent: 'publish' }, version, 'publish', false);
  return r.ok;
}
