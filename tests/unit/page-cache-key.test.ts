import { afterAll, describe, expect, it } from 'vitest';
import { setProductionEnv } from '../support/production-env';

// Which requests the page cache may answer (lib/page-cache/state.ts, cacheKeyOf): public page loads, and the open-data
// API's JSON answers (issue 17: a fifth of bench:load's traffic, each costing as much as a page render).
const restoreEnv = setProductionEnv();
const { cacheKeyOf, isApiKey } = await import('@/lib/page-cache/state');
afterAll(() => {
  restoreEnv();
});

const HTML = 'text/html,application/xhtml+xml';
function keyOf(url: string, headers: Record<string, string> = {}, cookies: string[] = [], method = 'GET') {
  const at = url.indexOf('?');
  return cacheKeyOf({
    method,
    pathname: at < 0 ? url : url.slice(0, at),
    search: at < 0 ? '' : url.slice(at),
    header: (name) => headers[name] ?? null,
    hasCookie: (name) => cookies.includes(name),
  });
}

describe('cache keys', () => {
  it('keeps public page loads, not staff pages, sessions or client navigation', () => {
    expect(keyOf('/en/projects?region=africa', { accept: HTML })).toBe('/en/projects?region=africa');
    expect(keyOf('/en/projects', { accept: '*/*' })).toBeNull();
    expect(keyOf('/en/projects', { accept: HTML, rsc: '1' })).toBeNull();
    expect(keyOf('/en/admin/projects', { accept: HTML })).toBeNull();
    expect(keyOf('/en/projects', { accept: HTML }, ['iom.session_token'])).toBeNull();
    expect(keyOf('/en/projects', { accept: HTML }, [], 'POST')).toBeNull();
  });

  it("keeps the API's JSON answers whatever the Accept header or session", () => {
    const json = [
      '/api/v1/projects?region=africa&pageSize=50',
      '/api/v1/projects/PX.0220',
      '/api/v1/projects/PX.0220?lang=fr',
      '/api/v1/resource-centres?country=SV',
      '/api/v1/resource-centres/pohnpei-migrant-resource-centre',
      '/api/v1/regions',
      '/api/v1/countries',
      '/api/v1/project-types',
      '/api/v1/services',
    ];
    for (const url of json) {
      expect(keyOf(url)).toBe(url);
      expect(keyOf(url, { accept: 'application/json' }, ['iom.session_token'])).toBe(url);
      expect(isApiKey(url)).toBe(true);
    }
    expect(isApiKey('/en/projects')).toBe(false);
  });

  it("leaves streams, feeds, conditional requests and other methods to the API's handlers", () => {
    for (const url of [
      '/api/v1/projects?format=csv',
      '/api/v1/projects?region=africa&format=json',
      '/api/v1/projects/PX.0220?format=csv',
      '/api/v1/resource-centres?format=hsds',
      '/api/v1/projects/feed.atom',
      '/api/v1/resource-centres/feed.atom',
      '/api/v1/projects/dashboard.csv',
      '/api/v1/openapi.json',
      '/api/v1/projects/PX.0220/extra',
      '/api/health',
      '/api/auth/session',
    ]) {
      expect(keyOf(url), url).toBeNull();
    }
    expect(keyOf('/api/v1/regions', { 'if-none-match': '"x"' })).toBeNull();
    expect(keyOf('/api/v1/regions', { 'if-modified-since': 'Tue, 01 Dec 2026 00:00:00 GMT' })).toBeNull();
    expect(keyOf('/api/v1/regions', {}, [], 'HEAD')).toBeNull();
    expect(keyOf(`/api/v1/projects?q=${'x'.repeat(2100)}`)).toBeNull();
  });
});
