import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareCatalogues, compareWithReference, type Tree } from '@/lib/i18n/message-keys';
import { routing } from '@/lib/i18n/routing';

const catalogue = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Tree;

describe('message catalogues', () => {
  it("every locale's catalogue has the keys and arguments of the default locale's", () => {
    const all = Object.fromEntries(routing.locales.map((l) => [l, catalogue(l)]));
    expect(Object.keys(all)).toHaveLength(routing.locales.length);
    expect(compareWithReference(all, routing.defaultLocale)).toEqual([]);
  });

  it('the comparison notices a missing key and a renamed argument', () => {
    expect(compareCatalogues({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' } }, ['en', 'fr'])).toEqual([
      'a.c is missing in fr',
    ]);
    expect(compareCatalogues({ m: '{count, plural, one {#} other {#}}' }, { m: '{n}' }, ['en', 'fr'])).toEqual([
      'm has arguments {count} in en but {n} in fr',
    ]);
  });

  it('compares each catalogue with the reference, naming both', () => {
    const all = { fr: { a: 'x', b: '{n}' }, en: { a: 'x', b: '{n}' }, es: { a: 'x', b: '{count}' }, de: { b: '{n}' } };
    expect(compareWithReference(all, 'fr')).toEqual([
      'b has arguments {n} in fr but {count} in es',
      'a is missing in de',
    ]);
    expect(compareWithReference(all, 'pt')).toEqual(['there is no catalogue for pt']);
  });
});
