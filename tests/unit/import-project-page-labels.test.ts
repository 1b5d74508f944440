import { describe, expect, it } from 'vitest';
import { fieldOfLabel } from '@/lib/import/page-fields';
import { parseProjectPage } from '@/lib/import/project-page';
import { parseCountryList } from '@/lib/import/values';
import { PROJECT_TYPES, REGIONS } from '@/lib/seed/reference-data';

// How the page importer recognises labels and country lists it has never seen written exactly that way.
const ref = { regions: REGIONS, types: PROJECT_TYPES };

const VARIANTS: Record<string, string[]> = {
  code: [
    'Project ID',
    'Project Code',
    'project code:',
    'PROJECT NUMBER',
    'Code du projet',
    'Identifiant du projet',
    'ID du projet',
    'Projet ID',
    'Numéro du projet',
  ],
  primaId: ['PRIMA ID', 'Prima ID', 'PRIMA Project ID', 'PRIMA number', 'ID PRIMA', 'Identifiant PRIMA', 'N° PRIMA'],
  title: ['Project title', 'Title', 'Titre du projet', 'Intitulé du projet'],
  summary: ['Project summary', 'Description', 'Summary', 'Résumé', 'Description du projet', 'Résumé du projet'],
  status: [
    'Project status',
    'Status',
    'Implementation status',
    'Statut du projet',
    'Statut',
    'État d’avancement',
    'Etat du projet',
  ],
  type: ['Project type', 'Type of project', 'Type', 'Type de projet', 'Type d’intervention'],
  coverage: [
    'Coverage',
    'Geographical coverage',
    'Geographic scope',
    'Couverture',
    'Couverture géographique',
    'Portée géographique',
  ],
  region: ['IDF Region', 'Region', 'Région', 'Région du FDI', 'Région FDI'],
  budgetUsd: [
    'Budget Amount (USD)',
    'Total budget (USD)',
    'Budget total :',
    'Budget',
    'Project budget (US$)',
    'Montant du budget',
    'Montant total du budget (USD)',
  ],
  startYear: [
    'Start date',
    'Project start date',
    'Start',
    'Start year',
    'Date de début',
    'Date de démarrage',
    'Début',
    'Année de début',
  ],
  endYear: [
    'End date',
    'Projected end date',
    'End',
    'Completion date',
    'Date de fin',
    'Date d’achèvement prévue',
    'Fin prévue',
    'Année de fin',
  ],
  fundingYear: ['Year', 'Funding year', 'Year of funding', 'Année', 'Année de financement'],
  beneficiaryCountries: [
    'Beneficiary State(s)',
    'Beneficiary States',
    'Beneficiary state',
    'Beneficiary Countries',
    'Benefitting countries',
    'Benefiting Member State(s)',
    'Eligible beneficiary Member State(s)',
    "The project's beneficiary states",
    'Countries',
    'États bénéficiaires',
    'Etat(s) bénéficiaire(s)',
    'Pays bénéficiaires',
    'Etat(s) membre(s) beneficiaires remplissant les conditions requises',
    'Pays',
  ],
};

describe('field labels', () => {
  it.each(Object.entries(VARIANTS).flatMap(([field, labels]) => labels.map((label) => [label, field])))(
    '“%s” labels %s',
    (label, field) => {
      expect(fieldOfLabel(label)?.field).toBe(field);
    },
  );

  it('are declared once per field, in both languages, each label reading as its own field', async () => {
    const { PROJECT_LABELS } = await import('@/lib/import/project-labels');
    expect(Object.keys(PROJECT_LABELS).sort()).toEqual(Object.keys(VARIANTS).sort());
    for (const [field, { en = [], fr = [] }] of Object.entries(PROJECT_LABELS)) {
      expect(en.length, field).toBeGreaterThanOrEqual(2);
      expect(fr.length, field).toBeGreaterThanOrEqual(2);
      for (const label of [...en, ...fr]) expect(fieldOfLabel(label)?.field, label).toBe(field);
    }
  });

  it('tell the page language, except when written the same in both', () => {
    expect(fieldOfLabel('Project Code')?.lang).toBe('en');
    expect(fieldOfLabel('Benefitting countries')?.lang).toBe('en');
    expect(fieldOfLabel('Code du projet')?.lang).toBe('fr');
    expect(fieldOfLabel('Pays bénéficiaires')?.lang).toBe('fr');
    expect(fieldOfLabel('Budget')?.lang).toBeNull();
  });

  it('are not found in values, sentences or labels of no known field', () => {
    for (const text of [
      'Donor',
      'Bailleur de fonds',
      'Implementing partners',
      'Fiji Tonga Vanuatu',
      'Asia and Oceania',
      'Project ID PX.0220',
      'The project aims to help the beneficiary states of the region to collect data',
      'x'.repeat(5_000),
    ]) {
      expect(fieldOfLabel(text), text).toBeUndefined();
    }
  });

  it('are read with their value on the same line, after a colon (with or without French spacing) or a tab', () => {
    const page = (lines: string[]) => parseProjectPage(['A title', ...lines].join('\n'), ref).project;
    expect(page(['Project Code: PX.0220', 'Total budget (USD):\t400,000'])).toMatchObject({
      code: 'PX.0220',
      budgetUsd: '400000.00',
    });
    expect(page(['Code du projet\u202f: PX.0220', 'Budget total\u00a0: 400 000'])).toMatchObject({
      code: 'PX.0220',
      budgetUsd: '400000.00',
    });
    expect(page(['Project ID\tPX.0220', 'Status\tActive'])).toMatchObject({ code: 'PX.0220', status: 'active' });
  });

  it('take a value that happens to look like a label when it reads as a value of the field', () => {
    const { project } = parseProjectPage(
      'A title\nCoverage\nMulti-country\nStatus\nClôturé\nCountries\nPays-Bas\nProject ID\nAB.0001',
      ref,
    );
    expect(project).toMatchObject({
      coverage: 'regional',
      status: 'completed',
      beneficiaryCountries: ['NL'],
      code: 'AB.0001',
    });
  });
});

