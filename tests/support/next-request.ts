import { vi } from 'vitest';

// A stand-in for next/headers in integration tests: the "request" headers are whatever the test sets.
let current = new Headers();

/** Sets the headers (cookie, x-forwarded-for, …) the code under test will see as its request's. */
export function setRequestHeaders(init: Record<string, string> = {}): void {
  current = new Headers(init);
}

export const nextHeadersMock = {
  headers: vi.fn(() => Promise.resolve(current)),
  cookies: vi.fn(() =>
    Promise.resolve({
      get: () => undefined,
      getAll: () => [],
      set: () => {},
      delete: () => {},
      has: () => false,
    }),
  ),
};
