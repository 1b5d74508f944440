import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choiceOfLabel } from '@/lib/content/csv';
import { projectModel } from '@/lib/content/project';
import { readHeader } from '@/lib/import/csv-columns';
import { planCsvImport, type CsvReference } from '@/lib/import/csv-plan';

const ref: CsvReference = {
  regions: [{ slug: 'africa', nameEn: 'Africa', nameFr: 'Afrique', nameEs: 'África' }],
  types: [
    {
      slug: 'border-management',
      nameEn: 'Border management',
      nameFr: 'Gestion des frontières',
      nameEs: 'Gestión de fronteras',
    },
  ],
  countries: [
    { code: 'SN', nameEn: 'Senegal', nameFr: 'Sénégal', nameEs: 'Senegal' },
    { code: 'ML', nameEn: 'Mali', nameFr: 'Mali', nameEs: 'Malí' },
  ],
};
const statusOfLabel = choiceOfLabel(projectModel.fields.status);
const coverageOfLabel = choiceOfLabel(projectModel.fields.coverage);
const FR =
  'ID du projet;ID PRIMA;Titre;Statut;Type;Couverture;Région;Budget (USD);Année de début;Année de fin;Année de financement;États membres bénéficiaires;Résumé';

describe('CSV import planning', () => {
  it('reads English and French headers and labels', () => {
    expect(
      readHeader([
        '\uFEFFProject ID',
        'PRIMA ID',
        'Title',
        'Status',
        'Type',
        'Coverage',
        'Region',
        'Budget (USD)',
        'Start year',
        'End year',
        'Funding year',
        'Beneficiary member states',
        'Summary',
      ])?.lang,
    ).toBe('en');
    expect(readHeader(['code', 'title'])).toBeNull();
    expect(statusOfLabel('Achevé')).toBe('completed');
    expect(statusOfLabel('active')).toBe('active');
    expect(coverageOfLabel('Mondial')).toBe('global');
    expect(statusOfLabel('sleeping')).toBeUndefined();
  });

  it('plans a French row as a creation with resolved references', () => {
    const csv = `${FR.replace(/;/g, ',')}\nzc.0001,,Titre,En préparation,Gestion des frontières,National,Afrique,"100 000",2027,2028,,Sénégal; Mali,Résumé\n`;
    const plan = planCsvImport(csv, ref, new Map());
    expect(plan).toMatchObject({
      ok: true,
      lang: 'fr',
      rows: [
        {
          kind: 'create',
          code: 'ZC.0001',
          values: {
            titleFr: 'Titre',
            status: 'planned',
            type: 'border-management',
            region: 'africa',
            budgetUsd: '100000.00',
            countries: ['SN', 'ML'],
          },
        },
      ],
    });
  });

  it('rejects a row whose text holds a control character, with its own reason', () => {
    const row = 'zc.0002,,Ti\u0001tre,En préparation,Gestion des frontières,National,Afrique,,,,,,Ré\u0000sumé';
    const csv = `${FR.replace(/;/g, ',')}\n${row}\n`;
    const plan = planCsvImport(csv, ref, new Map());
    expect(plan.ok && plan.rows[0]).toMatchObject({
      kind: 'reject',
      problems: [
        { field: 'titleFr', reason: 'controlCharacters' },
        { field: 'summaryFr', reason: 'controlCharacters' },
      ],
    });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const plan = planCsvImport(text, ref, new Map());
        expect(typeof plan.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
