// Writes an imported project through the one write path (lib/data/record-transaction.ts), as the command line: a
// new code becomes a draft; an existing record is saved like a staff save without a publish/draft choice (as the
// CSV import and a revision restore are): the page's fields over the record as staff see it (its pending draft
// included), the other language's texts and the source address kept, the publication state kept, the columns
// written and the pending draft cleared, guarded by the version read first. So a later "publish" has no old draft to
// replay over the imported values. The record is checked with the staff form's schema first.
import type { AppLocale } from '@/lib/i18n/routing';
import { projectKind } from '@/lib/data/record-kinds';
import type { Tx, Writer } from '@/lib/data/record-hooks';
import { createIn, updateIn } from '@/lib/data/record-transaction';
import { getDb } from '@/lib/db';
import { diffSnapshots, type Snapshot, type SnapshotValue } from '@/lib/domain/diff';
import type { FieldErrors } from '@/lib/validation/form-errors';
import type { FormObject } from '@/lib/validation/form-data';
import type { ImportedProject } from './project-page';
import { checkImportedProject } from './validate';

export type FieldChange = { field: string; before: string; after: string };
export type ApplyOutcome =
  | { kind: 'created'; code: string }
  | { kind: 'updated'; code: string; changes: FieldChange[] }
  | { kind: 'unchanged'; code: string }
  | { kind: 'declined'; code: string; changes: FieldChange[] }
  | { kind: 'invalid'; code: string; fieldErrors: FieldErrors };

/** The command line in revisions and audit rows: no account (actor empty), labelled "cli". */
const COMMAND_LINE: Writer = { userId: null, email: null, label: 'cli', ip: null, via: 'cli' };
const projectHooks = projectKind.hooks;
const commandLine = (tx: Tx) => ({ tx, hooks: projectHooks, writer: COMMAND_LINE });
const FIELDS = projectKind.fields.filter((f) => f !== 'publicationState');

const show = (v: SnapshotValue) => (v === null ? '—' : Array.isArray(v) ? v.join(', ') : String(v));
const formValues = (s: Snapshot): FormObject =>
  Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Array.isArray(v) ? v : v === null ? '' : String(v)]));

/** Creates or updates the project the page describes; `confirm` sees the changes to an existing record first. */
export async function applyImportedProject(
  page: ImportedProject,
  language: AppLocale,
  confirm: (changes: FieldChange[]) => Promise<boolean>,
): Promise<ApplyOutcome> {
  const { code, status, type, coverage, region } = page;
  if (!code || !status || !type || !coverage || !region) throw new Error('An incomplete import cannot be applied.');
  const db = getDb();
  const [row] = await projectHooks.find(db, { keys: [code] });
  const check = checkImportedProject(page, language, row && { version: row.version, values: formValues(row.snapshot) });
  if (!check.ok) return { kind: 'invalid', code, fieldErrors: check.fieldErrors };
  if (!row) {
    const input = { ...check.data, intent: 'draft' as const };
    const created = await db.$transaction((tx) => createIn(commandLine(tx), input));
    if (created.ok) return { kind: 'created', code };
    if (created.reason === 'invalid') return { kind: 'invalid', code, fieldErrors: created.fieldErrors };
    throw new Error(`${code}: nothing was written (${created.reason}).`);
  }
  const after: Snapshot = { ...row.snapshot, ...(check.data as Snapshot) };
  if (diffSnapshots(row.snapshot, after, FIELDS).length === 0) return { kind: 'unchanged', code };
  // What the public columns will show differently: with a pending draft, its changes are written with the page's.
  const changes = diffSnapshots(row.published, after, FIELDS).map((c) => ({
    field: c.field,
    before: show(c.before),
    after: show(c.after),
  }));
  if (!(await confirm(changes))) return { kind: 'declined', code, changes };
  const input = { ...check.data, intent: undefined };
  const mode = { action: 'update', state: 'keep' } as const;
  const r = await db.$transaction((tx) => updateIn(commandLine(tx), code, input, row.version, mode));
  if (r.ok) return { kind: 'updated', code, changes };
  if (r.reason === 'invalid') return { kind: 'invalid', code, fieldErrors: r.fieldErrors };
  if (r.reason === 'conflict')
    throw new Error(`${code} was changed by someone else meanwhile; nothing was written. Run the import again.`);
  throw new Error(`${code} was deleted meanwhile; nothing was written.`);
}
