import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { projectSchema, projectSchemaOf } from '@/lib/api/schemas';
import { csvChanges, csvColumns, csvFields, csvWriter, readCsvHeader, readCsvRow } from '@/lib/content/csv';
import type { ContentModel } from '@/lib/content/field';
import { toJsonRecord, type JsonRecord } from '@/lib/content/json';
import { projectModel } from '@/lib/content/project';
import { recordColumns as storedColumns } from '@/lib/content/storage';
import { TARGETS } from '@/lib/content/targets';
import { dbName, recordColumns, recordFrom, toPublicRecords, type PublicRecord } from '@/lib/data/projects-sql';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Localised } from '@/lib/format';
import { NAME_SELECT } from '@/lib/i18n/routing';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

// The JSON API, the CSV export and import and the public reads follow the project model: a copy of the model with
// two more fields (a translated text and a year) gets them everywhere, and nothing else needs to change.
const extended = {
  ...projectModel,
  fields: {
    ...projectModel.fields,
    tagline: {
      type: 'text',
      max: 200,
      translated: true,
      multiline: false,
      form: { section: 'texts' },
      json: 'tagline',
      csv: true,
    },
    reviewYear: { type: 'year', form: { section: 'details' }, json: 'reviewYear', csv: true },
  },
} as const satisfies ContentModel;
type Extended = typeof extended;

/** Reference rows by name, as the import resolves them. */
const NAMES: Record<string, string> = {
  Africa: 'africa',
  Afrique: 'africa',
  'Labour migration': 'labour-migration',
  'Migration de main-d’œuvre': 'labour-migration',
  Senegal: 'SN',
  Sénégal: 'SN',
};

