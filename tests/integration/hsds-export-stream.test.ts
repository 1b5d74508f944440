import { heldBatches } from '../support/held-batches';
import { setImmediate as ioTurn } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/resource-centres/route';
import { centresToHsdsPage, hsdsStreamResponse, type HsdsCentre, type HsdsOptions } from '@/lib/api/hsds';
import { stripControlCharactersReplacer } from '@/lib/control-characters';
import { centreDetailBatches, centreNoticesInForce, listPublishedCentreDetails } from '@/lib/data/centres-detail';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { routing } from '@/lib/i18n/routing';

// Issue 17: the HSDS export (`format=hsds`, every published centre on one page) is sent a batch of centres at a time
// (centreDetailBatches): the same JSON as the whole page, the first services before the last batch is read, no
// reading ahead of a client that reads nothing, and 304s to its weak validator (which names the notices in force).

const call = (query: string, headers?: Record<string, string>) =>
  GET(new Request(`http://localhost/api/v1/resource-centres${query}`, { headers }));
const opts: HsdsOptions & { now: Date } = {
  locale: 'en',
  siteUrl: 'https://portal.example',
  centreUrl: (slug: string) => `https://portal.example/en/resource-centres/${slug}`,
  now: new Date('2026-12-10T12:00:00Z'),
};
const pageJson = (centres: HsdsCentre[], o: HsdsOptions = opts) =>
  JSON.stringify(centresToHsdsPage(centres, o), stripControlCharactersReplacer);
const hsds = (batches: () => AsyncIterable<HsdsCentre[]>) =>
  hsdsStreamResponse(new Request('http://localhost/x'), { batches, opts, lastModified: null, validator: 'x' });
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

async function collect(batches: AsyncIterable<HsdsCentre[]>): Promise<HsdsCentre[][]> {
  const all: HsdsCentre[][] = [];
  for await (const batch of batches) all.push(batch);
  return all;
}

describe('the streamed HSDS export', () => {
  beforeAll(async () => {
    // A centre with a dated notice (in force from 1 to 20 December 2026, Paris time) and a control character.
    await getDb().resourceCentre.create({
      data: {
        slug: 'zz-stream-centre',
        name: { en: 'Stream\u0001 centre' },
        kind: 'shelter',
        status: 'operational',
        countryCode: 'FR',
        timeZone: 'Europe/Paris',
        notice: { en: 'Closed for works' },
        noticeFrom: new Date('2026-12-01T00:00:00Z'),
        noticeUntil: new Date('2026-12-20T00:00:00Z'),
        publicationState: 'published',
      },
    });
  });
  afterAll(async () => {
    await getDb().resourceCentre.deleteMany({ where: { slug: 'zz-stream-centre' } });
    await getDb().$disconnect();
  });

  it('reads the centres by slug a batch at a time, the same rows as one read', async () => {
    for (const modifiedAfter of [null, new Date('2000-01-01T00:00:00Z'), new Date('2100-01-01T00:00:00Z')]) {
      const all = await listPublishedCentreDetails(modifiedAfter);
      const batches = await collect(centreDetailBatches(modifiedAfter, 3));
      for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(3);
      expect(batches.flat()).toEqual(all);
    }
    expect((await listPublishedCentreDetails()).length).toBeGreaterThan(3);
  });

  it('is the JSON of the whole page, whatever the batch size, and of an empty page', async () => {
    const all = await listPublishedCentreDetails();
    for (const size of [1, 3, 500]) {
      const text = await hsds(() => centreDetailBatches(null, size)).text();
      expect(text).toBe(pageJson(all));
    }
    const page = JSON.parse(pageJson(all)) as { contents: { name: string; alert?: string }[]; total_items: number };
    expect(page.total_items).toBe(all.length);
    expect(page.contents.find((s) => s.name === 'Stream centre')?.alert).toBe('Closed for works');
    async function* none(): AsyncGenerator<HsdsCentre[]> {}
    async function* gaps() {
      await ioTurn();
      yield [];
      yield all.slice(0, 2);
      yield [];
      yield all.slice(2);
    }
    expect(await hsds(none).text()).toBe(pageJson([]));
    expect(JSON.parse(await hsds(none).text())).toMatchObject({ total_items: 0, empty: true, contents: [] });
    expect(await hsds(gaps).text()).toBe(pageJson(all));
  });

  it('answers with the JSON of the page in the requested language, a weak ETag and 304s', async () => {
    const res = await call('?format=hsds&lang=fr');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const body: unknown = JSON.parse(await res.text());
    // The route's options: the site's address (SITE_URL), the French path of a centre's page, the current day.
    const siteUrl = getEnv().SITE_URL;
    const path = routing.pathnames['/resource-centres/[slug]'].fr;
    const centreUrl = (slug: string) => new URL(`/fr${path.replace('[slug]', slug)}`, siteUrl).toString();
    const fr: HsdsOptions = { locale: 'fr', siteUrl, centreUrl, now: new Date() };
    expect(body).toEqual(JSON.parse(pageJson(await listPublishedCentreDetails(), fr)));
    expect(body).toMatchObject({ empty: false, contents: expect.arrayContaining([expect.anything()]) });
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await call('?format=hsds&lang=fr', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const other = await call('?format=hsds&lang=es', { 'If-None-Match': etag });
    expect(other.status).toBe(200);
    await other.body?.cancel();
  });

  it('names the dated notices in force at the export, which change with the day without an edit', async () => {
    // Paris is UTC+1 in December: the notice starts at 23:00 UTC on 30 November and ends at 23:00 UTC on 20 December.
    const at = (iso: string) => centreNoticesInForce(new Date(iso));
    expect(await at('2026-11-30T22:59:00Z')).not.toContain('zz-stream-centre');
    expect(await at('2026-11-30T23:01:00Z')).toContain('zz-stream-centre');
    expect(await at('2026-12-20T22:59:00Z')).toContain('zz-stream-centre');
    expect(await at('2026-12-20T23:01:00Z')).not.toContain('zz-stream-centre');
  });

  it('sends the first services before the last batch is read, and reads no further than the client', async () => {
    const [first, second] = await listPublishedCentreDetails();
    const { batches, release, lastRead } = heldBatches(first!, second!);
    const reader = hsds(batches).body!.getReader();
    const chunk = decode((await reader.read()).value!);
    expect(lastRead()).toBe(false);
    expect(chunk.startsWith('{"contents":[{')).toBe(true);
    expect(chunk).toContain(first!.slug);
    release();
    let text = chunk;
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += decode(r.value);
    expect(lastRead()).toBe(true);
    expect(text).toBe(pageJson([first!, second!]));

    let taken = 0;
    let closed = false;
    async function* endless() {
      try {
        for (;;) {
          await ioTurn();
          taken++;
          yield [first!];
        }
      } finally {
        closed = true;
      }
    }
    const slow = hsds(endless).body!.getReader();
    await slow.read();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(taken).toBeLessThan(5);
    await slow.cancel();
    expect(closed).toBe(true);
  });
});