describe('country lists', () => {
  const codes = (text: string) => parseCountryList(text);

  it('run together, in English: the longest name first', () => {
    expect(codes('Dominican Republic Haiti Jamaica')).toEqual({ codes: ['DO', 'HT', 'JM'], unknown: [] });
    expect(codes('Dominica Dominican Republic')).toEqual({ codes: ['DM', 'DO'], unknown: [] });
    expect(codes('Nigeria Niger')).toEqual({ codes: ['NG', 'NE'], unknown: [] });
    expect(codes('Niger Nigeria')).toEqual({ codes: ['NE', 'NG'], unknown: [] });
    expect(codes('Sudan South Sudan')).toEqual({ codes: ['SD', 'SS'], unknown: [] });
    expect(codes('Guinea Equatorial Guinea Guinea-Bissau Papua New Guinea')).toEqual({
      codes: ['GN', 'GQ', 'GW', 'PG'],
      unknown: [],
    });
  });

  it('run together, in French', () => {
    expect(codes('République dominicaine Haïti Jamaïque Dominique')).toEqual({
      codes: ['DO', 'HT', 'JM', 'DM'],
      unknown: [],
    });
    expect(codes('Nigéria Niger')).toEqual({ codes: ['NG', 'NE'], unknown: [] });
    expect(codes('Soudan du Sud Soudan')).toEqual({ codes: ['SS', 'SD'], unknown: [] });
  });

  it('separated by commas, semicolons, "and", "et", articles or lines', () => {
    expect(codes('Haiti, Dominica and the Dominican Republic')).toEqual({ codes: ['HT', 'DM', 'DO'], unknown: [] });
    expect(codes('Niger; Nigeria; the Bahamas')).toEqual({ codes: ['NE', 'NG', 'BS'], unknown: [] });
    expect(codes('le Niger, le Nigéria et la République dominicaine')).toEqual({
      codes: ['NE', 'NG', 'DO'],
      unknown: [],
    });
    expect(codes('Haïti\nla Jamaïque\nles Bahamas\nl’Équateur')).toEqual({
      codes: ['HT', 'JM', 'BS', 'EC'],
      unknown: [],
    });
    expect(codes('- Mali\n- Niger\n• Tchad')).toEqual({ codes: ['ML', 'NE', 'TD'], unknown: [] });
  });

  it('as the United Nations writes them', () => {
    expect(codes('Bolivia (Plurinational State of) Venezuela (Bolivarian Republic of)')).toEqual({
      codes: ['BO', 'VE'],
      unknown: [],
    });
    expect(codes('Micronesia (Federated States of), Republic of Moldova, Congo')).toEqual({
      codes: ['FM', 'MD', 'CG'],
      unknown: [],
    });
    expect(codes('Micronésie (États fédérés de) République de Moldova République-Unie de Tanzanie')).toEqual({
      codes: ['FM', 'MD', 'TZ'],
      unknown: [],
    });
  });

  it('on separate lines of a page, between blocks or bullets', () => {
    const page = (countries: string) =>
      parseProjectPage(
        `A title\nProject ID\nAB.0001\nBeneficiary countries\n${countries}\nThe project helps migrants.`,
        ref,
      );
    const blocks = page('-\nDominican Republic\n-\nHaiti\n-\nDominica\n-');
    expect(blocks.project.beneficiaryCountries).toEqual(['DO', 'HT', 'DM']);
    expect(blocks.project.summary.en).toBe('The project helps migrants.');
    const bullets = page('• Niger\n• Nigeria\n• Chad');
    expect(bullets.project.beneficiaryCountries).toEqual(['NE', 'NG', 'TD']);
    expect(bullets.project.summary.en).toBe('The project helps migrants.');
  });

  it('report the words no country name starts with', () => {
    expect(codes('Fiji Atlantis Vanuatu')).toEqual({ codes: ['FJ', 'VU'], unknown: ['atlantis'] });
  });
});
