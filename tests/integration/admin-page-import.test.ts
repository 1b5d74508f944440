import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { migrate } from '@/lib/migrate';
import { runSeed } from '@/lib/seed/run-seed';
import { actorState } from '../support/mock-actor';
import { createTestDatabase } from '../support/test-database';

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());
vi.mock('next/headers', async () => (await import('../support/next-request')).nextHeadersMock);
vi.mock('next/cache', () => ({ refresh: vi.fn() }));
vi.mock('next-intl/server', () => ({
  getTranslations: () => Promise.resolve(Object.assign((key: string) => key, { has: () => false })),
}));
const redirects = vi.hoisted(() => [] as unknown[]);
vi.mock('@/lib/i18n/navigation', () => ({
  redirect: vi.fn((to: unknown) => {
    redirects.push(to);
  }),
}));

// The admin "import a project page" actions on a database of their own (they rewrite a seeded record).
const db = await createTestDatabase('iom_admin_import');
process.env.DATABASE_URL = db.url;
const { csvImportAction, previewPageAction, saveImportedProjectAction } = await import('@/lib/actions/import');
const { getDb } = await import('@/lib/db');

const seedText = readFileSync(path.resolve(import.meta.dirname, '../fixtures/seeds/001_f1304bd47d6398f5.txt'), 'utf8');
function form(fields: Record<string, string | string[] | undefined>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields))
    for (const x of v === undefined ? [] : Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}
async function revisions(code: string): Promise<number> {
  const p = await getDb().project.findUnique({ where: { code }, select: { id: true } });
  return p ? getDb().revision.count({ where: { recordType: 'project', recordId: p.id } }) : 0;
}

beforeAll(async () => {
  await migrate({ connectionString: db.url, log: () => {} });
  await runSeed({ connectionString: db.url, log: () => {} });
});
afterAll(async () => {
  await getDb().$disconnect();
  await db.drop();
});
beforeEach(() => {
  actorState.role = 'editor';
  redirects.length = 0;
});

