import { heldBatches } from '../support/held-batches';
import { describe, expect, it } from 'vitest';
import { csvStreamResponse, projectsToCsv } from '@/lib/api/project-csv';
import { GET as getList } from '@/app/api/v1/projects/route';
import { projectRecordBatches, queryProjectRecords, type ProjectRecord } from '@/lib/data/projects';
import { parseProjectFilters } from '@/lib/validation/project-filters';

// Issue 17: the CSV export is sent a batch of rows at a time. Same bytes as the whole-file CSV, whatever the batch
// size; the first bytes leave before the last batch is read; conditional requests still answer 304.
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());
const decode = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);

describe('the streamed CSV export', () => {
  it('reads the rows in list order a batch at a time, the same rows as one read', async () => {
    for (const query of [{}, { sort: 'budget' }, { status: 'completed' }, { q: 'zzzz-nothing' }]) {
      const { filters } = parseProjectFilters(query);
      const all = await queryProjectRecords(filters, 'fr', null);
      const batched: ProjectRecord[] = [];
      for await (const batch of projectRecordBatches(filters, 'fr', 2)) {
        expect(batch.length).toBeLessThanOrEqual(2);
        batched.push(...batch);
      }
      expect(batched.map((r) => r.code)).toEqual(all.map((r) => r.code));
      expect(projectsToCsv(batched, 'fr')).toBe(projectsToCsv(all, 'fr'));
    }
  });

  it('answers the same bytes as the whole-file CSV, and 304 to its validator', async () => {
    const url = 'http://localhost/api/v1/projects?format=csv&lang=es&sort=budget';
    const res = await getList(new Request(url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="proyectos.csv"');
    const rows = await queryProjectRecords(parseProjectFilters({ sort: 'budget' }).filters, 'es', null);
    expect(decode(await bytesOf(res))).toBe(projectsToCsv(rows, 'es'));
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect((await getList(new Request(url, { headers: { 'If-None-Match': etag } }))).status).toBe(304);
    // Another view is another file.
    const other = await getList(new Request(`${url}&status=completed`));
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('sends the first rows before the next batch is read, and the header alone when nothing matches', async () => {
    const [first, second] = await queryProjectRecords(parseProjectFilters({}).filters, 'en', null);
    const { batches, release, lastRead } = heldBatches(first!, second!);
    const res = csvStreamResponse(new Request('http://localhost/x.csv'), {
      batches,
      lang: 'en',
      delimiter: 'comma',
      filename: 'x.csv',
      lastModified: null,
      validator: 'x',
    });
    const reader = res.body!.getReader();
    const chunk = await reader.read();
    expect(lastRead()).toBe(false);
    expect(decode(chunk.value!)).toBe(projectsToCsv([first!], 'en'));
    release();
    const rest: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest.push(r.value);
    expect(lastRead()).toBe(true);
    const whole = decode(chunk.value!) + rest.map(decode).join('');
    expect(whole).toBe(projectsToCsv([first!, second!], 'en'));

    async function* none(): AsyncGenerator<ProjectRecord[]> {}
    const empty = csvStreamResponse(new Request('http://localhost/y.csv'), {
      batches: none,
      lang: 'fr',
      delimiter: 'semicolon',
      filename: 'y.csv',
      lastModified: null,
      validator: 'y',
    });
    expect(decode(await bytesOf(empty))).toBe(projectsToCsv([], 'fr', 'semicolon'));
  });
});
