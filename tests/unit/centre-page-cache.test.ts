import { describe, expect, it } from 'vitest';
import { hoursState } from '@/lib/centres/hours';
import { PAGE_MAX_AGE_MS, PageStore } from '@/lib/page-cache/store';

// A centre page says "open now" from the clock when it is rendered; the page cache must not serve that answer long
// after it changed. Kept pages are rendered again once PAGE_MAX_AGE_MS old, so the answer lags by at most that.
describe('centre pages in the page cache', () => {
  it('are reused for at most five minutes (one minute today)', () => {
    expect(PAGE_MAX_AGE_MS).toBeLessThanOrEqual(5 * 60_000);
  });

  it('are not served once older than the maximum age, even at the same content version', () => {
    const key = '/es/centros-de-recursos/la-union-window-office';
    // Rendered at 15:59:30 local (open, closes at 16:00); asked again after closing time, past the maximum age.
    const renderedAt = Date.parse('2026-12-02T21:59:30Z');
    expect(hoursState('Mo-Fr 08:00-16:00', 'America/El_Salvador', new Date(renderedAt)).state).toBe('open');
    const store = new PageStore(1_000_000, PAGE_MAX_AGE_MS);
    store.set(key, { version: '7', headers: [], body: 'Abierto ahora', renderedAt });
    expect(store.get(key, '7', renderedAt + PAGE_MAX_AGE_MS)).toBeDefined();
    expect(store.get(key, '7', renderedAt + PAGE_MAX_AGE_MS + 1)).toBeUndefined();
    expect(hoursState('Mo-Fr 08:00-16:00', 'America/El_Salvador', new Date(renderedAt + PAGE_MAX_AGE_MS)).state).toBe(
      'closed',
    );
  });
});
