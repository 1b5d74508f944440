import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { centreModel } from '@/lib/content/centre';
import { columnsOf, type ContentModel } from '@/lib/content/field';
import { projectModel } from '@/lib/content/project';
import { parseCentreCreate, parseCentreUpdate } from '@/lib/validation/centre';
import { formDataToObject } from '@/lib/validation/form-data';
import { VALIDATION_KEYS } from '@/lib/validation/form-errors';
import { normaliseBudget } from '@/lib/validation/money';
import { parseProjectCreate, parseProjectUpdate } from '@/lib/validation/project';
import { referenceItemSchema } from '@/lib/validation/reference';

const project = {
  code: ' fm.0999 ',
  primaId: '',
  titleEn: 'A title',
  titleFr: '',
  summaryEn: '',
  summaryFr: '',
  status: 'active',
  coverage: 'national',
  type: 'assisted-migration-services',
  region: 'africa',
  budgetUsd: '100 000,50',
  startYear: '2021',
  endYear: '2024',
  fundingYear: '',
  sourceUrl: '',
  countries: ['fm', 'TO'],
};
const centre = {
  slug: 'pohnpei-mrc-2',
  nameEn: 'Centre',
  nameFr: '',
  kind: 'resource_centre',
  status: 'operational',
  countryCode: 'fm',
  latitude: '6.9631',
  longitude: '158,2150',
  email: 'info@example.org',
  phone: '+691 320 1234',
  website: 'https://example.org',
  services: ['hotline'],
  languages: ['EN'],
  projects: ['fm.0283'],
};

