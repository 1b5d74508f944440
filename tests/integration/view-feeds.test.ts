import { parseFeed } from '@rowanmanning/feed-parser';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { create } from 'xmlbuilder2';

vi.mock('@/lib/auth/session', async () => (await import('../support/mock-actor')).mockSessionModule());

const { confirmCentreVerified, createRecord, setRecordsState, updateRecord } = await import('@/lib/data/record-write');
const { getDb } = await import('@/lib/db');
const { formatDate, formatUsd } = await import('@/lib/format');
const { GET: projectFeed } = await import('@/app/api/v1/projects/feed.atom/route');
const { GET: centreFeed } = await import('@/app/api/v1/resource-centres/feed.atom/route');
const { centreFeedHref, projectFeedHref } = await import('@/lib/api/feed-links');
const { parseProjectFilters } = await import('@/lib/validation/project-filters');
const { CENTRE_FEED_FILTER_PARAMS, PROJECT_FEED_FILTER_PARAMS } = await import('@/lib/api/feed-params');

// The Atom feeds of filtered views: a staff edit through the one write path puts the record at the top of every
// feed whose view holds it, saying what changed in the feed's language; a save as a draft shows nothing; the feeds
// are Atom 1.0 (parsed with a maintained feed parser, required elements checked) and answer conditional requests.

const CODE = 'ZF.0001';
const SLUG = 'zf-feed-centre';
const project = {
  code: CODE,
  titleEn: 'Feed test project',
  titleFr: 'Projet du flux',
  status: 'active',
  coverage: 'national',
  type: 'assisted-migration-services',
  region: 'africa',
  budgetUsd: '300000',
  startYear: '2025',
  countries: ['SN'],
};
const centre = {
  slug: SLUG,
  nameEn: 'Feed test centre',
  nameFr: 'Centre du flux',
  nameEs: 'Centro del canal',
  kind: 'resource_centre',
  status: 'operational',
  countryCode: 'SN',
};

const NARROW_NBSP = '\u202f';

const get = (handler: (r: Request) => Promise<Response>, href: string, headers?: Record<string, string>) =>
  handler(new Request(`http://localhost${href}`, { headers }));

/** The feed at `href`: parsed by the feed parser, and as an XML DOM (its elements, to check what Atom requires). */
async function feedAt(handler: (r: Request) => Promise<Response>, href: string) {
  const res = await get(handler, href);
  expect(res.status, href).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const xml = await res.text();
  const parsed = parseFeed(xml);
  const root = create(xml).root().node as unknown as Element;
  return { res, xml, parsed, root };
}

const ATOM = 'http://www.w3.org/2005/Atom';
const children = (el: Element, name: string) =>
  [...el.childNodes].filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
const text = (el: Element, name: string) => children(el, name)[0]?.textContent ?? null;
const isDate = (v: string | null) => v !== null && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(v);

