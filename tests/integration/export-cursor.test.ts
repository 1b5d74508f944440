import { describe, expect, it } from 'vitest';
import { cursorBatches } from '@/lib/data/cursor';
import { projectRecordBatches, queryProjectRecords, type ProjectRecord } from '@/lib/data/projects';
import { getDb, getReadDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseProjectFilters } from '@/lib/validation/project-filters';

// Issue 17: exports read their rows from a cursor in one read-only transaction, a batch when the previous one has
// been sent: one consistent state however long the download, a bounded number at a time, never left open.
const all = parseProjectFilters({}).filters;

async function collect(batches: AsyncIterable<ProjectRecord[]>): Promise<ProjectRecord[]> {
  const rows: ProjectRecord[] = [];
  for await (const batch of batches) rows.push(...batch);
  return rows;
}

describe('exports read through a cursor', () => {
  it('give the rows of one read, in order, whatever the batch size', async () => {
    const expected = (await queryProjectRecords(all, 'en', null)).map((r) => r.code);
    expect(expected.length).toBeGreaterThan(2);
    for (const size of [1, 2, 500]) {
      expect((await collect(projectRecordBatches(all, 'en', size))).map((r) => r.code)).toEqual(expected);
    }
  });

  it('export the content as it was when they started, even if it changes while they are sent', async () => {
    const batches = projectRecordBatches(all, 'en', 1);
    const first = await batches.next();
    expect(first.done).toBe(false);
    const later = (await queryProjectRecords(all, 'en', null)).at(-1)!;
    const before = await getDb().project.findUniqueOrThrow({ where: { code: later.code }, select: { title: true } });
    await getDb()
      .$executeRaw`UPDATE project SET title = title || '{"en": "Changed while exporting"}' WHERE code = ${later.code}`;
    try {
      const rest = await collect({ [Symbol.asyncIterator]: () => batches });
      const exported = rest.find((r) => r.code === later.code)!;
      expect(exported.title.en).not.toBe('Changed while exporting');
      const next = (await collect(projectRecordBatches(all, 'en', 500))).find((r) => r.code === later.code)!;
      expect(next.title.en).toBe('Changed while exporting');
    } finally {
      await getDb().project.update({ where: { code: later.code }, data: { title: before.title ?? {} } });
    }
  });

  it('run two at a time per process: a third waits for a slot, then all finish', async () => {
    const expected = (await queryProjectRecords(all, 'fr', null)).map((r) => r.code);
    const runs = await Promise.all([1, 2, 3, 4].map(() => collect(projectRecordBatches(all, 'fr', 1))));
    for (const rows of runs) expect(rows.map((r) => r.code)).toEqual(expected);
  });

  it('free their slot and connection when the download stops early', async () => {
    for (let i = 0; i < 5; i++) {
      for await (const batch of projectRecordBatches(all, 'en', 1)) {
        expect(batch).toHaveLength(1);
        break;
      }
    }
    expect((await collect(projectRecordBatches(all, 'en', 500))).length).toBeGreaterThan(2);
  });

  it('fail, rather than end as if complete, when nobody reads the next batch in time', async () => {
    const batches = cursorBatches(Prisma.sql`SELECT generate_series(1, 10) AS n`, 2, 100);
    expect((await batches.next()).value).toEqual([{ n: 1 }, { n: 2 }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(batches.next()).rejects.toThrow(/not read/);
    // The slot is free again.
    expect((await collect(projectRecordBatches(all, 'en', 500))).length).toBeGreaterThan(2);
  });

  it('and every other query of the app run without JIT compilation (it cost more than the queries themselves)', async () => {
    for (const db of [getDb(), getReadDb()]) {
      expect(await db.$queryRaw<{ jit: string }[]>`SHOW jit`).toEqual([{ jit: 'off' }]);
    }
  });
});
