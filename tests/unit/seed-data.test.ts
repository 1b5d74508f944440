import { describe, expect, it } from 'vitest';
import { centreModel } from '@/lib/content/centre';
import type { ContentModel } from '@/lib/content/field';
import { projectModel } from '@/lib/content/project';
import { translatedFields } from '@/lib/content/translation';
import { localisedName, routing } from '@/lib/i18n/routing';
import { seededBookkeeping } from '@/lib/seed/bookkeeping';
import { SEED_CENTRES } from '@/lib/seed/centres';
import { changedFields } from '@/lib/seed/compare';
import { countryRows } from '@/lib/seed/countries';
import { languageRows } from '@/lib/seed/languages';
import { SEED_PROJECTS } from '@/lib/seed/projects';
import { PROJECT_TYPES, REGIONS, SERVICES } from '@/lib/seed/reference-data';
import { FALLBACK_THEME, GLOBAL_PLACE, SUMMARY_SENTENCES, THEMES, sourceWeights } from '@/lib/seed/synthetic-data';
import { CENTRE_TRANSLATIONS, PROJECT_TRANSLATIONS } from '@/lib/seed/translations';

// The seed's data without a database: texts in every language, names in every language, comparisons by value.
const records: { key: string; model: ContentModel; record: Record<string, unknown> }[] = [
  ...SEED_PROJECTS.map((p) => ({ key: p.code, model: projectModel, record: p })),
  ...SEED_CENTRES.map((c) => ({ key: c.slug, model: centreModel, record: c })),
];

describe('seeded records', () => {
  it('take their Spanish texts from translations.ts, one entry per record and none left over', () => {
    expect(Object.keys(PROJECT_TRANSLATIONS).sort()).toEqual(SEED_PROJECTS.map((p) => p.code).sort());
    expect(Object.keys(CENTRE_TRANSLATIONS).sort()).toEqual(SEED_CENTRES.map((c) => c.slug).sort());
    for (const p of SEED_PROJECTS) expect(p.title.es).toBe(PROJECT_TRANSLATIONS[p.code]?.title);
    for (const c of SEED_CENTRES) expect(c.operator).toEqual(CENTRE_TRANSLATIONS[c.slug]?.operator ?? {});
  });

  it('have Spanish text for every translated field that has English text, and no empty text', () => {
    for (const { key, model, record } of records) {
      for (const field of translatedFields(model)) {
        const text = (record[field] ?? {}) as Record<string, string>; // a field the seed does not give (a notice): none
        if (text.en !== undefined) expect(text.es, `${key} ${field}`).toBeTruthy();
        for (const value of Object.values(text)) expect(value.trim(), `${key} ${field}`).not.toBe('');
      }
    }
  });

  it('are written in French (the seed documents) and need no translation', () => {
    for (const { key, model, record } of records) {
      expect(record.sourceLanguage, key).toBe('fr');
      expect(seededBookkeeping(model, record, null).needsTranslation, key).toEqual([]);
    }
  });

  it('keep operators and partners translated and opening hours empty', () => {
    const masbate = SEED_CENTRES.find((c) => c.slug === 'masbate-one-stop-migrant-resource-centre');
    expect(masbate?.operator).toEqual({
      en: 'Provincial Government of Masbate',
      fr: 'Gouvernement provincial de Masbate',
      es: 'Gobierno Provincial de Masbate',
    });
    for (const c of SEED_CENTRES) expect(c.openingHours, c.slug).toEqual({});
  });
});

describe('seeded bookkeeping', () => {
  it('counts every seeded translation as saved, whatever the stored hashes said', () => {
    const [project] = SEED_PROJECTS;
    if (!project) throw new Error('no seed project');
    const record: Record<string, unknown> = project;
    const fresh = seededBookkeeping(projectModel, record, null);
    const stale = { ...record, translations: { title: { en: 'not the hash' } }, sourceLanguage: 'en' };
    expect(seededBookkeeping(projectModel, record, stale)).toEqual(fresh);
    expect(seededBookkeeping(projectModel, record, { ...record, translations: fresh.translations })).toEqual(fresh);
  });
});

describe('reference data', () => {
  it('names every region, project type and service in every language, Spanish translated', () => {
    for (const row of [...REGIONS, ...PROJECT_TYPES, ...SERVICES]) {
      for (const lang of routing.locales) expect(row[localisedName('name', lang)].trim(), row.slug).not.toBe('');
      expect(row.nameEs, row.slug).not.toBe(row.nameEn);
    }
    expect(REGIONS.find((r) => r.slug === 'latin-america-caribbean')?.nameEs).toBe('América Latina y el Caribe');
  });

  it('names countries and languages in every language', () => {
    const countries = new Map(countryRows().map((c) => [c.code, c]));
    expect(countries.get('PH')).toEqual({
      code: 'PH',
      nameEn: 'Philippines',
      nameFr: 'Philippines',
      nameEs: 'Filipinas',
    });
    expect(countries.get('SV')?.nameEs).toBe('El Salvador');
    expect(countries.get('FM')?.nameEs).toBe('Micronesia');
    const languages = new Map(languageRows().map((l) => [l.code, l]));
    expect(languages.get('fr')).toEqual({ code: 'fr', nameEn: 'French', nameFr: 'Français', nameEs: 'Francés' });
    // Intl calls tl "Filipino" (fil): the English name stands in, as in French.
    expect(languages.get('tl')).toMatchObject({ nameFr: 'Tagalog', nameEs: 'Tagalog' });
    for (const row of [...countries.values(), ...languages.values()])
      for (const lang of routing.locales) expect(row[localisedName('name', lang)].trim(), row.code).not.toBe('');
  });
});

describe('synthetic vocabulary', () => {
  it('has every theme, place and summary sentence in every language', () => {
    const all = [...Object.values(THEMES).flat(), FALLBACK_THEME, GLOBAL_PLACE, ...SUMMARY_SENTENCES];
    for (const words of all) for (const lang of routing.locales) expect(words[lang].trim()).not.toBe('');
  });

  it('chooses a source language among those a project has text in', () => {
    expect(Object.keys(sourceWeights({ fr: true, en: false, es: true })).sort()).toEqual(['es', 'fr']);
  });
});

describe('changedFields', () => {
  it('compares jsonb objects by value in any key order, lists in order, decimals and dates by value', () => {
    const stored = {
      title: { fr: 'a', en: 'b' },
      translations: { title: { en: 'x' }, summary: {} },
      needsTranslation: ['en', 'es'],
      when: new Date('2026-11-01T00:00:00Z'),
    };
    const same = {
      title: { en: 'b', fr: 'a' },
      translations: { summary: {}, title: { en: 'x' } },
      needsTranslation: ['en', 'es'],
      when: new Date('2026-11-01T00:00:00Z'),
    };
    expect(changedFields(stored, same)).toEqual([]);
    expect(changedFields(stored, { title: { fr: 'a', en: 'b', es: 'c' } })).toEqual(['title']);
    expect(changedFields(stored, { title: { fr: 'a' } })).toEqual(['title']);
    expect(changedFields(stored, { needsTranslation: ['es', 'en'] })).toEqual(['needsTranslation']);
    expect(changedFields(stored, { needsTranslation: [] })).toEqual(['needsTranslation']);
    expect(changedFields({ title: {} }, { title: {} })).toEqual([]);
    expect(changedFields({ title: null }, { title: {} })).toEqual(['title']);
  });
});
