import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { centreModel } from '@/lib/content/centre';
import { columnsOf, modelColumns, multiValued, type ContentModel, type Field } from '@/lib/content/field';
import { CONTENT_MODELS } from '@/lib/content/models';
import { projectModel } from '@/lib/content/project';
import { fieldsSchema, modelParsers } from '@/lib/content/schema';
import { recordColumns, recordSelect, rowSnapshot, snapshotFields } from '@/lib/content/storage';

// "How to add a field" (README): a field declared in the model is validated, selected, snapshotted (so diffed and
// restored), written and laid out in the staff form without another line of code. This test adds two fields to a
// copy of the project model — a translated text and a plain year — and checks every derived piece carries them.
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

const valid = {
  code: 'zt.0001',
  titleEn: 'A title',
  status: 'active',
  coverage: 'national',
  type: 'assisted-migration-services',
  region: 'africa',
  countries: ['SN'],
};

const messages: Record<string, Record<string, unknown>>[] = [en, fr];

describe('content model: derived pieces follow the model', () => {
  it('validation has a key per stored name, and checks a new field by its type', () => {
    const keys = Object.keys(fieldsSchema(extended).shape);
    expect(keys).toEqual(modelColumns(extended));
    expect(keys).toEqual(expect.arrayContaining(['taglineEn', 'taglineFr', 'reviewYear']));
    const parse = modelParsers<Record<string, unknown>>(extended).create;
    const ok = parse({ ...valid, taglineFr: '  Une devise ', reviewYear: '2024' });
    expect(ok).toMatchObject({ ok: true, data: { code: 'ZT.0001', taglineFr: 'Une devise', reviewYear: 2024 } });
    expect(parse({ ...valid, reviewYear: '24' })).toMatchObject({
      ok: false,
      fieldErrors: { reviewYear: [{ key: 'year' }] },
    });
    expect(parse({ ...valid, taglineEn: 'x'.repeat(201) }).ok).toBe(false);
  });

  it('the stored select, the snapshot and the written columns carry the new fields', () => {
    const select = recordSelect(extended);
    // A translated field is one jsonb column named after it; its languages are separate names in snapshots and forms.
    expect(select).toMatchObject({
      tagline: true,
      reviewYear: true,
      region: { select: { slug: true } },
    });
    const row = {
      ...Object.fromEntries(modelColumns(projectModel).map((c) => [c, null])),
      title: {},
      summary: {},
      sourceLanguage: 'en',
      code: 'ZT.0001',
      status: 'active',
      coverage: 'national',
      type: { slug: 'assisted-migration-services' },
      region: { slug: 'africa' },
      countries: [{ countryCode: 'SN' }],
      tagline: { en: 'Motto' },
      reviewYear: 2024,
      publicationState: 'draft',
    };
    const snapshot = rowSnapshot(extended, row);
    expect(Object.keys(snapshot)).toEqual(snapshotFields(extended));
    expect(snapshot).toMatchObject({ taglineEn: 'Motto', taglineFr: null, reviewYear: 2024, countries: ['SN'] });
    const columns = recordColumns(extended, { ...snapshot }, { refs: { type: 7, region: 3 }, links: {} });
    expect(columns).toMatchObject({ tagline: { en: 'Motto' }, reviewYear: 2024, typeId: 7, regionId: 3 });
    expect(columns).not.toHaveProperty('countries');
  });

  it('every stored name of every model has a form label in both languages, and hints where declared', () => {
    const models: ContentModel[] = Object.values(CONTENT_MODELS);
    for (const model of models) {
      const fields: [string, Field][] = Object.entries(model.fields);
      for (const [name, field] of fields) {
        for (const column of columnsOf(name, field)) {
          expect(en.adminForm.fields, column).toHaveProperty(column);
          expect(fr.adminForm.fields, column).toHaveProperty(column);
        }
        if (field.form.hint) {
          expect(en.adminForm.hints, name).toHaveProperty(name);
          expect(fr.adminForm.hints, name).toHaveProperty(name);
        }
        if (field.type === 'choice') {
          for (const v of field.values) {
            for (const m of messages) expect(m[field.labels], `${field.labels}.${v}`).toHaveProperty(v);
          }
        }
      }
    }
  });

  it('multi-valued form fields are the link fields', () => {
    expect(multiValued(projectModel)).toEqual(['countries']);
    expect(multiValued(centreModel)).toEqual(['services', 'languages', 'projects']);
  });
});
