import { describe, expect, it } from 'vitest';
import { decideAttempt, type AttemptCounts } from '@/lib/auth/rate-limit';
import { createSemaphore } from '@/lib/auth/semaphore';

const none: AttemptCounts = { account: 0, accountAddress: 0, address: 0, device: 0 };

describe('decideAttempt (docs/operations.md, "Login throttling")', () => {
  it('refuses an unknown browser at 5 failures of the account from its address, 30 from it, 100 of the account', () => {
    expect(decideAttempt({ ...none, accountAddress: 4 }, false)).toEqual({ allowed: true, delayMs: 0 });
    expect(decideAttempt({ ...none, accountAddress: 5 }, false)).toEqual({ allowed: false });
    expect(decideAttempt({ ...none, address: 29 }, false)).toEqual({ allowed: true, delayMs: 0 });
    expect(decideAttempt({ ...none, address: 30 }, false)).toEqual({ allowed: false });
    expect(decideAttempt({ ...none, account: 99 }, false)).toEqual({ allowed: true, delayMs: 0 });
    expect(decideAttempt({ ...none, account: 100 }, false)).toEqual({ allowed: false });
  });

  it('never refuses a known device: it waits 1 s past a limit, doubling with its own failures, at most 30 s', () => {
    expect(decideAttempt(none, true)).toEqual({ allowed: true, delayMs: 0 });
    const attacked = { ...none, accountAddress: 50, address: 500, account: 1000 };
    expect(decideAttempt(attacked, true)).toEqual({ allowed: true, delayMs: 1000 });
    expect(decideAttempt({ ...none, device: 1 }, true)).toEqual({ allowed: true, delayMs: 1000 });
    expect(decideAttempt({ ...none, device: 3 }, true)).toEqual({ allowed: true, delayMs: 4000 });
    expect(decideAttempt({ ...none, account: 100, device: 3 }, true)).toEqual({ allowed: true, delayMs: 8000 });
    expect(decideAttempt({ ...none, device: 9 }, true)).toEqual({ allowed: true, delayMs: 30_000 });
  });

  it('treats a device with 10 failures of its own like any other browser', () => {
    expect(decideAttempt({ ...none, device: 10 }, true)).toEqual({ allowed: true, delayMs: 0 });
    expect(decideAttempt({ ...none, device: 10, accountAddress: 10 }, true)).toEqual({ allowed: false });
  });
});

describe('createSemaphore', () => {
  it('runs at most `limit` tasks at once, the others in the order they came, and survives failing tasks', async () => {
    const semaphore = createSemaphore(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (i: number) =>
      semaphore.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 5));
        running -= 1;
        order.push(i);
        if (i === 3) throw new Error('task 3 fails');
        return i;
      });
    const all = Promise.allSettled(Array.from({ length: 8 }, (_, i) => task(i)));
    expect(semaphore.waiting).toBe(6);
    const results = await all;
    expect(most).toBe(2);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(semaphore.waiting).toBe(0);
    expect(await semaphore.run(() => Promise.resolve('again'))).toBe('again');
  });
});
