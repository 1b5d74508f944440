import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCentreMarkers, listPublishedCentres } from '@/lib/data/centres';
import { getPublishedCentre } from '@/lib/data/centres-detail';
import { dropUnknownCentreFilters, getCentreFacets } from '@/lib/data/centres-facets';
import { getDb } from '@/lib/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { parseCentreFilters } from '@/lib/validation/centre-filters';

type Query = Record<string, string | string[]>;
const list = (query: Query, locale: AppLocale = 'en') =>
  listPublishedCentres(parseCentreFilters(query).filters, locale);
const slugs = async (query: Query, locale: AppLocale = 'en') =>
  (await list(query, locale)).items.map((c) => c.slug).sort();

const PH = [
  'agusan-del-sur-one-stop-migrant-resource-centre',
  'antique-one-stop-migrant-resource-centre',
  'maguindanao-one-stop-migrant-resource-centre',
  'masbate-one-stop-migrant-resource-centre',
];
const HIDDEN = ['zz-draft-centre', 'zz-archived-centre'] as const;

describe('centre query layer on the seeded database', () => {
  // A draft and an archived centre (both matching every search below) must never be listed.
  beforeAll(async () => {
    for (const [slug, state] of [
      [HIDDEN[0], 'draft'],
      [HIDDEN[1], 'archived'],
    ] as const) {
      await getDb().resourceCentre.create({
        data: {
          slug,
          name: { en: 'La Unión hidden Pohnpei' },
          kind: 'shelter',
          status: 'planned',
          countryCode: 'PH',
          publicationState: state,
        },
      });
    }
  });
  afterAll(async () => {
    await getDb().resourceCentre.deleteMany({ where: { slug: { in: [...HIDDEN] } } });
    await getDb().$disconnect();
  });

  it('lists the seven published centres with kind, locality, country, status and services', async () => {
    const all = await list({});
    expect(all.total).toBe(7);
    expect(all.items).toHaveLength(7);
    const pohnpei = all.items.find((c) => c.slug === 'pohnpei-migrant-resource-centre');
    expect(pohnpei).toMatchObject({
      kind: 'resource_centre',
      status: 'operational',
      locality: 'Kolonia',
      country: { code: 'FM' },
    });
    expect(pohnpei?.services.map((s) => s.slug)).toContain('counter-trafficking-awareness');
    expect(pohnpei?.latitude).toBeCloseTo(6.9639);
    for (const locale of ['fr', 'es'] as const) {
      const named = await list({}, locale);
      expect(named.items.map((c) => c.slug).sort()).toEqual(all.items.map((c) => c.slug).sort());
      // Open centres first, then by their names in the page's language (every seeded centre has one in each).
      const open = named.items.filter((c) => c.status === 'operational');
      expect(named.items.slice(0, open.length)).toEqual(open);
      const names = open.map((c) => c.name[locale] ?? '');
      expect(names.every(Boolean)).toBe(true);
      expect(names).toEqual([...names].sort());
    }
  });

  it('filters by country, service, kind, status and language', async () => {
    expect(await slugs({ country: 'PH' })).toEqual(PH);
    expect(await slugs({ country: 'ph' })).toEqual(PH);
    expect(await slugs({ service: 'counter-trafficking-awareness' })).toEqual(['pohnpei-migrant-resource-centre']);
    expect(await slugs({ country: 'SV', status: 'planned' })).toEqual(['la-hachadura-window-office']);
    expect(await slugs({ kind: 'one_stop_resource_centre' })).toEqual(PH);
    expect(await slugs({ language: 'es' })).toEqual(['la-hachadura-window-office', 'la-union-window-office']);
    expect(await slugs({ country: ['FM', 'SV'] })).toHaveLength(3);
    // Several services: centres offering all of them.
    expect(await slugs({ service: ['referral-to-services', 'hotline'] })).toEqual(['pohnpei-migrant-resource-centre']);
    expect(await slugs({ service: ['information-on-rights', 'case-management'] })).toEqual(PH);
    expect(await slugs({ country: 'FR' })).toEqual([]);
  });

  it('searches names, descriptions, localities and operators in every language, ignoring accents and case', async () => {
    for (const q of ['La Union', 'la unión', 'LA UNIÓN', '  la   union ']) {
      const result = await list({ q });
      expect(result.items[0]?.slug, q).toBe('la-union-window-office');
      expect(result.items.map((c) => c.slug)).not.toContain(HIDDEN[0]);
    }
    expect(await slugs({ q: 'Kolonia' })).toEqual(['pohnpei-migrant-resource-centre']); // locality
    expect(await slugs({ q: 'escale' })).toEqual(PH); // French name
    expect(await slugs({ q: 'Procuraduria' })).toEqual(['la-union-window-office']); // operator, accent-free
    expect(await slugs({ q: 'traite' })).toEqual(['pohnpei-migrant-resource-centre']); // French description
    expect(await slugs({ q: 'trafficking' })).toEqual(['pohnpei-migrant-resource-centre']); // English description
    expect(await slugs({ q: 'ventanilla' })).toEqual(['la-hachadura-window-office', 'la-union-window-office']); // es
    expect(await slugs({ q: 'Gobierno Provincial de Masbate' })).toEqual([PH[3]]); // Spanish operator
    expect(await slugs({ q: 'Prosperid' })).toEqual(['agusan-del-sur-one-stop-migrant-resource-centre']); // prefix
    expect(await slugs({ q: 'Antique', country: 'SV' })).toEqual([]);
    expect(await slugs({ q: 'zzzzzz' })).toEqual([]);
    expect((await list({ q: '!!! ***' })).total).toBe(7); // no words: no search
  });

  it('pages the results and counts every match', async () => {
    const first = await list({ pageSize: '3' });
    const third = await list({ pageSize: '3', page: '3' });
    expect([first.total, first.items.length, first.pageCount, third.items.length]).toEqual([7, 3, 3, 1]);
    const searched = await list({ q: 'centre', pageSize: '2', page: '2' });
    expect(searched.items).toHaveLength(2);
  });

  it('never throws on malformed or hostile filters', async () => {
    const { issues } = parseCentreFilters({
      country: ['PHL', "P'"],
      kind: 'castle',
      status: 'open',
      page: '-1',
      pageSize: '1000',
      language: 'e1',
    });
    expect(issues.map((i) => i.param).sort()).toEqual([
      'country',
      'country',
      'kind',
      'language',
      'page',
      'pageSize',
      'status',
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom('q', 'country', 'service', 'kind', 'status', 'language', 'page', 'pageSize'),
          fc.oneof(fc.string(), fc.array(fc.string())),
        ),
        async (query) => {
          const { filters } = await dropUnknownCentreFilters(parseCentreFilters(query).filters);
          const result = await listPublishedCentres(filters, 'fr');
          expect(result.total).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 60 },
    );
    for (const q of ["'", '\\', ':*', '&|!()', "la' & union", 'a'.repeat(500)]) await list({ q });
  });

  it('reports well-formed but unknown countries, services and languages', async () => {
    const { filters, issues } = await dropUnknownCentreFilters(
      parseCentreFilters({ country: ['PH', 'QQ'], service: 'teleportation', language: 'qq' }).filters,
    );
    expect(filters).toMatchObject({ country: ['PH'], service: [], language: [] });
    expect(issues).toEqual([
      { param: 'country', value: 'QQ' },
      { param: 'service', value: 'teleportation' },
      { param: 'language', value: 'qq' },
    ]);
  });

  it('returns a centre page record with translated languages, services and published projects', async () => {
    const c = await getPublishedCentre('pohnpei-migrant-resource-centre');
    expect(c).toMatchObject({
      kind: 'resource_centre',
      status: 'operational',
      operator: {
        en: expect.stringContaining('IOM'),
        fr: expect.stringContaining('OIM'),
        es: expect.stringContaining('OIM'),
      },
      partners: { en: expect.any(String), fr: expect.any(String), es: expect.any(String) },
      name: { en: expect.any(String), fr: expect.any(String), es: 'Centro de Recursos para Migrantes de Pohnpei' },
    });
    expect(c?.description.es).toContain('Pohnpei');
    expect(c?.languages).toEqual([{ code: 'en', nameEn: 'English', nameFr: 'Anglais', nameEs: 'Inglés' }]);
    expect(c?.projects).toEqual([
      {
        code: 'FM.0283',
        title: { en: expect.any(String), fr: expect.any(String), es: expect.stringContaining('Micronesia') },
      },
    ]);
    expect(c?.projects.map((p) => p.code)).toEqual(['FM.0283']);
    expect(c?.services.find((s) => s.slug === 'hotline')).toMatchObject({
      nameEn: 'Hotline',
      nameFr: 'Permanence téléphonique',
      nameEs: 'Línea telefónica de asistencia',
    });
    expect(c?.lastVerifiedAt).toBeNull();
    const hachadura = await getPublishedCentre('la-hachadura-window-office');
    expect(hachadura?.status).toBe('planned');
    // No operator in any language: every language null, never an empty string.
    expect(hachadura?.operator).toEqual({ fr: null, en: null, es: null });
    for (const slug of ['nope', '', '../x', HIDDEN[0], HIDDEN[1], "x' OR 1=1"])
      expect(await getPublishedCentre(slug)).toBeNull();
  });

  it('gives the filter options and the map markers of the filtered centres', async () => {
    const facets = await getCentreFacets();
    expect(facets.countries.map((c) => c.code)).toEqual(['FM', 'PH', 'SV']);
    expect(facets.languages.map((l) => l.code)).toEqual(['en', 'es', 'tl']);
    expect(facets.services.length).toBeGreaterThanOrEqual(12);
    const markers = await listCentreMarkers(parseCentreFilters({ country: 'PH' }).filters);
    expect(markers.map((m) => m.slug).sort()).toEqual(PH);
  });
});
