import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, setRequestHeaders } from '../support/next-request';

vi.mock('next/headers', () => nextHeadersMock);
// Pages' forbidden() and redirect(), which session.ts also exports helpers for, are not reached here.
vi.mock('next/navigation', () => ({ forbidden: vi.fn() }));
vi.mock('@/lib/i18n/navigation', () => ({ redirect: vi.fn() }));

const { getAuth } = await import('@/lib/auth/auth');
const { requireRole, withOneSessionLookup } = await import('@/lib/auth/session');
const { getDb } = await import('@/lib/db');
const { createTestUser } = await import('../support/auth');

// A server action checks the role, then the data function it calls checks it again (lib/actions/record-form.ts):
// inside withOneSessionLookup the session is looked up once for both; outside it, and after it, every check looks the
// session up itself (a page rendered after the action sees what the action changed).
let cookie = '';

beforeAll(async () => {
  const editor = await createTestUser(process.env.DATABASE_URL!, { role: 'editor' });
  const res = await (
    await getAuth()
  ).api.signInEmail({ body: { email: editor.email, password: editor.password }, asResponse: true });
  cookie = res.headers.get('set-cookie')!.split(';')[0]!;
});
afterAll(async () => getDb().$disconnect());

describe('withOneSessionLookup', () => {
  it('looks the session up once for every role check of an action, and again for checks after it', async () => {
    setRequestHeaders({ cookie });
    const lookups = vi.spyOn((await getAuth()).api, 'getSession');
    try {
      const actors = await withOneSessionLookup(async () => [await requireRole('editor'), await requireRole('editor')]);
      expect(actors.map((a) => a.role)).toEqual(['editor', 'editor']);
      expect(lookups).toHaveBeenCalledTimes(1);
      await requireRole('editor');
      await requireRole('editor');
      expect(lookups).toHaveBeenCalledTimes(3);
    } finally {
      lookups.mockRestore();
    }
  });

  it('still refuses what the role does not allow, and a visitor without a session', async () => {
    setRequestHeaders({ cookie });
    await expect(withOneSessionLookup(() => requireRole('admin'))).rejects.toMatchObject({ reason: 'forbidden' });
    setRequestHeaders({});
    await expect(withOneSessionLookup(() => requireRole('editor'))).rejects.toMatchObject({
      reason: 'unauthenticated',
    });
  });
});