describe('admin page import', () => {
  it('lists the labels of no known field in the preview instead of dropping them', async () => {
    const text = seedText.replace('\nPrima ID\n', '\nDonor\nIOM Development Fund\nPrima ID\n');
    const preview = await previewPageAction({ text: '' }, form({ locale: 'en', pageText: text }));
    expect(preview.unknownLabels?.length).toBe(2);
    expect(preview.unknownLabels?.[1]).toContain('Donor');
    expect(preview.unknownLabels?.[1]).toContain('IOM Development Fund');
  });

  it('previews a new code and saves the corrected record as a draft with revision and audit', async () => {
    const text = seedText.replace('PX.0220', 'PX.9998').replace('FJ10P0514', 'FJ10P9998');
    const preview = await previewPageAction({ text: '' }, form({ locale: 'en', pageText: text }));
    expect(preview.problems).toEqual([]);
    expect(preview.unknownLabels).toEqual([]);
    expect(preview.stored).toBeNull();
    expect(preview.values).toMatchObject({
      code: 'PX.9998',
      status: 'active',
      budgetUsd: '400000.00',
      region: 'asia-oceania',
      countries: ['FJ', 'TO', 'VU'],
    });
    const saved = await saveImportedProjectAction(
      { ok: true },
      form({ locale: 'en', ...preview.values, budgetUsd: '450000', intent: 'draft' }),
    );
    expect(saved).toEqual({ ok: true });
    expect(redirects).toHaveLength(1);
    const p = await getDb().project.findUniqueOrThrow({
      where: { code: 'PX.9998' },
      select: { publicationState: true, budgetUsd: true },
    });
    expect(p.publicationState).toBe('draft');
    expect(p.budgetUsd?.toFixed(2)).toBe('450000.00');
    expect(await revisions('PX.9998')).toBe(1);
    expect(
      await getDb().auditLog.count({ where: { recordType: 'project', recordId: 'PX.9998', action: 'create' } }),
    ).toBe(1);
  });

  it('shows the differences for an existing code and updates only with the confirmed version', async () => {
    const text = seedText.replace(/400[ ,.]?000(\.00)?/, '425,000');
    const preview = await previewPageAction({ text: '' }, form({ locale: 'fr', pageText: text }));
    expect(preview.stored).toMatchObject({
      code: 'PX.0220',
      changes: expect.arrayContaining([expect.objectContaining({ before: '400000.00', after: '425000.00' })]),
    });
    const before = await revisions('PX.0220');
    // Saved as a new record (no confirmed version): refused, the code is taken; nothing written.
    const refused = await saveImportedProjectAction(
      { ok: true },
      form({ locale: 'fr', ...preview.values, intent: 'draft' }),
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { code: 'codeTaken' } });
    expect(await revisions('PX.0220')).toBe(before);
    // With the version but without ticking the confirmation: refused, nothing written.
    const unconfirmed = await saveImportedProjectAction(
      { ok: true },
      form({
        locale: 'fr',
        ...preview.values,
        originalKey: 'PX.0220',
        version: String(preview.stored!.version),
        intent: 'publish',
      }),
    );
    expect(unconfirmed).toMatchObject({ ok: false, formError: 'confirmMissing' });
    expect(await revisions('PX.0220')).toBe(before);
    // Confirmed with a stale version: a conflict, nothing written.
    const stale = await saveImportedProjectAction(
      { ok: true },
      form({
        locale: 'fr',
        ...preview.values,
        originalKey: 'PX.0220',
        version: String(preview.stored!.version + 5),
        confirmUpdate: 'yes',
        intent: 'publish',
      }),
    );
    expect(stale).toMatchObject({ ok: false, conflict: expect.anything() });
    expect(await revisions('PX.0220')).toBe(before);
    const ok = await saveImportedProjectAction(
      { ok: true },
      form({
        locale: 'fr',
        ...preview.values,
        originalKey: 'PX.0220',
        version: String(preview.stored!.version),
        confirmUpdate: 'yes',
        intent: 'publish',
      }),
    );
    expect(ok).toEqual({ ok: true });
    const p = await getDb().project.findUniqueOrThrow({ where: { code: 'PX.0220' }, select: { budgetUsd: true } });
    expect(p.budgetUsd?.toFixed(2)).toBe('425000.00');
    expect(await revisions('PX.0220')).toBe(before + 1);
  });

  it('lists unreadable fields and refuses without the editor role', async () => {
    const bad = await previewPageAction({ text: '' }, form({ locale: 'en', pageText: 'Nothing to see here' }));
    expect(bad.problems?.length).toBeGreaterThan(0);
    expect((await previewPageAction({ text: '' }, form({ locale: 'en', pageText: '  ' }))).error).toBe('emptyText');
    actorState.role = null;
    const count = await getDb().project.count();
    expect((await previewPageAction({ text: '' }, form({ locale: 'en', pageText: seedText }))).error).toBe('denied');
    expect(
      await saveImportedProjectAction(
        { ok: true },
        form({
          locale: 'en',
          code: 'PX.9997',
          titleEn: 'X',
          status: 'active',
          coverage: 'national',
          type: 'assisted-migration-services',
          region: 'africa',
        }),
      ),
    ).toMatchObject({ ok: false, formError: 'denied' });
    const csv =
      'Project ID,PRIMA ID,Title,Status,Type,Coverage,Region,Budget (USD),Start year,End year,Funding year,Beneficiary member states,Summary\nZI.0001,,X,Active,Assisted migration services,National,Africa,,,,,,\n';
    expect(await csvImportAction({ rows: [] }, form({ locale: 'en', mode: 'apply', csvText: csv }))).toEqual({
      rows: [],
      error: 'denied',
    });
    expect(await getDb().project.count()).toBe(count);
    actorState.role = 'editor';
    expect(await csvImportAction({ rows: [] }, form({ locale: 'en', mode: 'apply', csvText: csv }))).toMatchObject({
      notice: 'applied',
    });
    expect(await getDb().project.count()).toBe(count + 1);
  });
});
