import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/v1/projects/route';
import { LocalisedParagraphs, LocalisedText } from '@/components/localised-text';
import { getPublishedProject, listPublishedProjects } from '@/lib/data/projects';
import { getDb } from '@/lib/db';
import { pickLocalised } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';
import { parseProjectFilters } from '@/lib/validation/project-filters';

// The components read their note with next-intl: here from the real message catalogues.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { CATALOGUES } = await import('@/lib/i18n/catalogues');
  return {
    getTranslations: ({ locale, namespace }: { locale: AppLocale; namespace: string }) =>
      Promise.resolve(createTranslator({ locale, messages: CATALOGUES[locale], namespace: namespace as 'content' })),
  };
});

const html = async (el: Promise<unknown>) => renderToStaticMarkup((await el) as never);
const apiCodes = async (query: string) => {
  const res = await GET(new Request(`http://localhost/api/v1/projects${query}`));
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: { code: string }[] }).data.map((p) => p.code);
};
const codes = async (query: Record<string, string>, locale: AppLocale) =>
  (await listPublishedProjects(parseProjectFilters(query).filters, locale)).items.map((p) => p.code);

// A project written in Spanish only, and one without any Spanish text (French title, English summary).
const SPANISH = 'ZS.0001';
const NO_SPANISH = 'ZS.0002';

describe('translated project texts in every language of the list', () => {
  beforeAll(async () => {
    const db = getDb();
    const region = await db.region.findUniqueOrThrow({ where: { slug: 'africa' } });
    const type = await db.projectType.findFirstOrThrow();
    const common = { status: 'active', coverage: 'national', regionId: region.id, typeId: type.id } as const;
    await db.project.create({
      data: {
        ...common,
        code: SPANISH,
        title: { es: 'Migración laboral circular en la región andina' },
        summary: { es: 'Acompaña la migración de trabajadores temporeros entre los países andinos.' },
        sourceLanguage: 'es',
        publicationState: 'published',
      },
    });
    await db.project.create({
      data: {
        ...common,
        code: NO_SPANISH,
        title: { fr: 'Accueil des migrants de retour' },
        summary: { en: 'Support for returning migrants.\n\nA second paragraph.' },
        sourceLanguage: 'fr',
        publicationState: 'published',
      },
    });
  });
  afterAll(async () => {
    await getDb().project.deleteMany({ where: { code: { in: [SPANISH, NO_SPANISH] } } });
    await getDb().$disconnect();
  });

  it('finds Spanish text by its words, with or without accents, and by their Spanish stems', async () => {
    for (const q of ['migracion', 'migración', 'MIGRACION', 'migraciones']) {
      const found = await apiCodes(`?q=${encodeURIComponent(q)}`);
      expect(found, q).toContain(SPANISH);
      expect(found, q).not.toContain(NO_SPANISH);
    }
    // Words of the Spanish summary only, in any page language.
    for (const locale of ['es', 'fr', 'en'] as const) {
      expect(await codes({ q: 'temporeros andinos' }, locale), locale).toEqual([SPANISH]);
    }
    expect(await codes({ q: 'andina' }, 'es')).toEqual([SPANISH]);
  });

  it('reads every language of a text, null where there is none', async () => {
    const p = await getPublishedProject(NO_SPANISH);
    expect(p?.title).toEqual({ fr: 'Accueil des migrants de retour', en: null, es: null });
    expect(p?.summary).toEqual({ fr: null, en: 'Support for returning migrants.\n\nA second paragraph.', es: null });
    expect(p?.sourceLanguage).toBe('fr');
  });

  it('gives a project without Spanish text, read in Spanish, its text in another language with that language', async () => {
    const p = (await getPublishedProject(NO_SPANISH))!;
    expect(pickLocalised(p.title, 'es')).toEqual({ value: 'Accueil des migrants de retour', lang: 'fr' });
    expect(pickLocalised(p.summary, 'es')).toEqual({ value: expect.stringContaining('returning'), lang: 'en' });
    // On the page: marked with its language, and a visible note in Spanish.
    const title = await html(LocalisedText({ text: p.title, locale: 'es' }));
    expect(title).toContain('<span lang="fr">Accueil des migrants de retour</span>');
    expect(title).toContain('(disponible solo en francés)');
    const summary = await html(LocalisedParagraphs({ text: p.summary, locale: 'es', empty: '—' }));
    expect(summary).toContain('(disponible solo en inglés)');
    expect(summary).toContain('<div lang="en" class="space-y-3"><p>Support for returning migrants.</p><p>A second');
    // In lists and tables: the language is marked, without the note.
    const label = await html(LocalisedText({ text: p.title, locale: 'es', noted: false }));
    expect(label).toBe('<span lang="fr">Accueil des migrants de retour</span>');
    // In the page's own language: the text alone.
    expect(await html(LocalisedText({ text: p.title, locale: 'fr' }))).toBe('Accueil des migrants de retour');
  });

  it('gives Spanish-only text on English and French pages with its language', async () => {
    const p = (await getPublishedProject(SPANISH))!;
    expect(p.title).toEqual({ fr: null, en: null, es: 'Migración laboral circular en la región andina' });
    const en = await html(LocalisedText({ text: p.title, locale: 'en' }));
    expect(en).toContain('<span lang="es">Migración laboral circular en la región andina</span>');
    expect(en).toContain('(only available in Spanish)');
    expect(await html(LocalisedText({ text: p.title, locale: 'fr' }))).toContain('(disponible uniquement en espagnol)');
    // A text in no language at all: the fallback.
    expect(await html(LocalisedText({ text: { fr: null, en: null, es: null }, locale: 'es', fallback: '—' }))).toBe(
      '—',
    );
  });

  it('sorts titles in the page language, a missing one by the text the page shows instead', async () => {
    const spanish = await codes({ sort: 'title', region: 'africa' }, 'es');
    // es: "Accueil…" (French, no Spanish title) before "Migración…".
    expect(spanish).toEqual([NO_SPANISH, SPANISH]);
    expect(await codes({ sort: '-title', region: 'africa' }, 'en')).toEqual([SPANISH, NO_SPANISH]);
  });
});
