import { describe, expect, it, vi } from 'vitest';
import { isDatabaseUnavailable, withJsonErrors } from '@/lib/api/errors';
import { conditionalResponse, strongEtag } from '@/lib/api/http';
import { getLogger } from '@/lib/logger';

describe('API HTTP helpers', () => {
  it('tag bodies strongly and stably', () => {
    expect(strongEtag('{"a":1}')).toBe(strongEtag('{"a":1}'));
    expect(strongEtag('{"a":1}')).not.toBe(strongEtag('{"a":2}'));
    expect(strongEtag('x')).toMatch(/^"[\w-]+"$/);
  });

  it('compare If-Modified-Since at second precision', () => {
    const lastModified = new Date('2025-01-01T00:00:00.900Z');
    const at = (ims: string) =>
      conditionalResponse(new Request('http://x/', { headers: { 'If-Modified-Since': ims } }), {
        body: 'b',
        contentType: 'text/plain',
        lastModified,
      }).status;
    expect(at('Wed, 01 Jan 2025 00:00:00 GMT')).toBe(304);
    expect(at('Tue, 31 Dec 2024 23:59:59 GMT')).toBe(200);
  });

  it('recognise an unreachable database, and only that', () => {
    expect(isDatabaseUnavailable({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]))).toBe(
      true,
    );
    expect(
      isDatabaseUnavailable({
        code: 'P2010',
        meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable' } } },
      }),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: { code: 'P1001' } }))).toBe(true);
    expect(isDatabaseUnavailable({ code: 'P2002' })).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('bug'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it('turn unexpected failures into a JSON 500 without details, logged with the request id', async () => {
    const logged: unknown[] = [];
    const error = vi.spyOn(getLogger(), 'error').mockImplementation((entry: unknown) => void logged.push(entry));
    try {
      const request = new Request('http://x/api/v1/projects?q=a', { headers: { 'x-request-id': 'req-12345678' } });
      const res = await withJsonErrors(request, () => {
        throw new Error('secret stack');
      });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
      expect(text).not.toContain('secret');
      expect(logged).toEqual([
        expect.objectContaining({ requestId: 'req-12345678', method: 'GET', path: '/api/v1/projects' }),
      ]);
    } finally {
      error.mockRestore();
    }
  });
});
