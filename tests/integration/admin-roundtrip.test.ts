import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());

const { getAdminRecord } = await import('@/lib/data/admin-records');
const { getDb } = await import('@/lib/db');
const { parseCentreUpdate } = await import('@/lib/validation/centre');
const { parseProjectUpdate } = await import('@/lib/validation/project');

// Every seeded record must open in the staff form and save unchanged: its stored values pass the form schemas.
function asForm(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v : v === null ? '' : String(v as string | number)]),
  );
}

describe('seeded records round-trip through the staff forms', () => {
  afterAll(async () => getDb().$disconnect());

  it('projects', async () => {
    for (const { code } of await getDb().project.findMany({ select: { code: true } })) {
      const p = await getAdminRecord('project', code);
      const r = parseProjectUpdate({ ...asForm(p!.values), version: String(p!.version) });
      expect(r.ok ? 'ok' : r.fieldErrors, code).toBe('ok');
    }
  });

  it('centres', async () => {
    for (const { slug } of await getDb().resourceCentre.findMany({ select: { slug: true } })) {
      const c = await getAdminRecord('centre', slug);
      const r = parseCentreUpdate({ ...asForm(c!.values), version: String(c!.version) });
      expect(r.ok ? 'ok' : r.fieldErrors, slug).toBe('ok');
    }
  });
});
