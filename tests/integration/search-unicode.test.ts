import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCentreMarkers, listPublishedCentres } from '@/lib/data/centres';
import { countProjects, listPublishedProjects } from '@/lib/data/projects';
import { getDb } from '@/lib/db';
import { parseCentreFilters } from '@/lib/validation/centre-filters';
import { parseProjectFilters } from '@/lib/validation/project-filters';
import { getList, type ListPath } from '@/tests/support/api-client';

// Both full-text searches (projects and centres) against the real database, with text from every Unicode block:
// whatever is typed, the search answers (no tsquery syntax error) and finds what it should.

type Block = { start: number; end: number; name: string };
const BLOCKS: Block[] = readFileSync(new URL('../fixtures/unicode/Blocks.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => {
    const [range = '', name = ''] = line.split('; ');
    const [start = '', end = ''] = range.split('..');
    return { start: Number.parseInt(start, 16), end: Number.parseInt(end, 16), name };
  });

// Letters that unaccent() turns into tsquery syntax (ʼ → ', ː → :, ⑴ → (1), ¡ → !, × → *), the syntax itself,
// quotes, combining marks and controls.
const SPECIAL = [
  '\u02BC',
  '\u2019',
  '\u02D0',
  '\u2474',
  '\u00A1',
  '\u00D7',
  '\u00BD',
  '\u02BA',
  ':',
  '!',
  '&',
  '|',
  '(',
  ')',
  '*',
  '\\',
  "'",
  '"',
  '<',
  '>',
  '-',
  ' ',
  '\u0301',
  '\u0327',
  '\u0000',
  '\u0007',
  '\uFEFF',
  '\uD800',
  '\u{1F600}',
];
const special = fc.constantFrom(...SPECIAL);
const fromBlock = (b: Block) => fc.integer({ min: b.start, max: b.end }).map((cp) => String.fromCodePoint(cp));
const textOf = (b: Block) =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fromBlock(b) },
        { weight: 2, arbitrary: special },
        fc.constantFrom('a', 'é', '1'),
      ),
      { minLength: 1, maxLength: 24 },
    )
    .map((chars) => chars.join(''));
// Only separators around a name: the name must still be found.
const SEPARATORS = [' ', ':', '!', '&', '|', '(', ')', '*', '\\', "'", '"', '\u02BC', '\u2019', '-'];
const separators = fc.array(fc.constantFrom(...SEPARATORS), { maxLength: 6 }).map((chars) => chars.join(''));

const centreSlugs = async (q: string) => {
  const { filters } = parseCentreFilters({ q });
  const [list, markers] = await Promise.all([
    listPublishedCentres({ ...filters, pageSize: 100 }, 'en'),
    listCentreMarkers(filters),
  ]);
  expect(markers.length).toBeLessThanOrEqual(list.total);
  return list.items.map((c) => c.slug);
};
const projectCodes = async (q: string) => {
  const { filters } = parseProjectFilters({ q });
  return (await listPublishedProjects(filters, 'en')).items.map((p) => p.code);
};

const POHNPEI = 'pohnpei-migrant-resource-centre';
let published: Set<string>;

describe('full-text search with text from every Unicode block', () => {
  beforeAll(async () => {
    const where = { publicationState: 'published' } as const;
    const rows = await getDb().resourceCentre.findMany({ where, select: { slug: true } });
    published = new Set(rows.map((c) => c.slug));
  });
  afterAll(async () => getDb().$disconnect());

  it('answers letters that unaccent() turns into tsquery syntax (ʼ, ː, ⑴), in page queries and the API', async () => {
    const cases = ['\u02BC', 'l\u02BCunion', '\u02D0', '\u2474', '\u00A1', '\u00D7', 'Pohnpei\u02BC', "'", '\\', ':*'];
    for (const q of cases) {
      await expect(centreSlugs(q), q).resolves.toBeDefined();
      await expect(projectCodes(q), q).resolves.toBeDefined();
    }
    expect(await centreSlugs('\u02BCPohnpei\u2019')).toContain(POHNPEI);
    for (const path of ['/api/v1/resource-centres', '/api/v1/projects'] as const) {
      for (const q of ['%CA%BC', '%CB%90', '%E2%91%B4', 'Pohnpei%CA%BC']) {
        const res = await getList(path, `?q=${q}`);
        expect(res.status, `${path}?q=${q}`).toBe(200);
        await res.arrayBuffer();
      }
    }
  });

  it(`never fails, for text drawn from each of the ${BLOCKS.length} blocks`, async () => {
    expect(BLOCKS.length).toBeGreaterThan(300);
    expect(BLOCKS.at(-1)).toMatchObject({ start: 0x100000, end: 0x10ffff });
    for (const block of BLOCKS) {
      await fc.assert(
        fc.asyncProperty(textOf(block), async (q) => {
          const label = `${block.name}: ${JSON.stringify(q)}`;
          const [centres, projects] = await Promise.all([
            listPublishedCentres({ ...parseCentreFilters({ q }).filters, pageSize: 100 }, 'en'),
            countProjects(parseProjectFilters({ q }).filters),
          ]);
          for (const c of centres.items) expect(published.has(c.slug), label).toBe(true);
          expect(projects.total, label).toBeGreaterThanOrEqual(0);
        }),
        { numRuns: 3 },
      );
    }
  }, 300_000);

  it('only narrows a search when words are added, and finds a name among any separators', async () => {
    const pohnpei = await centreSlugs('Pohnpei');
    const pacific = await projectCodes('Pacific');
    expect(pohnpei).toEqual([POHNPEI]);
    expect(pacific).toEqual(['PX.0220']);
    const anyBlock = fc.constantFrom(...BLOCKS).chain(textOf);
    await fc.assert(
      fc.asyncProperty(anyBlock, separators, separators, async (noise, before, after) => {
        for (const slug of await centreSlugs(`Pohnpei ${noise}`)) expect(pohnpei).toContain(slug);
        for (const code of await projectCodes(`Pacific ${noise}`)) expect(pacific).toContain(code);
        expect(await centreSlugs(`${before}poHNpei${after}`), `${before}|${after}`).toContain(POHNPEI);
        expect(await projectCodes(`${before}PACIFIC${after}`), `${before}|${after}`).toContain('PX.0220');
      }),
      { numRuns: 150 },
    );
  }, 180_000);

  it('answers 200 on the API routes for text from any block', async () => {
    const anyBlock = fc.constantFrom(...BLOCKS).chain(textOf);
    const paths = fc.constantFrom<ListPath>('/api/v1/resource-centres', '/api/v1/projects');
    await fc.assert(
      fc.asyncProperty(anyBlock, paths, async (q, path) => {
        const res = await getList(path, `?${new URLSearchParams({ q })}`);
        expect(res.status, `${path} q=${JSON.stringify(q)}`).toBe(200);
        await res.arrayBuffer();
      }),
      { numRuns: 150 },
    );
  });
});