const record: PublicRecord<Extended> = {
  code: 'ZD.0001',
  primaId: 'ZD10P0001',
  title: { en: 'A title', fr: 'Un titre', es: 'Un título' },
  summary: { en: 'A summary', fr: null, es: null },
  status: 'active',
  coverage: 'national',
  type: {
    slug: 'labour-migration',
    nameEn: 'Labour migration',
    nameFr: 'Migration de main-d’œuvre',
    nameEs: 'Migración laboral',
  },
  region: { slug: 'africa', nameEn: 'Africa', nameFr: 'Afrique', nameEs: 'África' },
  budgetUsd: '100000.00',
  fundingYear: 2020,
  startYear: 2021,
  endYear: 2024,
  countries: [{ code: 'SN', nameEn: 'Senegal', nameFr: 'Sénégal', nameEs: 'Senegal' }],
  sourceUrl: null,
  sourceLanguage: 'en',
  tagline: { en: 'Safe migration', fr: 'Migration sûre', es: null },
  reviewYear: 2026,
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describe('public reads follow the model', () => {
  it('select every stored name of a new field and map it to its public shape', async () => {
    const sql = recordColumns(extended).sql;
    // A translated field is one jsonb column keyed by language, under the field's own name.
    expect(sql).toContain('p.tagline AS "tagline"');
    expect(sql).toContain('p.review_year AS "reviewYear"');
    expect(sql).toContain('r_region.name_es AS "region.nameEs"');
    expect(recordColumns(projectModel).sql).not.toContain('tagline');
    // A row as the database gives it: a jsonb object per translated field (only the languages that have text, maybe
    // an empty string), a column per column of a referenced row.
    const row = {
      code: 'ZD.0001',
      primaId: 'ZD10P0001',
      title: { en: 'A title', fr: 'Un titre', es: 'Un título' },
      summary: { en: 'A summary', fr: ' ' },
      status: 'active',
      coverage: 'national',
      'type.slug': 'labour-migration',
      'type.nameEn': 'Labour migration',
      'type.nameFr': 'Migration de main-d’œuvre',
      'type.nameEs': 'Migración laboral',
      'region.slug': 'africa',
      'region.nameEn': 'Africa',
      'region.nameFr': 'Afrique',
      'region.nameEs': 'África',
      budgetUsd: '100000.00',
      fundingYear: 2020,
      startYear: 2021,
      endYear: 2024,
      countries: ['SN'],
      sourceUrl: null,
      sourceLanguage: 'en',
      tagline: { fr: 'Migration sûre', en: 'Safe migration' },
      reviewYear: 2026,
      updatedAt: new Date(record.updatedAt),
    };
    // The linked rows (countries) are read once for all records.
    const db = { country: { findMany: () => Promise.resolve(record.countries) } } as unknown as PrismaClient;
    expect(await toPublicRecords(db, extended, [row])).toEqual([record]);
  });

  it('use only names prisma/schema.prisma maps the way the derivation expects', () => {
    // Each Prisma model's table and each field's column, as the schema declares them (@map / @@map).
    const schema = readFileSync('prisma/schema.prisma', 'utf8');
    const tables = new Map<string, { table: string; columns: Map<string, string> }>();
    for (const [, name, body] of schema.matchAll(/^model (\w+) \{\n([\s\S]*?)\n\}/gm)) {
      const columns = new Map<string, string>();
      for (const line of body!.split('\n')) {
        const field = /^ {2}(\w+) /.exec(line)?.[1];
        if (field) columns.set(field, /@map\("(\w+)"\)/.exec(line)?.[1] ?? field);
      }
      const table = /@@map\("(\w+)"\)/.exec(body!)?.[1] ?? name!;
      tables.set(name!.charAt(0).toLowerCase() + name!.slice(1), { table, columns });
    }
    const check = (model: string, columns: string[]) => {
      const t = tables.get(model);
      expect(t?.table, model).toBe(dbName(model));
      for (const c of columns) expect(t?.columns.get(c), `${model}.${c}`).toBe(dbName(c));
    };
    const refs = Object.fromEntries(Object.keys(projectModel.fields).map((n) => [n, 1]));
    check('project', [...Object.keys(storedColumns(projectModel, {}, { refs, links: {} })), 'updatedAt']);
    for (const field of Object.values(projectModel.fields)) {
      if (field.type !== 'ref' && field.type !== 'links') continue;
      const t = TARGETS[field.target];
      check(t.model, [t.key, t.id, ...Object.keys(NAME_SELECT)]);
      if (field.type === 'links') check(field.link.model, [field.link.owner, field.link.column, 'position']);
    }
    expect(recordFrom(projectModel).sql).toMatch(/^project p JOIN/);
  });
});

describe('the JSON API follows the model', () => {
  it('documents a new field under its JSON name', () => {
    const doc = z.toJSONSchema(projectSchemaOf(extended)) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(doc.properties)).toEqual([
      ...Object.values(projectModel.fields).flatMap((f) => (f.json === null ? [] : [f.json])),
      'tagline',
      'reviewYear',
      'updatedAt',
    ]);
    expect(doc.required).toEqual(expect.arrayContaining(['tagline', 'reviewYear']));
    expect(JSON.stringify(doc.properties.reviewYear)).toContain('"integer"');
    expect(JSON.stringify(doc.properties.tagline)).toContain('"en"');
    expect(Object.keys(z.toJSONSchema(projectSchema).properties ?? {})).not.toContain('tagline');
  });

  it('maps a new field and keeps the existing shape, and the result matches the schema', () => {
    const json = toJsonRecord(extended, record);
    expectTypeOf(json).toEqualTypeOf<JsonRecord<Extended>>();
    expectTypeOf(json.tagline).toEqualTypeOf<Localised>();
    expectTypeOf(json.reviewYear).toEqualTypeOf<number | null>();
    expect(json).toEqual({
      code: 'ZD.0001',
      primaId: 'ZD10P0001',
      title: { en: 'A title', es: 'Un título', fr: 'Un titre' },
      summary: { en: 'A summary', es: null, fr: null },
      status: 'active',
      coverage: 'national',
      type: 'labour-migration',
      region: 'africa',
      budgetUsd: '100000.00',
      fundingYear: 2020,
      startYear: 2021,
      endYear: 2024,
      beneficiaryCountries: ['SN'],
      sourceLanguage: 'en',
      tagline: { en: 'Safe migration', es: null, fr: 'Migration sûre' },
      reviewYear: 2026,
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    expect(projectSchemaOf(extended).parse(json)).toEqual(json);
    // A field the model keeps out of the API (json: null) stays out.
    expect(json).not.toHaveProperty('sourceUrl');
  });
});

describe('the CSV export and import follow the model', () => {
  it('have a column per CSV field, in model order, then updatedAt', () => {
    const columns = csvColumns(extended);
    expect(columns).toEqual([...csvColumns(projectModel).slice(0, -1), 'tagline', 'reviewYear', 'updatedAt']);
    expect(columns).not.toContain('sourceUrl');
  });

  it('write a new field in the file’s language and read it back', () => {
    for (const lang of ['en', 'fr'] as const) {
      const cells = csvWriter(extended, lang).cells(record);
      const at = (name: string) => cells[csvColumns(extended).indexOf(name)];
      expect(at('tagline')).toBe(record.tagline[lang]);
      expect(at('reviewYear')).toBe(2026);
      // Read back as the import reads a file: cells as text.
      const [row] = parse(stringify([cells]));
      const cell = (name: string) => row![csvColumns(extended).indexOf(name)] ?? '';
      const lookup = () => (name: string) => NAMES[name];
      const { values, problems } = readCsvRow(extended, cell, lang, lookup);
      expect(problems).toEqual([]);
      expect(values).toMatchObject({
        [lang === 'en' ? 'taglineEn' : 'taglineFr']: record.tagline[lang],
        reviewYear: '2026',
      });
      expect(values).toMatchObject({ [lang === 'en' ? 'taglineFr' : 'taglineEn']: '' });
      const stored = { taglineEn: 'Safe migration', taglineFr: 'Migration sûre', reviewYear: 2025 };
      expect(csvChanges(extended, values, cell, stored, lang)).toEqual(expect.arrayContaining(['reviewYear']));
      expect(csvChanges(extended, values, cell, stored, lang)).not.toContain(lang === 'en' ? 'taglineEn' : 'taglineFr');
    }
  });

  it('require the columns a new record needs; a file from before a field was added still reads', () => {
    const names: Record<string, string> = en.projectList.csv;
    const real = csvColumns(projectModel).map((c) => names[c] ?? c);
    expect(readCsvHeader(projectModel, real)?.lang).toBe('en');
    // The extended model's new columns are missing from the file: it is read, those fields left as stored.
    const read = readCsvHeader(extended, real);
    expect(read?.lang).toBe('en');
    expect(read?.index).not.toHaveProperty('reviewYear');
    const inFile = (name: string) => read?.index[name] !== undefined;
    const cell = (name: string) => (name === 'reviewYear' ? '1999' : '');
    const stored = { reviewYear: 2025 };
    expect(csvChanges(extended, {}, cell, stored, 'en', inFile)).not.toContain('reviewYear');
    expect(readCsvRow(extended, cell, 'en', () => () => undefined, inFile).values.reviewYear).toBe('');
    // Without a column a new record cannot do without (its status), the file is refused, never half-read.
    expect(
      readCsvHeader(
        projectModel,
        real.filter((h) => h !== names.status),
      ),
    ).toBeNull();
  });

  it('have a header, and import messages, in both message files for every CSV field of the real model', () => {
    for (const messages of [en, fr]) {
      const headers: Record<string, string> = messages.projectList.csv;
      const reasons: Record<string, string> = messages.adminImport.csv.reasons;
      for (const name of csvColumns(projectModel)) expect(headers[name], `projectList.csv.${name}`).toBeTruthy();
      for (const [name, field] of csvFields(projectModel)) {
        const capitalised = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
        if (field.type === 'choice') expect(reasons[`unknown${capitalised}`], name).toBeTruthy();
        if (field.type === 'links') expect(reasons[`tooMany${capitalised}`], name).toBeTruthy();
        if (field.type === 'ref' || field.type === 'links') expect(reasons[TARGETS[field.target].unknown]).toBeTruthy();
      }
    }
  });
});
