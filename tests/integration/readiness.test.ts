import { mkdtempSync, cpSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultMigrationsDir } from '@/lib/migrate';
import { checkReadiness } from '@/lib/readiness';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('readiness', () => {
  it('is ready on the migrated test database', async () => {
    expect(await checkReadiness()).toEqual({ ready: true });
  });

  it('reports a migration of this build that the database lacks', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'iom-migrations-'));
    dirs.push(dir);
    cpSync(defaultMigrationsDir(), dir, { recursive: true });
    mkdirSync(path.join(dir, '29991231000000_future'));
    writeFileSync(path.join(dir, '29991231000000_future', 'migration.sql'), 'SELECT 1;\n');
    expect(await checkReadiness(dir)).toEqual({
      ready: false,
      reason: 'pending_migrations',
      pending: ['29991231000000_future'],
    });
  });

  it('reports an unreachable database instead of throwing', async () => {
    const saved = process.env.DATABASE_URL;
    // The env module caches; a fresh import reads the unreachable URL.
    process.env.DATABASE_URL = 'postgresql://postgres@127.0.0.1:1/nowhere';
    const { vi } = await import('vitest');
    vi.resetModules();
    try {
      const fresh = await import('@/lib/readiness');
      expect(await fresh.checkReadiness()).toEqual({ ready: false, reason: 'database_unreachable' });
    } finally {
      process.env.DATABASE_URL = saved;
      vi.resetModules();
    }
  });
});
