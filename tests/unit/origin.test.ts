import { describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => ({ headers: () => Promise.resolve(new Headers()), cookies: () => Promise.resolve({}) }));
vi.mock('@/lib/i18n/navigation', () => ({ redirect: vi.fn() }));
vi.mock('@/lib/auth/auth', () => ({ getAuth: vi.fn() }));
vi.mock('@/lib/db', () => ({ getDb: vi.fn() }));

const { originRefused } = await import('@/lib/auth/session');

describe('originRefused', () => {
  const post = (extra: Record<string, string>) =>
    new Headers({ host: 'portal.example', 'next-action': 'abc', ...extra });
  it('lets page renders (no body, no action) through', () => {
    expect(originRefused(new Headers({ host: 'portal.example' }))).toBe(false);
  });
  it('accepts a POST from this host only', () => {
    expect(originRefused(post({ origin: 'https://portal.example' }))).toBe(false);
    expect(originRefused(post({ origin: 'https://evil.example' }))).toBe(true);
    expect(originRefused(post({}))).toBe(true);
    expect(originRefused(post({ origin: 'null' }))).toBe(true);
    expect(originRefused(new Headers({ host: 'portal.example', 'content-type': 'multipart/form-data' }))).toBe(true);
    expect(originRefused(post({ origin: 'https://portal.example', 'x-forwarded-host': 'other.example' }))).toBe(true);
  });
});
