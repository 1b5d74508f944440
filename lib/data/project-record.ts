import 'server-only';
import { recordRow, type RecordHooks, type Tx } from '@/lib/data/record-hooks';
import type { Snapshot } from '@/lib/domain/diff';
import { normaliseProjectCode, PROJECT_CODE_PATTERN } from '@/lib/domain/project';
import type { Prisma } from '@/lib/generated/prisma/client';
import { fieldError, type FieldErrors } from '@/lib/validation/form-errors';
import { parseProjectCreate, parseProjectUpdate, type ProjectInput } from '@/lib/validation/project';

// Projects as the write path and the staff pages see them: the snapshot (what revisions store and forms show) and
// the write path's hooks (references, columns, beneficiary countries).
export const PROJECT_SNAPSHOT_FIELDS = [
  'code',
  'primaId',
  'titleEn',
  'titleFr',
  'summaryEn',
  'summaryFr',
  'status',
  'coverage',
  'type',
  'region',
  'budgetUsd',
  'startYear',
  'endYear',
  'fundingYear',
  'sourceUrl',
  'countries',
  'publicationState',
] as const;

export const projectSnapshotSelect = {
  id: true,
  version: true,
  code: true,
  primaId: true,
  titleEn: true,
  titleFr: true,
  summaryEn: true,
  summaryFr: true,
  status: true,
  coverage: true,
  budgetUsd: true,
  startYear: true,
  endYear: true,
  fundingYear: true,
  sourceUrl: true,
  publicationState: true,
  draft: true,
  updatedAt: true,
  type: { select: { slug: true } },
  region: { select: { slug: true } },
  countries: { orderBy: { position: 'asc' }, select: { countryCode: true } },
} satisfies Prisma.ProjectSelect;

type SnapshotRow = Prisma.ProjectGetPayload<{ select: typeof projectSnapshotSelect }>;

/** The project as the public sees it (the columns). */
function publishedSnapshot(p: SnapshotRow): Snapshot {
  return {
    code: p.code,
    primaId: p.primaId,
    titleEn: p.titleEn,
    titleFr: p.titleFr,
    summaryEn: p.summaryEn,
    summaryFr: p.summaryFr,
    status: p.status,
    coverage: p.coverage,
    type: p.type.slug,
    region: p.region.slug,
    budgetUsd: p.budgetUsd?.toFixed(2) ?? null,
    startYear: p.startYear,
    endYear: p.endYear,
    fundingYear: p.fundingYear,
    sourceUrl: p.sourceUrl,
    countries: p.countries.map((c) => c.countryCode),
    publicationState: p.publicationState,
  };
}

const projectRow = (p: SnapshotRow) => recordRow(p, p.code, publishedSnapshot(p), PROJECT_SNAPSHOT_FIELDS);

/** The whole editable record as a plain snapshot (also what revisions store); pending draft changes included. */
export function projectSnapshot(p: SnapshotRow): Snapshot {
  return projectRow(p).snapshot;
}

type Refs = { regionId: number; typeId: number };

async function resolveRefs(
  tx: Tx,
  input: ProjectInput,
  selfId: number | null,
): Promise<{ ok: true; refs: Refs } | { ok: false; fieldErrors: FieldErrors }> {
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
  return region && type && Object.keys(errors).length === 0
    ? { ok: true, refs: { regionId: region.id, typeId: type.id } }
    : { ok: false, fieldErrors: errors };
}

function columns(input: ProjectInput, refs: Refs) {
  const { countries: _countries, intent: _intent, region: _region, type: _type, ...rest } = input;
  return { ...rest, ...refs };
}

/** How the write path reads and writes projects. */
export const projectHooks: RecordHooks<ProjectInput, ReturnType<typeof columns>> = {
  recordType: 'project',
  keyField: 'code',
  keyTaken: 'codeTaken',
  keyLocked: 'codeLocked',
  normaliseKey: (raw) => {
    const code = typeof raw === 'string' ? normaliseProjectCode(raw) : '';
    return PROJECT_CODE_PATTERN.test(code) ? code : null;
  },
  keyOf: (input) => input.code,
  parseCreate: parseProjectCreate,
  parseUpdate: parseProjectUpdate,
  find: async (tx, where) =>
    (
      await tx.project.findMany({
        where: 'id' in where ? { id: where.id } : { code: { in: where.keys } },
        select: projectSnapshotSelect,
        orderBy: { code: 'asc' },
      })
    ).map(projectRow),
  prepare: async (tx, input, selfId) => {
    const resolved = await resolveRefs(tx, input, selfId);
    if (!resolved.ok) return resolved;
    const children = async (projectId: number) => {
      await tx.projectCountry.deleteMany({ where: { projectId } });
      const data = input.countries.map((countryCode, position) => ({ projectId, countryCode, position }));
      if (data.length) await tx.projectCountry.createMany({ data });
    };
    return { ok: true, columns: columns(input, resolved.refs), children };
  },
  table: (tx) => tx.project,
};
