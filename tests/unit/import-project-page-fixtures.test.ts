import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectPage, type ImportedProject } from '@/lib/import/project-page';
import { formatImport } from '@/lib/import/report';
import { PROJECT_TYPES, REGIONS } from '@/lib/seed/reference-data';

// The page importer on the seed pages and on IOM-style pages written for these tests (tests/fixtures/pages): labels
// worded differently in both languages, "Label: value" lines, French spacing before colons, run-together country
// lists, lists on separate lines and labels of no known field. Every field is written out.
const ref = { regions: REGIONS, types: PROJECT_TYPES };
const read = (dir: 'seeds' | 'pages', name: string) =>
  parseProjectPage(readFileSync(path.resolve(import.meta.dirname, '../fixtures', dir, name), 'utf8'), ref);

/** Checks a description paragraph by paragraph: how each begins and ends (the seed descriptions are long). */
function expectParagraphs(text: string | null, paragraphs: [string, string][]) {
  const found = (text ?? '').split('\n\n');
  expect(found).toHaveLength(paragraphs.length);
  paragraphs.forEach(([start, end], i) => {
    expect(found[i]!.startsWith(start), `paragraph ${i + 1} starts with “${start}”`).toBe(true);
    expect(found[i]!.endsWith(end), `paragraph ${i + 1} ends with “${end}”`).toBe(true);
  });
}

type Facts = Omit<ImportedProject, 'title' | 'summary'>;
const facts = ({ title: _t, summary: _s, ...rest }: ImportedProject): Facts => rest;

