import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, setRequestHeaders } from '../support/next-request';

vi.mock('next/headers', () => nextHeadersMock);
// forbidden() and redirect() end a render by throwing; here they leave a mark instead.
const FORBIDDEN = vi.hoisted(() => new Error('NEXT_HTTP_ERROR_FALLBACK;403'));
vi.mock('next/navigation', () => ({
  forbidden: vi.fn(() => {
    throw FORBIDDEN;
  }),
}));
const redirects = vi.hoisted(() => [] as unknown[]);
vi.mock('@/lib/i18n/navigation', () => ({
  redirect: vi.fn((to: unknown) => {
    redirects.push(to);
    throw new Error('NEXT_REDIRECT');
  }),
}));

const { getAuth } = await import('@/lib/auth/auth');
const { requirePageRole } = await import('@/lib/auth/session');
const { getDb } = await import('@/lib/db');
const { createTestUser } = await import('../support/auth');

// Staff pages: a signed-in editor refused an admin-only page (users, audit, reference data) gets the "no access"
// page (403), not the login page; without a session the login page is still where one goes.
let editorCookie = '';

beforeAll(async () => {
  const editor = await createTestUser(process.env.DATABASE_URL!, { role: 'editor' });
  const res = await (
    await getAuth()
  ).api.signInEmail({ body: { email: editor.email, password: editor.password }, asResponse: true });
  editorCookie = res.headers.get('set-cookie')!.split(';')[0]!;
});
afterAll(async () => getDb().$disconnect());

describe('requirePageRole', () => {
  it('answers an editor on an admin-only page with forbidden(), not a redirect to the login page', async () => {
    setRequestHeaders({ cookie: editorCookie });
    redirects.length = 0;
    await expect(requirePageRole('admin', 'fr')).rejects.toBe(FORBIDDEN);
    expect(redirects).toEqual([]);
  });

  it('lets the same editor into editor pages', async () => {
    setRequestHeaders({ cookie: editorCookie });
    await expect(requirePageRole('editor', 'fr')).resolves.toMatchObject({ role: 'editor' });
  });

  it('sends a visitor without a session to the login page', async () => {
    setRequestHeaders({});
    redirects.length = 0;
    await expect(requirePageRole('admin', 'en')).rejects.toThrow('NEXT_REDIRECT');
    expect(redirects).toEqual([{ href: '/admin/login', locale: 'en' }]);
  });
});