/** RFC 4287's required elements: feed id, title, updated, author, self link; entry id, title, updated, link. */
function expectAtom(root: Element, self: string) {
  expect([root.namespaceURI, root.localName]).toEqual([ATOM, 'feed']);
  expect(text(root, 'id')).toBe(self);
  expect(text(root, 'title')).toBeTruthy();
  expect(isDate(text(root, 'updated'))).toBe(true);
  expect(text(children(root, 'author')[0]!, 'name')).toBeTruthy();
  const link = (el: Element, rel: string) =>
    children(el, 'link')
      .find((l) => (l.getAttribute('rel') ?? 'alternate') === rel)
      ?.getAttribute('href');
  expect(link(root, 'self')).toBe(self);
  expect(link(root, 'alternate')).toMatch(/^http:\/\/localhost:3000\/(fr|en|es)\//);
  for (const entry of children(root, 'entry')) {
    expect(new URL(text(entry, 'id') ?? '').protocol).toBe('http:');
    expect(text(entry, 'title')).toBeTruthy();
    expect(isDate(text(entry, 'updated'))).toBe(true);
    expect(link(entry, 'alternate')).toMatch(/^http:\/\/localhost:3000\//);
  }
}

describe('Atom feeds of filtered views', () => {
  beforeAll(async () => {
    await getDb().project.deleteMany({ where: { code: CODE } });
    await getDb().resourceCentre.deleteMany({ where: { slug: SLUG } });
  });
  afterAll(async () => {
    await getDb().project.deleteMany({ where: { code: CODE } });
    await getDb().resourceCentre.deleteMany({ where: { slug: SLUG } });
    await getDb().$disconnect();
  });

  const view = parseProjectFilters({ region: 'africa', status: 'active', page: '3', sort: 'budget' }).filters;
  const fr = projectFeedHref(view, 'fr');
  const en = projectFeedHref(view, 'en');

  it('builds the feed address of a view (page and sort left out)', () => {
    expect(fr).toBe('/api/v1/projects/feed.atom?region=africa&status=active&lang=fr');
    expect(centreFeedHref({ country: ['SN'], page: 2, pageSize: 50 }, 'en')).toBe(
      '/api/v1/resource-centres/feed.atom?country=SN&lang=en',
    );
  });

  it('a published project, then a budget edit, comes first in the matching feeds, said in their language', async () => {
    expect(await createRecord('project', { ...project, intent: 'publish' })).toMatchObject({ ok: true, version: 1 });
    let { parsed, root } = await feedAt(projectFeed, fr);
    expectAtom(root, `http://localhost:3000${fr}`);
    expect(parsed.meta.type).toBe('atom');
    expect(root.getAttribute('xml:lang')).toBe('fr');
    expect(parsed.title).toBe(`Projets du Fonds de l’OIM pour le développement${NARROW_NBSP}: dernières modifications`);
    expect(parsed.description).toContain('Afrique');
    expect(parsed.items[0]?.title).toBe(`Projet du flux (${CODE})`);
    expect(parsed.items[0]?.description).toBe('Publié sur le portail.');
    expect(parsed.items[0]?.url).toBe(`http://localhost:3000/fr/projets/${CODE}`);
    expect(parsed.items[0]?.id).toBe(`http://localhost:3000/fr/projets/${CODE}#v1`);

    expect(await updateRecord('project', CODE, { ...project, budgetUsd: '350000', version: '1' })).toMatchObject({
      ok: true,
      version: 2,
    });
    ({ parsed, root } = await feedAt(projectFeed, fr));
    expectAtom(root, `http://localhost:3000${fr}`);
    const [first] = parsed.items;
    expect(first?.id).toBe(`http://localhost:3000/fr/projets/${CODE}#v2`);
    const budgetFr = `Budget (USD)${NARROW_NBSP}: passe de ${formatUsd('300000', 'fr')} à ${formatUsd('350000', 'fr')}`;
    expect(first?.description).toBe(budgetFr);
    expect(first?.content).toBe(`<ul><li>${budgetFr}</li></ul>`);
    expect(formatUsd('350000', 'fr')).toMatch(/^350\s000\s\$US$/);
    const updated = first?.updated;
    expect(updated).toBeInstanceOf(Date);
    expect(Date.now() - updated!.getTime()).toBeLessThan(60_000);
    expect(parsed.updated?.getTime()).toBe(updated?.getTime());

    const english = (await feedAt(projectFeed, en)).parsed;
    expect(english.items[0]?.title).toBe(`Feed test project (${CODE})`);
    expect(english.items[0]?.description).toBe('Budget (USD) changed from US$300,000 to US$350,000');
    expect(english.items[0]?.url).toBe(`http://localhost:3000/en/projects/${CODE}`);

    // A view that does not hold the project has no entry for it.
    const other = (await feedAt(projectFeed, '/api/v1/projects/feed.atom?region=asia-oceania&lang=en')).parsed;
    expect(other.items.map((i) => i.url)).not.toContain(`http://localhost:3000/en/projects/${CODE}`);
  });

  it('a save as a draft shows nothing; publishing it shows its changes', async () => {
    const before = (await feedAt(projectFeed, en)).xml;
    const draft = { ...project, budgetUsd: '999999', status: 'completed', version: '2', intent: 'draft' };
    expect(await updateRecord('project', CODE, draft)).toMatchObject({ ok: true, version: 3 });
    // The view filters on `active`: the draft's `completed` is not public, so the project stays in it, unchanged.
    const after = await feedAt(projectFeed, en);
    expect(after.xml).toBe(before);
    expect(after.xml).not.toContain('999');

    expect(await setRecordsState('project', [CODE], 'publish')).toMatchObject({ ok: true, changed: 1 });
    const published = (await feedAt(projectFeed, '/api/v1/projects/feed.atom?region=africa&lang=en')).parsed;
    expect(published.items[0]?.id).toBe(`http://localhost:3000/en/projects/${CODE}#v4`);
    expect(published.items[0]?.content).toBe(
      '<ul><li>Status changed from Active to Completed</li>' +
        '<li>Budget (USD) changed from US$350,000 to US$999,999</li></ul>',
    );
    // No longer active: out of the `status=active` view.
    const active = (await feedAt(projectFeed, en)).parsed;
    expect(active.items.map((i) => i.url)).not.toContain(`http://localhost:3000/en/projects/${CODE}`);
  });

  it('answers conditional requests with 304 and invalid parameters with a JSON 400', async () => {
    const href = '/api/v1/projects/feed.atom?region=africa&lang=es';
    const res = await get(projectFeed, href);
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('last-modified')).toBeTruthy();
    const again = await get(projectFeed, href, { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const since = await get(projectFeed, href, { 'If-Modified-Since': res.headers.get('last-modified')! });
    expect(since.status).toBe(304);

    const bad = await get(projectFeed, '/api/v1/projects/feed.atom?lang=de&region=nowhere&status=done');
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { error: { details: { param: string }[] } }).error.details.map((d) => d.param),
    ).toEqual(['lang', 'status', 'region']);
    // Page and sort of a list's address are not parameters of its feed: ignored, whatever they hold.
    expect((await get(projectFeed, '/api/v1/projects/feed.atom?page=x&sort=y')).status).toBe(200);
  });

  it('answers any query string with a well-formed feed or a JSON 400, never a 500', async () => {
    const value = fc.oneof(
      fc.constantFrom('', 'africa', 'active', 'SN', 'fr', 'de', '2020', 'x', '\u0000', '\uD800', '<a&b>', ']]>'),
      fc.string({ maxLength: 20 }),
    );
    const feeds = [
      [projectFeed, '/api/v1/projects/feed.atom', Object.keys(PROJECT_FEED_FILTER_PARAMS)],
      [centreFeed, '/api/v1/resource-centres/feed.atom', Object.keys(CENTRE_FEED_FILTER_PARAMS)],
    ] as const;
    for (const [handler, path, names] of feeds) {
      const pairs = fc.array(fc.tuple(fc.constantFrom(...names, 'lang', 'page', 'sort', 'pageSize'), value), {
        maxLength: 5,
      });
      await fc.assert(
        fc.asyncProperty(pairs, async (list) => {
          const href = `${path}?${new URLSearchParams(list)}`;
          const res = await get(handler, href);
          expect([200, 400], href).toContain(res.status);
          if (res.status === 400) expect((await res.json()) as object, href).toHaveProperty('error.code');
          else expect(create(await res.text()).root().node.nodeName, href).toBe('feed');
        }),
        { numRuns: 40 },
      );
    }
  });

  it('is described in the OpenAPI document: the list filters but page and sort, and the language', async () => {
    const { GET: openapi } = await import('@/app/api/v1/openapi.json/route');
    type Operation = { parameters: { name?: string }[]; responses: Record<string, { content?: object }> };
    const doc = (await (await openapi(new Request('http://localhost/api/v1/openapi.json'))).json()) as {
      paths: Record<string, { get: Operation }>;
    };
    const projects = doc.paths['/api/v1/projects/feed.atom']!.get;
    expect(projects.parameters.flatMap((p) => p.name ?? [])).toEqual([
      ...['q', 'region', 'status', 'type', 'coverage', 'country', 'budgetMin', 'budgetMax', 'yearFrom', 'yearTo'],
      'lang',
    ]);
    expect(Object.keys(projects.responses['200']!.content!)).toEqual(['application/atom+xml']);
    expect(Object.keys(projects.responses)).toEqual(expect.arrayContaining(['200', '304', '400']));
    const centres = doc.paths['/api/v1/resource-centres/feed.atom']!.get;
    expect(centres.parameters.flatMap((p) => p.name ?? [])).toEqual([
      ...['q', 'country', 'service', 'kind', 'status', 'language'],
      'lang',
    ]);
  });

  it('centres: a status change and a confirmation of the details, in the feed of the matching view', async () => {
    const href = centreFeedHref({ country: ['SN'] }, 'fr');
    expect(await createRecord('centre', { ...centre, intent: 'publish' })).toMatchObject({ ok: true, version: 1 });
    const changed = { ...centre, status: 'temporarily_closed', version: '1' };
    expect(await updateRecord('centre', SLUG, changed)).toMatchObject({ ok: true, version: 2 });
    let { parsed, root } = await feedAt(centreFeed, href);
    expectAtom(root, `http://localhost:3000${href}`);
    expect(parsed.items[0]?.title).toBe('Centre du flux');
    expect(parsed.items[0]?.url).toBe(`http://localhost:3000/fr/centres-de-ressources/${SLUG}`);
    expect(parsed.items[0]?.description).toBe(`Statut${NARROW_NBSP}: passe de En service à Fermé temporairement`);

    const now = new Date();
    expect(await confirmCentreVerified(SLUG, 2, now)).toEqual({ ok: true, version: 3 });
    ({ parsed, root } = await feedAt(centreFeed, href));
    expectAtom(root, `http://localhost:3000${href}`);
    expect(parsed.items[0]?.description).toBe(`Informations vérifiées le ${formatDate(now, 'fr')}.`);

    const elsewhere = (await feedAt(centreFeed, '/api/v1/resource-centres/feed.atom?country=FM')).parsed;
    expect(elsewhere.items.map((i) => i.title)).not.toContain('Feed test centre');
  });
});
