import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { recordFormValues } from '@/lib/content/form-values';
import { projectModel } from '@/lib/content/project';
import { requestIp } from '@/lib/data/admin-support';
import { projectKind } from '@/lib/data/record-kinds';
import { staffWriter, type Writer } from '@/lib/data/record-hooks';
import { createIn, updateIn } from '@/lib/data/record-transaction';
import { getDb } from '@/lib/db';
import { diffSnapshots, type FieldChange, type Snapshot } from '@/lib/domain/diff';
import { planCsvImport, type CsvPlan, type CsvReference, type StoredProject } from '@/lib/import/csv-plan';
import { parseProjectPage, type PageImport } from '@/lib/import/project-page';
import { localisedName, NAME_SELECT } from '@/lib/i18n/routing';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { FormObject } from '@/lib/validation/form-data';
import { parseProjectCreate, parseProjectUpdate } from '@/lib/validation/project';

// Staff imports of projects: the pasted project page (preview) and CSV files (dry run, then all-or-nothing apply).
type Db = Prisma.TransactionClient;
const named = { select: { slug: true, ...NAME_SELECT } } as const;

async function csvContext(db: Db): Promise<{ ref: CsvReference; stored: Map<string, StoredProject> }> {
  const regions = await db.region.findMany(named);
  const types = await db.projectType.findMany(named);
  const countries = await db.country.findMany({ select: { code: true, ...NAME_SELECT } });
  const rows = await projectKind.hooks.find(db, { all: true });
  const stored = new Map(
    rows.map((r) => [r.key, { version: r.version, snapshot: r.snapshot } satisfies StoredProject]),
  );
  return { ref: { regions, types, countries }, stored };
}

/** What importing the CSV text would do, row by row; writes nothing. */
export async function dryRunProjectCsv(text: string): Promise<CsvPlan> {
  await requireRole('editor');
  const db = getDb();
  const { ref, stored } = await csvContext(db);
  return planCsvImport(text, ref, stored);
}

export type CsvApplyResult =
  | { ok: true; plan: CsvPlan & { ok: true }; created: number; updated: number }
  | { ok: false; plan: CsvPlan; failedLine?: number };

class Rollback extends Error {
  constructor(readonly line: number) {
    super('rollback');
  }
}

// Each row through the one write path, as a staff save without a publish/draft choice: the publication state is
// kept, and the pending draft (the stored snapshot the plan compared with includes it) is cleared.
async function applyRows(tx: Db, writer: Writer, plan: CsvPlan & { ok: true }) {
  let created = 0;
  let updated = 0;
  const ctx = { tx, hooks: projectKind.hooks, writer };
  for (const row of plan.rows) {
    if (row.kind === 'create') {
      const parsed = parseProjectCreate({ ...row.values, intent: 'draft' });
      const r = parsed.ok ? await createIn(ctx, parsed.data) : null;
      if (!r?.ok) throw new Rollback(row.line);
      created += 1;
    } else if (row.kind === 'update') {
      const parsed = parseProjectUpdate({ ...row.values, version: String(row.version) });
      if (!parsed.ok) throw new Rollback(row.line);
      const { version, ...input } = parsed.data;
      const mode = { action: 'update', state: 'keep' } as const;
      const r = await updateIn(ctx, row.code, { ...input, intent: undefined }, version, mode);
      if (!r.ok) throw new Rollback(row.line);
      updated += 1;
    }
  }
  return { created, updated };
}

/** Applies the CSV in one transaction (revision + audit per record): everything, or nothing when any row fails. */
export async function applyProjectCsv(text: string): Promise<CsvApplyResult> {
  const writer = staffWriter(await requireRole('editor'), await requestIp());
  try {
    return await getDb().$transaction(
      async (tx) => {
        const { ref, stored } = await csvContext(tx);
        const plan = planCsvImport(text, ref, stored);
        if (!plan.ok || plan.rows.some((r) => r.kind === 'reject')) return { ok: false, plan } as const;
        return { ok: true, plan, ...(await applyRows(tx, writer, plan)) } as const;
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (e) {
    if (e instanceof Rollback) return { ok: false, plan: await dryRunProjectCsv(text), failedLine: e.line };
    throw e;
  }
}

/**
 * A parsed page and, for a known code, the stored record: its version, the page's differences with it, and its form
 * values with the page's over them (what saving the preview writes: the other languages' texts and the fields the
 * page does not carry are kept).
 */
export type PagePreview = PageImport & {
  stored: { version: number; changes: FieldChange[]; values: FormObject } | null;
};

/** Reads a pasted project page against the stored reference data; for a known code, its differences with the record. */
export async function previewProjectPage(text: string): Promise<PagePreview> {
  await requireRole('editor');
  const db = getDb();
  const [regions, types] = await Promise.all([db.region.findMany(named), db.projectType.findMany(named)]);
  const result = parseProjectPage(text.slice(0, 200_000), { regions, types });
  const code = result.project.code;
  const [row] = code ? await projectKind.hooks.find(db, { keys: [code] }) : [];
  if (!row) return { ...result, stored: null };
  const before = row.snapshot;
  const after: Snapshot = { ...before, ...pageSnapshot(result) };
  return {
    ...result,
    stored: {
      version: row.version,
      changes: diffSnapshots(before, after, Object.keys(pageSnapshot(result))),
      values: recordFormValues(projectModel, after),
    },
  };
}

/** The fields the page carries, in snapshot form (only the page's language for the texts). */
function pageSnapshot(result: PageImport): Snapshot {
  const p = result.project;
  return {
    code: p.code,
    primaId: p.primaId,
    [localisedName('title', result.language)]: p.title[result.language],
    [localisedName('summary', result.language)]: p.summary[result.language],
    status: p.status,
    type: p.type,
    coverage: p.coverage,
    region: p.region,
    budgetUsd: p.budgetUsd,
    startYear: p.startYear,
    endYear: p.endYear,
    fundingYear: p.fundingYear,
    countries: p.beneficiaryCountries,
  };
}
