import { afterAll, describe, expect, it } from 'vitest';
import { setProductionEnv } from '../support/production-env';

// Issue 17: the server processes of `npm start` share their renders (lib/page-cache/share.ts): each page has one owner
// that renders it again after a change, and a page one process kept is kept by the others, unless they hold a later
// version. The cluster's part (relaying the messages) is checked by tests/e2e/cluster.spec.ts.
const restoreEnv = setProductionEnv();
const { askToRender, isShareMessage, keepShared, ownerOf, renderElsewhere, shareKept } =
  await import('@/lib/page-cache/share');
const { pageCacheState } = await import('@/lib/page-cache/state');
const sent: unknown[] = [];
// The test runner's own channel, if it has one, is put back afterwards.
const runnerSend = Object.getOwnPropertyDescriptor(process, 'send');
afterAll(() => {
  restoreEnv();
  if (runnerSend) Object.defineProperty(process, 'send', runnerSend);
  else delete (process as { send?: unknown }).send;
});

const page = (version: string, text: string) => ({
  version,
  renderedAt: Date.now(),
  body: `<!DOCTYPE html><p>${text}</p>`,
  headers: [['content-type', 'text/html']] as [string, string][],
});

describe('renders shared between server processes', () => {
  it('gives every page one owner among the processes, the same in each', () => {
    const keys = Array.from({ length: 400 }, (_, i) => `/en/projects?page=${i}`);
    const owners = keys.map((k) => ownerOf(k, 2));
    expect(keys.map((k) => ownerOf(k, 2))).toEqual(owners);
    // Roughly half each.
    expect(owners.filter((o) => o === 0).length).toBeGreaterThan(150);
    expect(owners.filter((o) => o === 1).length).toBeGreaterThan(150);
  });

  it('renders everything itself when alone, and asks the owner when in a cluster', () => {
    expect(renderElsewhere('/en/projects')).toBeNull();
    // The test runner may talk to its workers through process.send too: its messages pass on untouched.
    const runner = runnerSend?.value as ((...args: unknown[]) => boolean) | undefined;
    (process as { send?: unknown }).send = (message: unknown, ...rest: unknown[]) => {
      if (!isShareMessage(message)) return runner ? Reflect.apply(runner, process, [message, ...rest]) : false;
      sent.push(message);
      return true;
    };
    Object.assign(process.env, { WORKER_INDEX: '0', WORKER_COUNT: '2' });
    const mine = ['/en', '/fr', '/en/projects', '/fr/projets', '/en/regions'].filter((k) => ownerOf(k, 2) === 0);
    const theirs = ['/en', '/fr', '/en/projects', '/fr/projets', '/en/regions'].filter((k) => ownerOf(k, 2) === 1);
    for (const key of mine) expect(renderElsewhere(key)).toBeNull();
    for (const key of theirs) expect(renderElsewhere(key)).toBe(1);
    askToRender('/en', 1);
    const kept = page('3', 'x');
    shareKept('/en', kept);
    expect(sent).toEqual([
      { type: 'page-cache', op: 'render', key: '/en', to: 1 },
      { type: 'page-cache', op: 'kept', key: '/en', page: kept },
    ]);
  });

  it('keeps a page sent by another process unless it holds a later version, and ends the wait for it', () => {
    const { store, refreshing } = pageCacheState();
    const text = (key: string) => Buffer.from(store.stale(key)!.body('n')).toString();
    refreshing.add('/en/regions');
    expect(keepShared('/en/regions', page('9', 'nine'))).toBe(true);
    expect(refreshing.has('/en/regions')).toBe(false);
    expect(text('/en/regions')).toContain('nine');
    expect(keepShared('/en/regions', page('10', 'ten'))).toBe(true); // 10 > 9, though "10" < "9" as text
    expect(keepShared('/en/regions', page('8', 'eight'))).toBe(false);
    expect(text('/en/regions')).toContain('ten');
    expect(store.has('/en/regions', '10')).toBe(true);
  });
});