describe('the seed pages, field for field', () => {
  it('000: FM.0283, no start year, funding year or PRIMA ID', () => {
    const { language, project, problems, unknownLabels } = read('seeds', '000_ccdce2cd6dc45d91.txt');
    expect(problems).toEqual([]);
    expect(unknownLabels).toEqual([]);
    expect(language).toBe('fr');
    expect(facts(project)).toEqual({
      code: 'FM.0283',
      primaId: null,
      status: 'completed',
      type: 'assisted-migration-services',
      coverage: 'national',
      region: 'asia-oceania',
      budgetUsd: '100000.00',
      startYear: null,
      endYear: 2024,
      fundingYear: null,
      beneficiaryCountries: ['FM'],
    });
    expect(project.title).toEqual({
      en: null,
      fr: 'Promotion de la migration sûre et de l’intégration par la création d’un centre de documentation pour migrants en Micronésie',
      es: null,
    });
    expect(project.summary.en).toBeNull();
    expectParagraphs(project.summary.fr, [
      [
        'Ce projet vise à faciliter l’intégration aux Etats-Unis',
        'avec les services existants dans les communautés d’accueil.',
      ],
      ['Les organismes intervenant dans le processus migratoire', 'pour les pays d’origine et d’accueil.'],
    ]);
  });

  it('001: PX.0220 in French', () => {
    const { language, project, problems, unknownLabels } = read('seeds', '001_f1304bd47d6398f5.txt');
    expect(problems).toEqual([]);
    expect(unknownLabels).toEqual([]);
    expect(language).toBe('fr');
    expect(facts(project)).toEqual({
      code: 'PX.0220',
      primaId: 'FJ10P0514',
      status: 'active',
      type: 'protection-assistance-vulnerable-migrants',
      coverage: 'regional',
      region: 'asia-oceania',
      budgetUsd: '400000.00',
      startYear: 2021,
      endYear: 2024,
      fundingYear: 2020,
      beneficiaryCountries: ['FJ', 'TO', 'VU'],
    });
    expect(project.title).toEqual({ en: null, fr: 'Protection et aide aux migrants dans le Pacifique', es: null });
    expectParagraphs(project.summary.fr, [
      ['En 2018, l’affaire des 101 Bangladais', 'ce qui facilitera l’élaboration de programmes futurs.'],
      ['Ce projet a pour objectif de contribuer', 'formation sur la protection des migrants dans le Pacifique.'],
      ['Le budget total du projet', 's’élève à 400 000 dollars E.-U'],
    ]);
  });

  it('003: PO.0160 and its eight run-together countries', () => {
    const { language, project, problems, unknownLabels } = read('seeds', '003_4aaa9d8dcfac6f58.txt');
    expect(problems).toEqual([]);
    expect(unknownLabels).toEqual([]);
    expect(language).toBe('fr');
    expect(facts(project)).toEqual({
      code: 'PO.0160',
      primaId: 'CR99P0513',
      status: 'completed',
      type: 'migration-policy-activities',
      coverage: 'regional',
      region: 'latin-america-caribbean',
      budgetUsd: '100000.00',
      startYear: 2020,
      endYear: 2021,
      fundingYear: 2020,
      beneficiaryCountries: ['BZ', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI'],
    });
    expect(project.title).toEqual({
      en: null,
      fr: 'Plateforme virtuelle de coordination de la mise en œuvre de mesures migratoires en Mésoamérique et en République dominicaine',
      es: null,
    });
    expectParagraphs(project.summary.fr, [
      ['Plusieurs mécanismes régionaux', 'une coordination entre les principaux acteurs régionaux.'],
      ['Avec l’appui de plusieurs États Membres', 'en matière de gouvernance des migrations.'],
      ['Les principaux produits de ce projet', 'pour bien répondre aux besoins des migrants.'],
      ['Le budget total du projet', 's’élève à 100 000 dollars E.-U'],
    ]);
  });

  it('PX.0220 in English (tests/fixtures/pages/px0220-en.txt)', () => {
    const { language, project, problems, unknownLabels } = read('pages', 'px0220-en.txt');
    expect(problems).toEqual([]);
    expect(unknownLabels).toEqual([]);
    expect(language).toBe('en');
    expect(facts(project)).toEqual(facts(read('seeds', '001_f1304bd47d6398f5.txt').project));
    expect(project.title).toEqual({
      en: 'Protection of and assistance to migrants in the Pacific',
      fr: null,
      es: null,
    });
    expectParagraphs(project.summary.en, [
      [
        'In 2018, the case of 101 Bangladeshi victims',
        'took the country, and the Pacific region as a whole, by surprise.',
      ],
      ['This project aims to contribute', 'to prevent trafficking in persons and migrant smuggling.'],
      ['The total budget of the project is USD 400,000.', 'USD 400,000.'],
    ]);
  });
});

describe('IOM-style pages with other labels, field for field', () => {
  it('English, one field per block, a label of no known field, six run-together countries', () => {
    const { language, project, problems, unknownLabels } = read('pages', 'cb0412-en.txt');
    expect(problems).toEqual([]);
    expect(language).toBe('en');
    expect(project).toEqual({
      code: 'CB.0412',
      primaId: 'DO10P0777',
      title: { en: 'Strengthening migration governance in the Caribbean', fr: null, es: null },
      summary: {
        en:
          'Migration across the Caribbean is shaped by small island economies, hurricanes and the movement of ' +
          'workers between neighbouring States.\n\nThis project supports the governments of six Caribbean States ' +
          'in aligning their migration policies and in sharing data on migrant workers.',
        fr: null,
        es: null,
      },
      status: 'active',
      type: 'migration-policy-activities',
      coverage: 'regional',
      region: 'latin-america-caribbean',
      budgetUsd: '1250000.00',
      startYear: 2022,
      endYear: 2025,
      fundingYear: 2021,
      // "Dominican Republic … Dominica …": the longer name first, and Dominica stays Dominica.
      beneficiaryCountries: ['DO', 'HT', 'JM', 'DM', 'TT', 'VC'],
    } satisfies ImportedProject);
    expect(unknownLabels).toEqual([{ label: 'Donor', value: 'IOM Development Fund' }]);
  });

  it('English, "Label: value" lines, countries separated by commas and "and"', () => {
    const { language, project, problems, unknownLabels } = read('pages', 'wa0150-en.txt');
    expect(problems).toEqual([]);
    expect(language).toBe('en');
    expect(project).toEqual({
      code: 'WA.0150',
      primaId: 'NE11P0203',
      title: { en: 'Labour mobility and skills partnerships in West Africa', fr: null, es: null },
      summary: {
        en:
          'Labour migration within West Africa is largely informal, and skills acquired abroad are rarely ' +
          'recognised at home.\n\nThe project set up skills partnerships between employment agencies of four ' +
          'States and trained 300 officials.',
        fr: null,
        es: null,
      },
      status: 'completed',
      type: 'labour-migration',
      coverage: 'regional',
      region: 'africa',
      budgetUsd: '750000.00',
      startYear: 2019,
      endYear: 2021,
      fundingYear: 2018,
      // Niger is not taken from Nigeria, nor Guinea from Guinea-Bissau.
      beneficiaryCountries: ['NE', 'NG', 'GN', 'GW'],
    } satisfies ImportedProject);
    expect(unknownLabels).toEqual([
      { label: 'Donor', value: 'IOM Development Fund' },
      { label: 'Implementing partners', value: 'ECOWAS Commission; national employment agencies' },
    ]);
  });

  it('French, one field per block, seven run-together countries (République du Congo, République démocratique du Congo)', () => {
    const { language, project, problems, unknownLabels } = read('pages', 'bm0311-fr.txt');
    expect(problems).toEqual([]);
    expect(language).toBe('fr');
    expect(project).toEqual({
      code: 'BM.0311',
      primaId: 'CM10P0412',
      title: { en: null, fr: 'Renforcer la gestion des frontières en Afrique centrale', es: null },
      summary: {
        en: null,
        fr:
          'Les pays d’Afrique centrale partagent de longues frontières terrestres peu surveillées.\n\nLe projet a ' +
          'formé les agents des postes frontières et harmonisé les procédures d’enregistrement des voyageurs.\n\n' +
          'Le budget total du projet s’élève à 1 500 000 dollars E.-U.',
        es: null,
      },
      status: 'completed',
      type: 'border-management',
      coverage: 'regional',
      region: 'africa',
      budgetUsd: '1500000.00',
      startYear: 2020,
      endYear: 2022,
      fundingYear: 2019,
      beneficiaryCountries: ['CM', 'TD', 'CF', 'GQ', 'CG', 'CD', 'GA'],
    } satisfies ImportedProject);
    expect(unknownLabels).toEqual([]);
  });

  it('French, "Libellé : valeur" lines with French spacing, countries one per line', () => {
    const { language, project, problems, unknownLabels } = read('pages', 'sh0098-fr.txt');
    expect(problems).toEqual([]);
    expect(language).toBe('fr');
    expect(project).toEqual({
      code: 'SH.0098',
      primaId: 'ML10P0321',
      title: { en: null, fr: 'Appui à la réintégration durable des migrants de retour au Sahel', es: null },
      summary: {
        en: null,
        fr:
          'Au Sahel, les migrants de retour peinent à retrouver un emploi et un logement.\n\nLe projet accompagne ' +
          '1 200 personnes de retour par des formations, des subventions et un suivi psychosocial.',
        es: null,
      },
      status: 'active',
      type: 'migration-development',
      coverage: 'regional',
      region: 'africa',
      budgetUsd: '2500000.00',
      startYear: 2021,
      endYear: 2024,
      fundingYear: 2020,
      beneficiaryCountries: ['ML', 'NE', 'BF', 'TD'],
    } satisfies ImportedProject);
    expect(unknownLabels).toEqual([{ label: 'Bailleur de fonds', value: 'Fonds de l’OIM pour le développement' }]);
  });
});

describe('labels of no known field', () => {
  it('are listed in the report, in both languages, without making the import incomplete', () => {
    const result = read('pages', 'wa0150-en.txt');
    const en = formatImport(result, 'en');
    expect(en).toContain(
      '2 labels are not fields of the import; their values were not imported:\n' +
        'Donor: “IOM Development Fund”\n' +
        'Implementing partners: “ECOWAS Commission; national employment agencies”',
    );
    expect(en).toContain('Every field was read.');
    const fr = formatImport(read('pages', 'sh0098-fr.txt'), 'fr');
    expect(fr).toContain(
      '1 libellé ne correspond à aucun champ de l’import\u202f; sa valeur n’a pas été importée\u202f:\n' +
        'Bailleur de fonds\u202f: «\u202fFonds de l’OIM pour le développement\u202f»',
    );
  });

  it('are found between the fields and right after them, but a colon in the description stays in it', () => {
    const page = [
      'A title',
      'Project ID: AB.0001',
      'Partner',
      'Ministry of Labour',
      'Status: Active',
      'Contact person: Jane Doe',
      'Objective: to give returning migrants the means to find work at home, through training and small grants.',
      'Second paragraph: with a colon.',
    ].join('\n');
    const { project, unknownLabels } = parseProjectPage(page, ref);
    expect(project.code).toBe('AB.0001');
    expect(project.status).toBe('active');
    expect(unknownLabels).toEqual([
      { label: 'Partner', value: 'Ministry of Labour' },
      { label: 'Contact person', value: 'Jane Doe' },
    ]);
    expect(project.summary.en).toBe(
      'Objective: to give returning migrants the means to find work at home, through training and small grants.' +
        '\n\nSecond paragraph: with a colon.',
    );
  });
});
