import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/resource-centres/route';
import { centresToHsdsPage, weeklyOpenings, type HsdsCentre } from '@/lib/api/hsds';
import { listPublishedCentreDetails } from '@/lib/data/centres-detail';
import { getDb } from '@/lib/db';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const DIR = fileURLToPath(new URL('../fixtures/hsds-3.0/', import.meta.url));

// The vendored HSDS 3.0 schemas, registered under their file names so that their `$ref: "phone.json"` resolve.
function hsdsAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.startsWith('meta_'))) {
    ajv.addSchema(JSON.parse(readFileSync(`${DIR}${file}`, 'utf8')), file);
  }
  return ajv;
}

const opts = {
  locale: 'en' as const,
  siteUrl: 'https://portal.example',
  centreUrl: (slug: string) => `https://portal.example/en/resource-centres/${slug}`,
};
type Service = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('HSDS 3.0 export of the published centres', () => {
  let validateService: ValidateFunction;
  let page: { contents: Service[]; total_items: number };

  beforeAll(async () => {
    // A centre with every contact field, so phones, schedules and e-mails are exported and validated too.
    await getDb().resourceCentre.create({
      data: {
        slug: 'zz-full-centre',
        name: { en: 'Full centre', fr: 'Centre complet' },
        kind: 'shelter',
        status: 'temporarily_closed',
        countryCode: 'FR',
        locality: 'Lyon',
        streetAddress: '1 rue Exemple',
        phone: '+33 4 00 00 00 00',
        email: 'contact@example.org',
        website: 'https://example.org/',
        openingHours: { en: 'Monday to Friday, 9:00–17:00', fr: 'Du lundi au vendredi, 9 h–17 h' },
        hours: 'Mo-Fr 09:00-17:00; PH off',
        openedYear: 2020,
        publicationState: 'published',
        lastVerifiedAt: new Date('2026-01-02T00:00:00Z'),
        languages: { create: [{ languageCode: 'fr' }] },
      },
    });
    validateService = hsdsAjv().getSchema('service.json') as ValidateFunction;
    page = centresToHsdsPage(await listPublishedCentreDetails(), opts) as typeof page;
  });
  afterAll(async () => {
    await getDb().resourceCentre.deleteMany({ where: { slug: 'zz-full-centre' } });
    await getDb().$disconnect();
  });

  it('validates every exported service against service.json (with its nested organization, locations, phones…)', () => {
    expect(page.total_items).toBe(8);
    for (const service of page.contents) {
      const ok = validateService(service);
      expect(validateService.errors ?? [], service.name).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('can fail: a service missing its status or with a malformed id is rejected', () => {
    const [first] = page.contents;
    expect(validateService({ ...first, status: undefined })).toBe(false);
    expect(validateService({ ...first, id: 'not-a-uuid' })).toBe(false);
    expect(validateService({ ...first, status: 'planned' })).toBe(false);
    // Nested records are checked through the schemas' $refs too.
    expect(validateService({ ...first, organization: { ...first?.organization, id: 'x' } })).toBe(false);
    const sal = first?.service_at_locations[0];
    expect(
      validateService({
        ...first,
        service_at_locations: [{ ...sal, location: { ...sal.location, latitude: 'north' } }],
      }),
    ).toBe(false);
    expect(
      validateService({
        ...first,
        attributes: [{ ...first?.attributes[0], taxonomy_term: { id: first?.attributes[0].taxonomy_term.id } }],
      }),
    ).toBe(false);
  });

  it('carries organization, location, service_at_location, phone, schedule, language and taxonomy terms', () => {
    const full = page.contents.find((s) => s.url.endsWith('/zz-full-centre'));
    expect(full).toMatchObject({
      name: 'Full centre',
      status: 'temporarily closed',
      email: 'contact@example.org',
      organization: { name: 'Full centre' },
    });
    expect(full?.phones[0]).toMatchObject({ number: '+33 4 00 00 00 00', service_id: full?.id });
    expect(full?.schedules[0].description).toBe('Monday to Friday, 9:00–17:00');
    // The stored OpenStreetMap hours reach the export through the data layer; with no zone of its own, the centre's
    // hours are read in its country's (France: UTC+01:00 in the reference week), as on its page.
    expect(full?.schedules[1]).toMatchObject({
      freq: 'WEEKLY',
      byday: 'MO,TU,WE,TH,FR',
      opens_at: '09:00+01:00',
      timezone: 1,
    });
    expect(full?.languages[0]).toMatchObject({ code: 'fr', name: 'French' });
    const location = full?.service_at_locations[0].location;
    expect(location).toMatchObject({
      location_type: 'physical',
      addresses: [{ address_1: '1 rue Exemple', city: 'Lyon', country: 'FR' }],
    });
    const pohnpei = page.contents.find((s) => s.url.endsWith('/pohnpei-migrant-resource-centre'));
    expect(pohnpei?.service_at_locations[0].location).toMatchObject({ latitude: 6.9639, longitude: 158.2092 });
    expect(pohnpei?.attributes.map((a: Service) => a.taxonomy_term.code)).toContain('counter-trafficking-awareness');
    const hachadura = page.contents.find((s) => s.url.endsWith('/la-hachadura-window-office'));
    expect(hachadura?.status).toBe('inactive');
    // Identifiers are stable across exports, and shared taxonomy terms share one id.
    const again = centresToHsdsPage([], opts);
    expect(again).toMatchObject({ total_items: 0, empty: true });
    const ids = new Set(
      page.contents.flatMap((s) =>
        s.attributes.filter((a: Service) => a.value === 'referral-to-services').map((a: Service) => a.taxonomy_term.id),
      ),
    );
    expect(ids.size).toBe(1);
  });

  it('gives texts in the requested language, else in the first language of the list that has them', async () => {
    const es = centresToHsdsPage(await listPublishedCentreDetails(), { ...opts, locale: 'es' }) as typeof page;
    for (const service of es.contents) expect(validateService(service), service.name).toBe(true);
    const pohnpei = es.contents.find((s) => s.url.endsWith('/pohnpei-migrant-resource-centre'));
    expect(pohnpei?.name).toBe('Centro de Recursos para Migrantes de Pohnpei');
    expect(pohnpei?.attributes[0].taxonomy_term).toMatchObject({ language: 'es' });
    expect(pohnpei?.attributes.map((a: Service) => a.taxonomy_term.name)).toContain('Línea telefónica de asistencia');
    // No Spanish text: the French one (French comes before English in the locale list); names in Spanish.
    const full = es.contents.find((s) => s.url.endsWith('/zz-full-centre'));
    expect(full).toMatchObject({ name: 'Centre complet', organization: { name: 'Centre complet' } });
    expect(full?.schedules[0].description).toBe('Du lundi au vendredi, 9 h–17 h');
    expect(full?.languages[0]).toMatchObject({ code: 'fr', name: 'Francés' });
  });

  it('turns OpenStreetMap hours into weekly schedule rows and the notice in force into the alert', async () => {
    const [base] = await listPublishedCentreDetails();
    const centre: HsdsCentre = {
      ...base!,
      hours: 'Mo-Fr 08:00-12:00,13:00-16:00; Sa 09:00-12:00 "by appointment"; PH off',
      timeZone: 'Europe/Paris',
      notice: { en: 'Closed for works', fr: 'Fermé pour travaux', es: null },
      noticeFrom: '2026-12-01',
      noticeUntil: '2026-12-20',
    };
    const during = centresToHsdsPage([centre], { ...opts, now: new Date('2026-12-20T12:00:00Z') }) as typeof page;
    const [service] = during.contents;
    expect(validateService(service), JSON.stringify(validateService.errors)).toBe(true);
    expect(service?.alert).toBe('Closed for works');
    const weekly = service?.schedules.filter((s: Service) => s.freq === 'WEEKLY');
    expect(weekly).toEqual([
      expect.objectContaining({ byday: 'MO,TU,WE,TH,FR', opens_at: '08:00+01:00', closes_at: '12:00+01:00' }),
      expect.objectContaining({ byday: 'MO,TU,WE,TH,FR', opens_at: '13:00+01:00', closes_at: '16:00+01:00' }),
    ]);
    expect(weekly[0]).toMatchObject({ service_id: service?.id, timezone: 1, wkst: 'MO' });
    // The Saturday "by appointment" comment is not a time: it stays in the free-text description only.
    expect(service?.schedules[0]).toEqual(expect.objectContaining({ description: expect.any(String) }));
    expect(service?.schedules[0].freq).toBeUndefined();
    const location = service?.service_at_locations[0].location;
    expect(location.schedules.filter((s: Service) => s.freq === 'WEEKLY')).toHaveLength(2);
    // Schedule ids are unique.
    const ids = [...service!.schedules, ...location.schedules].map((s: Service) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Outside its dates the notice is not exported; in French, the French text.
    const after = centresToHsdsPage([centre], { ...opts, now: new Date('2026-12-21T00:00:00Z') }) as typeof page;
    expect(after.contents[0]?.alert).toBeUndefined();
    const fr = centresToHsdsPage([centre], { ...opts, locale: 'fr', now: new Date('2026-12-01T00:00:00Z') });
    expect((fr as typeof page).contents[0]?.alert).toBe('Fermé pour travaux');
  });

  it('evaluates hours with the opening_hours library: overnight, 24/7, unknown, invalid', async () => {
    expect(weeklyOpenings('Mo-Fr 22:00-02:00')?.rows).toEqual([
      { byday: 'MO,TU,WE,TH,FR', opens: '22:00', closes: '24:00' },
      { byday: 'TU,WE,TH,FR,SA', opens: '00:00', closes: '02:00' },
    ]);
    expect(weeklyOpenings('24/7')?.rows).toEqual([{ byday: 'MO,TU,WE,TH,FR,SA,SU', opens: '00:00', closes: '24:00' }]);
    expect(weeklyOpenings('Tu-Th 10:00-14:00 unknown "call first"')).toEqual({ rows: [], partial: true });
    expect(weeklyOpenings('not hours')).toBeNull();
    // Without usable weekly times or a text, the raw hours are the description, and the service is still valid HSDS.
    const [base] = await listPublishedCentreDetails();
    const hours = 'Tu-Th 10:00-14:00 unknown "call first"';
    const one = centresToHsdsPage(
      [{ ...base!, openingHours: { en: null, fr: null, es: null }, hours }],
      opts,
    ) as typeof page;
    expect(one.contents[0]?.schedules).toEqual([expect.objectContaining({ description: hours })]);
    expect(validateService(one.contents[0])).toBe(true);
  });

  it('strips the control characters older data may hold (the HTTP answer, JSON list included)', async () => {
    // Written past the forms, as an old record could hold them (PostgreSQL refuses only NUL).
    await getDb().resourceCentre.create({
      data: {
        slug: 'zz-control-centre',
        name: { en: 'Control\u0001 centre' },
        kind: 'shelter',
        status: 'operational',
        countryCode: 'FR',
        description: { en: '\u001fOpen\u0008 daily\u007f' },
        openingHours: { en: 'Mon\u000b–Fri' },
        publicationState: 'published',
      },
    });
    try {
      const hsds = await (await GET(new Request('http://localhost/api/v1/resource-centres?format=hsds'))).text();
      const list = await (await GET(new Request('http://localhost/api/v1/resource-centres?q=control'))).text();
      for (const body of [hsds, list]) {
        expect(body).toContain('Control centre');
        expect(body).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\\u00(?:0[0-8bcef]|1[0-9a-f]|7f)/i);
      }
      const service = (JSON.parse(hsds) as { contents: Service[] }).contents.find((c) => c.name === 'Control centre');
      expect(service).toMatchObject({ description: 'Open daily', schedules: [{ description: 'Mon–Fri' }] });
      expect(validateService(service)).toBe(true);
    } finally {
      await getDb().resourceCentre.deleteMany({ where: { slug: 'zz-control-centre' } });
    }
  });
});
