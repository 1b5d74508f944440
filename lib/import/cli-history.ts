// The command line's history rows: a revision and an audit row per write, in the write's transaction, with no
// signed-in user (actor null, labelled "cli"). The snapshot has the shape the admin's revisions use.
import type { Prisma } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;
export const CLI_ACTOR_LABEL = 'cli';

const select = {
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
  type: { select: { slug: true } },
  region: { select: { slug: true } },
  countries: { orderBy: { position: 'asc' }, select: { countryCode: true } },
} as const;

/** The project as the admin's revision snapshots record it. */
export async function readCliSnapshot(tx: Tx, id: number): Promise<Record<string, unknown>> {
  const p = await tx.project.findUniqueOrThrow({ where: { id }, select });
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

/** Appends the revision (before/after) and the audit row of a command-line write. */
export async function recordCliHistory(
  tx: Tx,
  w: { id: number; code: string; version: number; action: 'create' | 'update'; before: Record<string, unknown> | null },
): Promise<void> {
  const after = await readCliSnapshot(tx, w.id);
  await tx.revision.create({
    data: {
      recordType: 'project',
      recordId: w.id,
      version: w.version,
      action: w.action,
      actorId: null,
      actorLabel: CLI_ACTOR_LABEL,
      before: (w.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: after as Prisma.InputJsonValue,
    },
  });
  await tx.auditLog.create({
    data: {
      actorId: null,
      actorEmail: null,
      action: w.action,
      recordType: 'project',
      recordId: w.code,
      details: { id: w.id, version: w.version, via: CLI_ACTOR_LABEL },
    },
  });
}
