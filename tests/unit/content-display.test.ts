import { describe, expect, it } from 'vitest';
import { columnOf, displayValue, referenceNames, type DisplayTables } from '@/lib/content/display';
import { centreModel } from '@/lib/content/centre';
import { projectModel } from '@/lib/content/project';

// History diffs and conflicts show stored codes by their names in the interface language.
const choices = {
  type: [{ value: 'assisted-migration-services', names: { en: 'Assisted migration', fr: 'Migration assistée' } }],
  region: [{ value: 'africa', names: { en: 'Africa', fr: 'Afrique' } }],
  countries: [
    { value: 'ML', names: { en: 'Mali', fr: 'Mali' } },
    { value: 'SN', names: { en: 'Senegal', fr: 'Sénégal' } },
    { value: 'CI', names: { en: 'Côte d’Ivoire', fr: null } },
  ],
};
const tables = (locale: 'en' | 'fr'): DisplayTables => ({
  names: referenceNames(projectModel, choices, locale),
  choices: new Map([['status', new Map([['active', locale === 'fr' ? 'En cours' : 'Ongoing']])]]),
  states: new Map([['published', locale === 'fr' ? 'Publié' : 'Published']]),
});

describe('stored values as staff read them', () => {
  it('names project references in the interface language, keeping unknown keys as stored', () => {
    const fr = tables('fr');
    expect(displayValue(projectModel, 'countries', ['ML', 'SN'], fr)).toBe('Mali, Sénégal');
    expect(displayValue(projectModel, 'countries', ['SN', 'ZZ'], tables('en'))).toBe('Senegal, ZZ');
    // A name missing in French falls back to the English one.
    expect(displayValue(projectModel, 'countries', ['CI'], fr)).toBe('Côte d’Ivoire');
    expect(displayValue(projectModel, 'type', 'assisted-migration-services', fr)).toBe('Migration assistée');
    expect(displayValue(projectModel, 'region', 'africa', tables('en'))).toBe('Africa');
  });

  it('labels choices and publication states, and leaves other values as stored', () => {
    expect(displayValue(projectModel, 'status', 'active', tables('fr'))).toBe('En cours');
    expect(displayValue(projectModel, 'publicationState', 'published', tables('en'))).toBe('Published');
    expect(displayValue(projectModel, 'titleFr', 'Un titre', tables('en'))).toBe('Un titre');
    expect(displayValue(projectModel, 'budgetUsd', '1000.00', tables('en'))).toBe('1000.00');
    expect(displayValue(projectModel, 'countries', [], tables('en'))).toBe('');
    expect(displayValue(projectModel, 'region', null, tables('en'))).toBe('');
    expect(displayValue(projectModel, 'unknownColumn', 'x', tables('en'))).toBe('x');
  });

  it('names centre countries, services and languages; related projects stay as codes', () => {
    const names = referenceNames(
      centreModel,
      {
        countryCode: [{ value: 'FM', names: { en: 'Micronesia', fr: 'Micronésie' } }],
        services: [{ value: 'legal-aid', names: { en: 'Legal aid', fr: 'Aide juridique' } }],
        languages: [{ value: 'fr', names: { en: 'French', fr: 'Français' } }],
        projects: [{ value: 'FM.0283', names: { en: 'A long title', fr: 'Un long titre' } }],
      },
      'fr',
    );
    const t: DisplayTables = { names, choices: new Map(), states: new Map() };
    expect(displayValue(centreModel, 'countryCode', 'FM', t)).toBe('Micronésie');
    expect(displayValue(centreModel, 'services', ['legal-aid'], t)).toBe('Aide juridique');
    expect(displayValue(centreModel, 'languages', ['fr'], t)).toBe('Français');
    expect(displayValue(centreModel, 'projects', ['FM.0283'], t)).toBe('FM.0283');
  });

  it('finds the field and language of a stored name', () => {
    expect(columnOf(projectModel, 'titleFr')).toMatchObject({ name: 'title', lang: 'fr' });
    expect(columnOf(projectModel, 'countries')).toMatchObject({ name: 'countries', lang: undefined });
    expect(columnOf(projectModel, 'constructor')).toBeUndefined();
  });
});
