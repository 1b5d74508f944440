import { describe, expect, it } from 'vitest';
import { equalPercentages, iatiIdentifier, toIatiXml, type IatiProject } from '@/lib/export/iati';
import { localisedOf } from '@/lib/format';
import { SEED_PROJECTS } from '@/lib/seed/projects';
import { validateIati } from '../support/iati-validator';

const seeded: IatiProject[] = SEED_PROJECTS.map((p) => ({
  code: p.code,
  primaId: p.primaId,
  title: localisedOf(p.title),
  summary: localisedOf(p.summary),
  status: p.status,
  coverage: p.coverage,
  budgetUsd: p.budgetUsd,
  startYear: p.startYear,
  endYear: p.endYear,
  fundingYear: p.fundingYear,
  beneficiaryCountries: p.countryCodes,
  updatedAt: '2026-11-23T10:00:00.000Z',
}));

describe('IATI export', () => {
  it('validates against the IATI 2.03 activity schema', async () => {
    expect(await validateIati(toIatiXml(seeded))).toEqual([]);
  });

  it('carries the identifiers, every language, status, dates, scope, countries and budget', () => {
    const xml = toIatiXml(seeded.filter((p) => p.code === 'PX.0220'));
    expect(xml).toContain(`<iati-identifier>${iatiIdentifier('PX.0220')}</iati-identifier>`);
    expect(iatiIdentifier('PX.0220')).toBe('XM-DAC-47066-PX.0220');
    expect(xml).toContain('<other-identifier ref="FJ10P0514" type="A1"/>');
    expect(xml).toContain('<narrative>Protection of and assistance to migrants in the Pacific</narrative>');
    expect(xml).toContain('<narrative xml:lang="fr">Protection et aide aux migrants dans le Pacifique</narrative>');
    expect(xml).toContain('<narrative xml:lang="es">Protección y asistencia a migrantes en el Pacífico</narrative>');
    expect(xml).toContain('<narrative xml:lang="es">Organización Internacional para las Migraciones</narrative>');
    expect(xml).toContain('<activity-status code="2"/>');
    expect(xml).toContain('<activity-date type="1" iso-date="2021-01-01"/>');
    expect(xml).toContain('<activity-date type="3" iso-date="2024-12-31"/>');
    expect(xml).toContain('<activity-scope code="2"/>');
    expect(xml).toContain('<recipient-country code="FJ" percentage="33.33"/>');
    expect(xml).toContain('<recipient-country code="VU" percentage="33.34"/>');
    expect(xml).toMatch(/<value currency="USD" value-date="2021-01-01">400000\.00<\/value>/);
  });

  it('writes one narrative per language that has text, the default language (English) without xml:lang', () => {
    const project = { ...seeded[0]!, title: { en: null, fr: 'Titre', es: 'Título' }, summary: localisedOf({}) };
    const xml = toIatiXml([project]);
    const title = /<title>([\s\S]*?)<\/title>/.exec(xml)?.[1] ?? '';
    expect(title.match(/<narrative[^>]*>[^<]*<\/narrative>/g)).toEqual([
      '<narrative xml:lang="fr">Titre</narrative>',
      '<narrative xml:lang="es">Título</narrative>',
    ]);
    // No summary in any language: the description is the title in the first language that has one.
    const description = /<description type="1">([\s\S]*?)<\/description>/.exec(xml)?.[1] ?? '';
    expect(description.trim()).toBe('<narrative>Titre</narrative>');
  });

  it('an invalid document is reported (the validator can fail)', async () => {
    const broken = toIatiXml(seeded).replace(/<activity-status code="\d"\/>/g, '');
    expect((await validateIati(broken)).length).toBeGreaterThan(0);
  });

  it('splits 100 % equally in shares that add up to 100', () => {
    for (let n = 1; n <= 40; n++) {
      const shares = equalPercentages(n).map(Number);
      expect(shares).toHaveLength(n);
      expect(Math.round(shares.reduce((a, b) => a + b, 0) * 100)).toBe(10000);
    }
  });

  it('always has an activity date, even without any year', async () => {
    const bare = {
      ...seeded[0]!,
      startYear: null,
      endYear: null,
      fundingYear: null,
      budgetUsd: null,
      beneficiaryCountries: [],
    };
    const xml = toIatiXml([bare]);
    expect(xml).toContain('<activity-date type="1" iso-date="2026-11-23"/>');
    expect(await validateIati(xml)).toEqual([]);
  });
});
