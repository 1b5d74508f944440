import { describe, expect, it } from 'vitest';
import { compareCatalogues } from '@/lib/i18n/message-keys';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

describe('message catalogues', () => {
  it('French and English have the same keys and arguments', () => {
    expect(compareCatalogues(en, fr)).toEqual([]);
  });

  it('the comparison notices a missing key and a renamed argument', () => {
    expect(compareCatalogues({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' } })).toEqual(['a.c is missing in fr']);
    expect(compareCatalogues({ m: '{count, plural, one {#} other {#}}' }, { m: '{n}' })).toEqual([
      'm has arguments {count} in en but {n} in fr',
    ]);
  });
});
