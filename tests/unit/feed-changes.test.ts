import { describe, expect, it } from 'vitest';
import { describeEvent } from '@/lib/api/feed-changes';
import { centreModel } from '@/lib/content/centre';
import { projectModel } from '@/lib/content/project';
import { formatDate, formatUsd } from '@/lib/format';

// What a feed entry says about a change, in the feed's language: labels of the staff form, values as the public
// pages write them, references by their names, long texts only said to be revised.

const names = {
  countries: {
    SN: { nameEn: 'Senegal', nameFr: 'Sénégal', nameEs: 'Senegal' },
    ML: { nameEn: 'Mali', nameFr: 'Mali', nameEs: 'Malí' },
  },
  region: {
    africa: { nameEn: 'Africa', nameFr: 'Afrique', nameEs: 'África' },
    'asia-oceania': { nameEn: 'Asia and Oceania', nameFr: 'Asie et Océanie', nameEs: 'Asia y Oceanía' },
  },
};
type Value = string | number | null | string[];
const changed = (...changes: { field: string; before: Value; after: Value }[]) =>
  ({ kind: 'changed', changes }) as const;

describe('describeEvent', () => {
  it('says a budget change with amounts in the language, and a status by its label', () => {
    const event = changed(
      { field: 'budgetUsd', before: '300000.00', after: '350000.00' },
      { field: 'status', before: 'active', after: 'completed' },
    );
    expect(describeEvent(projectModel, event, names, 'en')).toEqual([
      'Budget (USD) changed from US$300,000 to US$350,000',
      'Status changed from Active to Completed',
    ]);
    expect(describeEvent(projectModel, event, names, 'es')).toEqual([
      `Presupuesto (USD): pasa de ${formatUsd('300000', 'es')} a ${formatUsd('350000', 'es')}`,
      'Estado: pasa de Activo a Finalizado',
    ]);
  });

  it('names references, lists what a list gained and lost, and only says a long text was revised', () => {
    const event = changed(
      { field: 'region', before: 'africa', after: 'asia-oceania' },
      { field: 'countries', before: ['SN'], after: ['ML'] },
      { field: 'summaryEn', before: 'Old summary', after: 'A new summary' },
      { field: 'titleFr', before: 'Ancien', after: 'Nouveau' },
    );
    expect(describeEvent(projectModel, event, names, 'fr')).toEqual([
      'Région IDF\u202f: passe de Afrique à Asie et Océanie',
      'États membres bénéficiaires\u202f: ajout de Mali',
      'États membres bénéficiaires\u202f: retrait de Sénégal',
      'Résumé (anglais)\u202f: texte révisé',
      'Titre (français)\u202f: passe de Ancien à Nouveau',
    ]);
  });

  it('says a value set or removed, and counts what is past the first lines', () => {
    expect(
      describeEvent(
        projectModel,
        changed(
          { field: 'budgetUsd', before: null, after: '1000.50' },
          { field: 'endYear', before: 2024, after: null },
        ),
        names,
        'en',
      ),
    ).toEqual(['Budget (USD) set to US$1,000.50', 'End year removed (was 2024)']);
    const many = changed(
      ...Array.from({ length: 14 }, (_, i) => ({ field: 'titleEn', before: `a${i}`, after: `b${i}` })),
    );
    const lines = describeEvent(projectModel, many, names, 'en');
    expect(lines).toHaveLength(12);
    expect(lines.at(-1)).toBe('and 3 other changes');
  });

  it('says a publication, a confirmation of a centre and a record without history', () => {
    expect(describeEvent(projectModel, { kind: 'published' }, {}, 'fr')).toEqual(['Publié sur le portail.']);
    expect(describeEvent(centreModel, { kind: 'verified', on: '2026-03-04T10:00:00.000Z' }, {}, 'en')).toEqual([
      `Information checked on ${formatDate('2026-03-04', 'en')}.`,
    ]);
    expect(describeEvent(centreModel, { kind: 'listed' }, {}, 'es')).toEqual([
      'En el portal; ningún cambio registrado desde entonces.',
    ]);
  });
});
