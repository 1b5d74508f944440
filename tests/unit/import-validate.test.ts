import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectPage } from '@/lib/import/project-page';
import { describeFieldErrors } from '@/lib/import/report';
import { checkImportedProject } from '@/lib/import/validate';
import { PROJECT_TYPES, REGIONS } from '@/lib/seed/reference-data';

// A page import is checked with the staff form's schema before it may be written.
const page = readFileSync(path.resolve(import.meta.dirname, '../fixtures/pages/px0220-en.txt'), 'utf8');
const read = (description: string) =>
  parseProjectPage(page.replace(/"In 2018[^]*$/, description), { regions: REGIONS, types: PROJECT_TYPES });

describe('checkImportedProject', () => {
  it('accepts the fixture page as the form would save it', () => {
    const { project, language, problems } = read('A short description.');
    expect(problems).toEqual([]);
    expect(checkImportedProject(project, language)).toMatchObject({
      ok: true,
      data: { code: 'PX.0220', summaryEn: 'A short description.', summaryFr: null, budgetUsd: '400000.00' },
    });
  });

  it('refuses what the form refuses: a description over 20,000 characters, a control character', () => {
    const long = read('x'.repeat(20_001));
    expect(checkImportedProject(long.project, long.language)).toEqual({
      ok: false,
      fieldErrors: { summaryEn: [{ key: 'tooLong', values: { max: 20_000 } }] },
    });
    const bell = read('Ring\u0007');
    expect(checkImportedProject(bell.project, bell.language)).toEqual({
      ok: false,
      fieldErrors: { summaryEn: [{ key: 'controlCharacters' }] },
    });
  });

  it('checks an update as the whole record: the page over the stored fields it does not carry', () => {
    const { project, language } = read('A short description.');
    const stored = { version: 3, values: { titleFr: 'Titre', summaryFr: 'y'.repeat(20_001), sourceUrl: '' } };
    expect(checkImportedProject(project, language, stored)).toMatchObject({
      ok: false,
      fieldErrors: { summaryFr: [{ key: 'tooLong' }] },
    });
    const ok = checkImportedProject(project, language, {
      ...stored,
      values: { ...stored.values, summaryFr: 'Résumé' },
    });
    expect(ok).toMatchObject({
      ok: true,
      data: { titleFr: 'Titre', summaryFr: 'Résumé', summaryEn: 'A short description.' },
    });
    expect(ok.ok && 'version' in ok.data).toBe(false);
  });

  it('describes the refused fields in the language asked for', () => {
    const errors = {
      summaryEn: [{ key: 'tooLong' as const, values: { max: 20_000 } }],
      countries: [{ key: 'duplicate' as const }],
    };
    expect(describeFieldErrors(errors, 'en')).toEqual([
      'Description: At most 20000 characters.',
      'Beneficiary Member States: The same value is selected twice.',
      '2 fields are not valid; nothing was written.',
    ]);
    expect(describeFieldErrors({ titleFr: [{ key: 'controlCharacters' }] }, 'fr').at(-1)).toBe(
      '1 champ n’est pas valide\u202f; rien n’a été écrit.',
    );
  });
});
