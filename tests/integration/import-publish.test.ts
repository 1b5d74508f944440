import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());

const { getAdminRecord } = await import('@/lib/data/admin-records');
const { setRecordsState, updateRecord } = await import('@/lib/data/record-write');
const { getDb } = await import('@/lib/db');

// The command-line import over a published project with a pending draft, then a staff "publish". The import's rule
// is the staff save's: it starts from the record as the staff form shows it (published values with the pending
// draft over them), puts the page's fields over that and saves in place (publication state kept), which writes the
// columns and clears the draft. So the publish has nothing old to replay: the imported values stay.
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const CODE = 'ZY.0001';

async function cli(file: string) {
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const args = ['--conditions=react-server', 'scripts/import-page.ts', file, '--yes'];
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  try {
    const { stdout, stderr } = await run(tsx, args, { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function page(budget: string): string {
  const file = path.join(tmpdir(), `import-publish-${process.pid}-${budget.replace(/\D/g, '')}.txt`);
  const text = readFileSync(path.join(root, 'tests/fixtures/pages/px0220-en.txt'), 'utf8')
    .replace('PX.0220', CODE)
    .replace('FJ10P0514', 'ZY10P0001')
    .replace('400,000', budget);
  writeFileSync(file, text);
  return file;
}

const stored = () =>
  getDb().project.findUniqueOrThrow({
    where: { code: CODE },
    select: { budgetUsd: true, title: true, publicationState: true, draft: true, version: true },
  });

describe('command-line import, then publish', () => {
  afterAll(async () => {
    await getDb().project.deleteMany({ where: { code: CODE } });
    await getDb().$disconnect();
  });

  it('keeps the imported values (the pending draft is applied and cleared by the import)', async () => {
    const created = await cli(page('400,000'));
    expect(created.stdout).toContain(`Created ${CODE} as a draft.`);
    // An English page gives English texts only: publishing needs the French ones too.
    expect(await setRecordsState('project', [CODE], 'publish')).toEqual({ ok: true, changed: 0, refused: [CODE] });
    const formOf = async () => {
      const r = (await getAdminRecord('project', CODE))!;
      const values = Object.entries(r.values).map(([k, v]) => [k, Array.isArray(v) ? v : v === null ? '' : String(v)]);
      return { id: r.id, version: r.version, form: Object.fromEntries(values) as Record<string, string | string[]> };
    };
    const english = await formOf();
    const french = { titleFr: 'Protection des migrants', summaryFr: 'Résumé en français.' };
    const translated = { ...english.form, ...french, version: String(english.version), intent: 'publish' };
    expect(await updateRecord('project', CODE, translated)).toMatchObject({ ok: true });

    // A staff member saves changes as a draft: the public record stays as it is, the changes wait.
    const { form, ...p } = await formOf();
    const draft = { ...form, budgetUsd: '999999', titleFr: 'Titre en attente', version: String(p.version) };
    expect(await updateRecord('project', CODE, { ...draft, intent: 'draft' })).toMatchObject({ ok: true });
    expect(await stored()).toMatchObject({ publicationState: 'published', draft: expect.anything() });

    const imported = await cli(page('123,456'));
    expect(imported.stdout).toContain(`Updated ${CODE}.`);
    expect(imported.code).toBe(0);
    // The differences shown before the write are those of the public columns: the pending draft's change too.
    expect(imported.stdout).toContain('budgetUsd: 400000.00 → 123456.00');
    expect(imported.stdout).toContain('titleFr: Protection des migrants → Titre en attente');
    const afterImport = await stored();

    await setRecordsState('project', [CODE], 'publish');
    const published = await stored();
    expect(published.budgetUsd?.toFixed(2)).toBe('123456.00');
    expect(published).toMatchObject({
      publicationState: 'published',
      draft: null,
      title: { en: 'Protection of and assistance to migrants in the Pacific', fr: 'Titre en attente' },
    });
    // The rule: the import itself wrote the page's values and the pending draft's other changes, and cleared it.
    expect(afterImport.budgetUsd?.toFixed(2)).toBe('123456.00');
    expect(afterImport).toMatchObject({
      publicationState: 'published',
      draft: null,
      title: { fr: 'Titre en attente' },
    });
    const revisions = await getDb().revision.findMany({
      where: { recordType: 'project', recordId: p.id },
      orderBy: { version: 'asc' },
      select: { action: true, actorLabel: true },
    });
    expect(revisions).toEqual([
      { action: 'create', actorLabel: 'cli' },
      { action: 'update', actorLabel: 'Test editor' },
      { action: 'update', actorLabel: 'Test editor' },
      { action: 'update', actorLabel: 'cli' },
    ]);
  }, 120_000);
});
