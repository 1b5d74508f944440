import { describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => ({ headers: async () => new Headers() }));
vi.mock('@/lib/auth/session', () => ({ checkRole: vi.fn() }));
vi.mock('@/lib/audit/record-audit', () => ({ clientIpFrom: () => null, recordAudit: vi.fn() }));

const { confirmationMatches } = await import('@/lib/auth/hard-delete');

describe('hard delete confirmation', () => {
  it('needs the exact identifier typed again', () => {
    expect(confirmationMatches('PX.0220', 'PX.0220')).toBe(true);
    expect(confirmationMatches('PX.0220', '  PX.0220 ')).toBe(true);
    expect(confirmationMatches('PX.0220', 'px.0220')).toBe(false);
    expect(confirmationMatches('PX.0220', 'PX.022')).toBe(false);
    expect(confirmationMatches('PX.0220', undefined)).toBe(false);
    expect(confirmationMatches('PX.0220', ['PX.0220'])).toBe(false);
    expect(confirmationMatches('', '')).toBe(false);
  });
});
