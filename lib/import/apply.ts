// Writes an imported project: a new code becomes a draft; an existing one is updated, only the fields the page
// carries, after its differences are confirmed. The record is first checked with the staff form's schema (nothing is
// written when a field is refused). One transaction, guarded by the record's version.
import { getDb } from '@/lib/db';
import type { FieldErrors } from '@/lib/validation/form-errors';
import type { ImportedProject } from './project-page';
import { readCliSnapshot, recordCliHistory } from './cli-history';
import { checkImportedProject } from './validate';

export type FieldChange = { field: string; before: string; after: string };
export type ApplyOutcome =
  | { kind: 'created'; code: string }
  | { kind: 'updated'; code: string; changes: FieldChange[] }
  | { kind: 'unchanged'; code: string }
  | { kind: 'declined'; code: string; changes: FieldChange[] }
  | { kind: 'invalid'; code: string; fieldErrors: FieldErrors };

const show = (v: unknown) => (v === null || v === undefined ? '—' : Array.isArray(v) ? v.join(', ') : String(v));

/** Creates or updates the project the page describes; `confirm` sees the changes to an existing record first. */
export async function applyImportedProject(
  page: ImportedProject,
  language: 'fr' | 'en',
  confirm: (changes: FieldChange[]) => Promise<boolean>,
): Promise<ApplyOutcome> {
  const { code, status, type, coverage, region } = page;
  if (!code || !status || !type || !coverage || !region) throw new Error('An incomplete import cannot be applied.');
  const db = getDb();
  const existing = await db.project.findUnique({
    where: { code },
    select: {
      id: true,
      version: true,
      primaId: true,
      status: true,
      coverage: true,
      typeId: true,
      regionId: true,
      budgetUsd: true,
      startYear: true,
      endYear: true,
      fundingYear: true,
      titleEn: true,
      titleFr: true,
      summaryEn: true,
      summaryFr: true,
      sourceUrl: true,
      countries: { orderBy: { position: 'asc' }, select: { countryCode: true } },
    },
  });
  // The whole record as the staff form would save it: the page's fields over the stored ones it does not carry.
  const stored = existing && {
    version: existing.version,
    values: {
      titleEn: existing.titleEn ?? '',
      titleFr: existing.titleFr ?? '',
      summaryEn: existing.summaryEn ?? '',
      summaryFr: existing.summaryFr ?? '',
      sourceUrl: existing.sourceUrl ?? '',
    },
  };
  const check = checkImportedProject(page, language, stored ?? undefined);
  if (!check.ok) return { kind: 'invalid', code, fieldErrors: check.fieldErrors };
  const v = check.data;
  const [typeRow, regionRow] = await Promise.all([
    db.projectType.findUniqueOrThrow({ where: { slug: v.type }, select: { id: true } }),
    db.region.findUniqueOrThrow({ where: { slug: v.region }, select: { id: true } }),
  ]);
  // Only the language the page is written in: the other translation is left as it is.
  const text =
    language === 'fr' ? { titleFr: v.titleFr, summaryFr: v.summaryFr } : { titleEn: v.titleEn, summaryEn: v.summaryEn };
  const data = {
    primaId: v.primaId,
    status: v.status,
    coverage: v.coverage,
    typeId: typeRow.id,
    regionId: regionRow.id,
    budgetUsd: v.budgetUsd,
    startYear: v.startYear,
    endYear: v.endYear,
    fundingYear: v.fundingYear,
    ...text,
  };
  const countries = v.countries.map((countryCode, position) => ({ countryCode, position }));
  if (!existing) {
    await db.$transaction(async (tx) => {
      const { id } = await tx.project.create({
        data: { code, ...data, publicationState: 'draft', countries: { create: countries } },
        select: { id: true },
      });
      await recordCliHistory(tx, { id, code, version: 1, action: 'create', before: null });
    });
    return { kind: 'created', code };
  }
  const before: Record<string, unknown> = { ...existing, budgetUsd: existing.budgetUsd?.toFixed(2) ?? null };
  const changes: FieldChange[] = Object.entries(data)
    .filter(([field, after]) => show(before[field]) !== show(after))
    .map(([field, after]) => ({ field, before: show(before[field]), after: show(after) }));
  const oldCountries = existing.countries.map((c) => c.countryCode);
  if (show(oldCountries) !== show(v.countries)) {
    changes.push({ field: 'beneficiaryCountries', before: show(oldCountries), after: show(v.countries) });
  }
  if (changes.length === 0) return { kind: 'unchanged', code };
  if (!(await confirm(changes))) return { kind: 'declined', code, changes };
  await db.$transaction(async (tx) => {
    const before = await readCliSnapshot(tx, existing.id);
    // The version guard: someone saving the record meanwhile makes this update touch no row.
    const { count } = await tx.project.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1)
      throw new Error(`${code} was changed by someone else meanwhile; nothing was written. Run the import again.`);
    await tx.projectCountry.deleteMany({ where: { projectId: existing.id } });
    await tx.projectCountry.createMany({ data: countries.map((c) => ({ ...c, projectId: existing.id })) });
    await recordCliHistory(tx, { id: existing.id, code, version: existing.version + 1, action: 'update', before });
  });
  return { kind: 'updated', code, changes };
}
