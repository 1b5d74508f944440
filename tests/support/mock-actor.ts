import { vi } from 'vitest';

// Integration tests of the staff data layer: stand-in for the signed-in user. Set `actorState.role` per test
// (null = no session). Use with:
//   vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());
export const actorState: { role: 'admin' | 'editor' | null } = { role: 'editor' };

export class MockAccessDeniedError extends Error {
  constructor(
    readonly reason: string,
    readonly required: string,
  ) {
    super(`Access denied (${reason}, needs ${required})`);
    this.name = 'AccessDeniedError';
  }
}

/** Factory for vi.mock of '@/lib/auth/session': requireRole driven by actorState (no Next.js request needed). */
export function mockSessionModule() {
  const actor = () =>
    actorState.role
      ? {
          userId: `test-${actorState.role}`,
          role: actorState.role,
          email: `${actorState.role}@example.org`,
          name: `Test ${actorState.role}`,
        }
      : null;
  return {
    AccessDeniedError: MockAccessDeniedError,
    getActor: vi.fn(() => Promise.resolve(actor())),
    withOneSessionLookup: <T>(body: () => Promise<T>) => body(),
    requireRole: vi.fn((role: 'admin' | 'editor') => {
      const current = actor();
      if (!current) return Promise.reject(new MockAccessDeniedError('unauthenticated', role));
      if (role === 'admin' && current.role !== 'admin')
        return Promise.reject(new MockAccessDeniedError('forbidden', role));
      return Promise.resolve(current);
    }),
  };
}
