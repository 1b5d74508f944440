import { afterAll, describe, expect, it } from 'vitest';
import { listCentreMarkers, listPublishedCentres } from '@/lib/data/centres';
import { getDb } from '@/lib/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { parseCentreFilters } from '@/lib/validation/centre-filters';

type Query = Record<string, string | string[]>;
const filters = (query: Query) => parseCentreFilters(query).filters;
const slugs = async (query: Query, locale: AppLocale = 'en') =>
  (await listPublishedCentres(filters(query), locale)).items.map((c) => c.slug).sort();

const PH = [
  'agusan-del-sur-one-stop-migrant-resource-centre',
  'antique-one-stop-migrant-resource-centre',
  'maguindanao-one-stop-migrant-resource-centre',
  'masbate-one-stop-migrant-resource-centre',
];
const STATUS_RANK = { operational: 0, planned: 1, temporarily_closed: 2, closed: 3 } as const;

describe('centre search by country name, and the default order', () => {
  afterAll(async () => {
    await getDb().$disconnect();
  });

  it('finds the four Philippine centres by the country name in every language, case and accents aside', async () => {
    for (const q of ['Philippines', 'Filipinas', 'filipinas', 'PHILIPPINES', 'philip']) {
      expect(await slugs({ q }), q).toEqual(PH);
      expect(await slugs({ q }, 'fr'), q).toEqual(PH);
    }
    // "El Salvador" / "Salvador" in any language, with or without accents on the other words.
    const sv = await slugs({ q: 'El Salvador' });
    expect(sv).toContain('la-hachadura-window-office');
    expect(sv).toContain('la-union-window-office');
    // The map follows the same search.
    expect((await listCentreMarkers(filters({ q: 'Filipinas' }))).map((c) => c.slug).sort()).toEqual(PH);
  });

  it('still finds by locality, and a country match combines with the other filters', async () => {
    expect(await slugs({ q: 'Kolonia' })).toEqual(['pohnpei-migrant-resource-centre']);
    expect(await slugs({ q: 'Philippines', country: 'SV' })).toEqual([]);
    expect(await slugs({ q: 'Philippines', country: 'PH' })).toEqual(PH);
    expect(await slugs({ q: 'Philippines zzzznothing' })).toEqual([]);
  });

  it('lists open centres first, then planned, temporarily closed and closed, each by name', async () => {
    for (const locale of ['en', 'fr', 'es'] as const) {
      const { items } = await listPublishedCentres(filters({}), locale);
      const keys = items.map((c) => [STATUS_RANK[c.status], c.name[locale] ?? ''] as const);
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
      expect(keys).toEqual(sorted);
      expect(items[0]?.status).toBe('operational');
      expect(items.at(-1)?.status).not.toBe('operational');
    }
  });
});
