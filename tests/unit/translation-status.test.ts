import { describe, expect, it } from 'vitest';
import { centreModel } from '@/lib/content/centre';
import { projectModel } from '@/lib/content/project';
import {
  languagesNeedingTranslation,
  metaOf,
  nextMeta,
  publishErrors,
  sourceHash,
  translationStates,
} from '@/lib/content/translation';

// The translation status rules, without a database (the write path's use of them: tests/integration).
const saved = {
  sourceLanguage: 'en',
  titleEn: 'Safe migration',
  titleFr: 'Migration sûre',
  titleEs: 'Migración segura',
  summaryEn: 'About it.',
  summaryFr: 'À ce sujet.',
  summaryEs: null,
};

describe('translation status', () => {
  const meta = nextMeta(projectModel, null, saved, []);

  it('counts every translation of a new record as saved, the source as the source, an empty text as missing', () => {
    expect(meta.title).toEqual({ fr: sourceHash('Safe migration'), es: sourceHash('Safe migration') });
    expect(translationStates(projectModel, saved, meta)).toMatchObject({
      titleEn: 'source',
      titleFr: 'current',
      titleEs: 'current',
      summaryFr: 'current',
      summaryEs: 'missing',
    });
    expect(languagesNeedingTranslation(projectModel, saved, meta)).toEqual(['es']);
  });

  it('marks translations out of date when the source changes, until each is edited or confirmed', () => {
    const edited = { ...saved, titleEn: 'Safe and orderly migration' };
    const after = nextMeta(projectModel, { values: saved, meta }, edited, []);
    expect(translationStates(projectModel, edited, after)).toMatchObject({ titleFr: 'stale', titleEs: 'stale' });
    const fixed = { ...edited, titleFr: 'Migration sûre et ordonnée' };
    const later = nextMeta(projectModel, { values: edited, meta: after }, fixed, ['title.es']);
    expect(translationStates(projectModel, fixed, later)).toMatchObject({ titleFr: 'current', titleEs: 'current' });
  });

  it('makes a translation current again when the source is put back as it was', () => {
    const edited = { ...saved, titleEn: 'Something else' };
    const after = nextMeta(projectModel, { values: saved, meta }, edited, []);
    const back = nextMeta(projectModel, { values: edited, meta: after }, saved, []);
    expect(translationStates(projectModel, saved, back).titleFr).toBe('current');
  });

  it('reads a malformed stored column as no translation saved', () => {
    expect(metaOf(null)).toEqual({});
    expect(metaOf({ title: 'x', summary: { fr: 3, xx: 'h', es: 'h' } })).toEqual({ summary: { es: 'h' } });
  });

  it('refuses to publish a project without English and French, a centre without its name in every language', () => {
    expect(publishErrors(projectModel, saved)).toEqual({});
    expect(publishErrors(projectModel, { ...saved, titleFr: ' ' })).toEqual({
      titleFr: [{ key: 'requiredToPublish' }],
    });
    const centre = { nameEn: 'Centre', nameFr: 'Centre', nameEs: null, descriptionEn: 'Only English.' };
    expect(publishErrors(centreModel, centre)).toEqual({ nameEs: [{ key: 'requiredToPublish' }] });
  });
});