describe('project form schema', () => {
  it('normalises a valid form', () => {
    const r = parseProjectCreate(project);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({
      code: 'FM.0999',
      primaId: null,
      titleFr: null,
      budgetUsd: '100000.50',
      startYear: 2021,
      countries: ['FM', 'TO'],
    });
  });

  it('reports each bad field with a message key', () => {
    const r = parseProjectCreate({
      ...project,
      code: 'x',
      titleEn: '',
      budgetUsd: '12abc',
      startYear: '2030',
      endYear: '2020',
      status: 'done',
      countries: ['FM', 'fm'],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors.code?.[0]?.key).toBe('code');
    expect(r.fieldErrors.budgetUsd?.[0]?.key).toBe('budget');
    expect(r.fieldErrors.status?.[0]?.key).toBe('invalidChoice');
    expect(r.fieldErrors.countries?.[0]?.key).toBe('duplicate');
  });

  it('checks fields against each other once each field is valid', () => {
    const r = parseProjectCreate({ ...project, titleEn: ' ', startYear: '2030', endYear: '2020' });
    expect(!r.ok && r.fieldErrors).toEqual({
      titleEn: [{ key: 'titleRequired' }],
      titleFr: [{ key: 'titleRequired' }],
      titleEs: [{ key: 'titleRequired' }],
      endYear: [{ key: 'endBeforeStart' }],
    });
  });

  it('gives the maximum length to tooLong', () => {
    const r = parseProjectCreate({ ...project, titleFr: 'é'.repeat(501) });
    expect(!r.ok && r.fieldErrors.titleFr).toEqual([{ key: 'tooLong', values: { max: 500 } }]);
  });

  it('needs a version to update', () => {
    expect(parseProjectUpdate(project).ok).toBe(false);
    expect(parseProjectUpdate({ ...project, version: '3' }).ok).toBe(true);
    expect(parseProjectUpdate({ ...project, version: '0' }).ok).toBe(false);
  });

  it('parses budgets the way staff type them', () => {
    expect(normaliseBudget('1,250,000.5')).toBe('1250000.50');
    expect(normaliseBudget('100 000')).toBe('100000.00');
    expect(normaliseBudget('0012,5')).toBe('12.50');
    expect(normaliseBudget('1.234.567')).toBeNull();
    expect(normaliseBudget('1e5')).toBeNull();
    expect(normaliseBudget('-5')).toBeNull();
    expect(normaliseBudget('1234567890123')).toBeNull();
  });
});

describe('centre form schema', () => {
  it('normalises a valid form', () => {
    const r = parseCentreCreate(centre);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({
      countryCode: 'FM',
      latitude: '6.963100',
      longitude: '158.215000',
      languages: ['en'],
      projects: ['FM.0283'],
    });
  });

  it('refuses half coordinates, bad dates and out-of-range values', () => {
    const r = parseCentreUpdate({ ...centre, version: 1, longitude: '', noticeFrom: '2026-02-30' });
    expect(!r.ok && r.fieldErrors.longitude?.[0]?.key).toBe('coordinatesPair');
    expect(!r.ok && r.fieldErrors.noticeFrom?.[0]?.key).toBe('date');
    const r2 = parseCentreCreate({ ...centre, latitude: '91', email: 'nope', slug: 'Bad Slug' });
    expect(!r2.ok && Object.keys(r2.fieldErrors).sort()).toEqual(['email', 'latitude', 'slug']);
  });
});

describe('malformed inputs never parse (fast-check)', () => {
  const junk = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.object(),
    fc.array(fc.string()),
    fc.string().filter((s) => s.trim() !== ''),
    fc.constant('\u0000'),
    fc.constant('x'.repeat(25_000)),
  );
  // Values that can never be valid for the named field (whatever the other fields hold).
  const badProject: Record<string, fc.Arbitrary<unknown>> = {
    code: fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 2 }),
      fc.string({ minLength: 21, maxLength: 40 }),
      fc.constant('FM 0283'),
      fc.integer(),
    ),
    status: fc.string().filter((s) => !['planned', 'active', 'completed', 'suspended', 'cancelled'].includes(s.trim())),
    coverage: fc.oneof(fc.constant(''), fc.integer(), fc.constant('world')),
    budgetUsd: fc.oneof(
      fc.constant('-1'),
      fc.constant('1e9'),
      fc.constant('12.345'),
      fc.constant('9999999999999'),
      fc.constant('NaN'),
      fc.double(),
    ),
    startYear: fc.oneof(fc.integer({ min: 2101 }), fc.integer({ max: 1899 }), fc.constant('20x1'), fc.constant('1e3')),
    sourceUrl: fc.oneof(
      fc.constant('javascript:alert(1)'),
      fc.constant('ftp://x.org'),
      fc.constant('not a url'),
      fc.integer(),
    ),
    countries: fc.oneof(fc.constant(['FRA']), fc.constant([1]), fc.constant(['FM', 'fm']), fc.constant({ a: 1 })),
    region: fc.oneof(fc.constant(''), fc.constant('Africa!'), fc.integer(), fc.object()),
    titleEn: fc.oneof(fc.integer(), fc.object(), fc.constant('t'.repeat(501))),
  };
  it('project create/update: ≥1,000 corrupted forms all refused', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(badProject)), fc.nat(), junk, (field, seed, extra) => {
        const value = fc.sample(badProject[field]!, { seed, numRuns: 1 })[0];
        const input = { ...project, [field]: value, __extra: extra };
        expect(parseProjectCreate(input).ok).toBe(false);
        expect(parseProjectUpdate({ ...input, version: '1' }).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('anything that is not an object is refused', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
        (v) => {
          expect(parseProjectCreate(v).ok).toBe(false);
          expect(parseCentreCreate(v).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  const badCentre: Record<string, fc.Arbitrary<unknown>> = {
    slug: fc.oneof(fc.constant(''), fc.constant('a b'), fc.constant('-x'), fc.constant('é'), fc.integer()),
    kind: fc.string().filter((s) => s.trim() === '' || s.length > 30),
    countryCode: fc.oneof(fc.constant('FRA'), fc.constant('1A'), fc.constant('')),
    latitude: fc.oneof(
      fc.double({ min: 90.0001, max: 1e9, noNaN: true }),
      fc.constant('abc'),
      fc.constant('1.1234567'),
    ),
    email: fc.oneof(fc.constant('a@'), fc.constant('@b.c'), fc.constant('a b@c.d')),
    noticeFrom: fc.oneof(fc.constant('2026-13-01'), fc.constant('yesterday'), fc.integer()),
    languages: fc.oneof(fc.constant(['eng']), fc.constant(['en', 'EN'])),
  };
  it('centre create/update: ≥1,000 corrupted forms all refused', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(badCentre)), fc.nat(), (field, seed) => {
        const value = fc.sample(badCentre[field]!, { seed, numRuns: 1 })[0];
        const input = { ...centre, [field]: value };
        expect(parseCentreCreate(input).ok).toBe(false);
        expect(parseCentreUpdate({ ...input, version: 1 }).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe('form plumbing', () => {
  it('turns FormData into an object with arrays for multi fields and drops files and action ids', () => {
    const fd = new FormData();
    fd.append('code', 'FM.1');
    fd.append('countries', 'FM');
    fd.append('countries', 'TO');
    fd.append('$ACTION_ID_abc', '');
    fd.append('file', new Blob(['x']));
    expect(formDataToObject(fd, ['countries', 'none'])).toEqual({ code: 'FM.1', countries: ['FM', 'TO'], none: [] });
  });

  it('has a message in both languages for every validation key', () => {
    for (const key of VALIDATION_KEYS) {
      expect((en.validation as Record<string, string>)[key], key).toBeTruthy();
      expect((fr.validation as Record<string, string>)[key], key).toBeTruthy();
    }
  });
});

describe('control characters in text fields', () => {
  // C0 controls other than tab, LF and CR, and DEL: invisible, invalid in XML exports; PostgreSQL refuses NUL.
  const c0 = Array.from({ length: 0x20 }, (_, c) => c).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d);
  const codes = [...c0, 0x7f];
  const controls = codes.map((c) => String.fromCharCode(c));
  // Every stored name of every text field, each language of translated ones included (from the models).
  const textColumns = (model: ContentModel) =>
    Object.entries(model.fields).flatMap(([name, field]) => (field.type === 'text' ? columnsOf(name, field) : []));
  const projectText = textColumns(projectModel);
  const centreText = textColumns(centreModel);
  const REFUSED = ['controlCharacters'];
  const keys = (r: { ok: boolean; fieldErrors?: Record<string, { key: string }[]> }, field: string) =>
    (r.ok ? [] : (r.fieldErrors?.[field] ?? [])).map((e) => e.key);

  it('refuses them in every project and centre text field and web address, with their own message key', () => {
    for (const ch of controls) {
      const url = `https://example.org/a${ch}b`;
      for (const field of projectText) {
        expect(keys(parseProjectCreate({ ...project, [field]: `A${ch}b` }), field)).toEqual(REFUSED);
      }
      expect(keys(parseProjectCreate({ ...project, sourceUrl: url }), 'sourceUrl')).toEqual(REFUSED);
      for (const field of centreText) {
        expect(keys(parseCentreCreate({ ...centre, [field]: `A${ch}b` }), field)).toEqual(REFUSED);
      }
      expect(keys(parseCentreCreate({ ...centre, website: url }), 'website')).toEqual(REFUSED);
    }
  });

  it('accepts tab and line breaks, and the other characters around them', () => {
    const summaryEn = 'Line 1\r\nLine 2\n\tTabbed — “quoted” 𝔘nicode\u0085\u00a0';
    expect(parseProjectCreate({ ...project, summaryEn }).ok).toBe(true);
  });

  it('refuses them in reference data names', () => {
    const item = { kind: 'region', slug: 'north', nameEn: 'North', nameEs: 'Norte', nameFr: 'Nord', sortOrder: '1' };
    expect(referenceItemSchema.safeParse(item).success).toBe(true);
    for (const ch of controls) {
      const r = referenceItemSchema.safeParse({ ...item, nameFr: `No${ch}rd` });
      const issues = r.success ? [] : r.error.issues.map((i) => [i.path[0], i.message]);
      expect(issues).toEqual([['nameFr', 'nameControlCharacters']]);
    }
    expect(en.adminShell.reference.errors.nameControlCharacters).toBeTruthy();
    expect(fr.adminShell.reference.errors.nameControlCharacters).toBeTruthy();
  });
});
