import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { within } from '@/lib/timeout';

// lib/timeout.ts: a timeout that fails what is unanswered, not what a busy event loop has not read yet.
function busy(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // blocking the loop, as a long render does
  }
}

describe('a timeout on a busy event loop', () => {
  it('fails what has not answered in time', async () => {
    const started = Date.now();
    await expect(within(new Promise(() => {}), 100, 'no answer')).rejects.toThrow('no answer');
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('passes an answer that arrived in time but waited in the socket while the loop was busy', async () => {
    const server = net.createServer((socket) => socket.end('pong'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const client = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
      await new Promise((resolve) => client.once('connect', resolve));
      const answer = new Promise<string>((resolve) => client.once('data', (d: Buffer) => resolve(d.toString())));
      const checked = within(answer, 100, 'no answer');
      // The answer arrives during this (the server answers at once); the timer is long due when the loop is free.
      busy(400);
      await expect(checked).resolves.toBe('pong');
      client.destroy();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('passes on the rejection of the promise itself', async () => {
    await expect(within(Promise.reject(new Error('refused')), 1_000, 'no answer')).rejects.toThrow('refused');
  });
});
