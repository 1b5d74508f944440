import 'server-only';
import { getReadDb } from '@/lib/db';
import { NAME_SELECT } from '@/lib/i18n/routing';
import { PUBLISHED, type CentreLanguage, type CentreService, type NamedRef } from '@/lib/data/centres';
import type { CentreFilterIssue, CentreFilters } from '@/lib/validation/centre-filters';

export type CentreFacets = {
  countries: (NamedRef & { code: string })[];
  services: CentreService[];
  languages: CentreLanguage[];
};

/** Options of the centre filters: countries and languages of published centres, every service. */
export async function getCentreFacets(): Promise<CentreFacets> {
  const db = getReadDb();
  const [countries, services, languages] = await Promise.all([
    db.country.findMany({
      where: { centres: { some: PUBLISHED } },
      orderBy: { code: 'asc' },
      select: { code: true, ...NAME_SELECT },
    }),
    db.service.findMany({
      orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
      select: { slug: true, ...NAME_SELECT },
    }),
    db.language.findMany({
      where: { centres: { some: { centre: PUBLISHED } } },
      orderBy: { code: 'asc' },
      select: { code: true, ...NAME_SELECT },
    }),
  ]);
  return { countries, services, languages };
}

/** Well-formed filter values naming no known country, service or language: reported and removed from the filters. */
export async function dropUnknownCentreFilters(
  filters: CentreFilters,
): Promise<{ filters: CentreFilters; issues: CentreFilterIssue[] }> {
  const db = getReadDb();
  const [countries, services, languages] = await Promise.all([
    filters.country.length
      ? db.country.findMany({ where: { code: { in: filters.country } }, select: { code: true } })
      : [],
    filters.service.length
      ? db.service.findMany({ where: { slug: { in: filters.service } }, select: { slug: true } })
      : [],
    filters.language.length
      ? db.language.findMany({ where: { code: { in: filters.language } }, select: { code: true } })
      : [],
  ]);
  const issues: CentreFilterIssue[] = [];
  const keep = (param: string, values: string[], known: Set<string>) =>
    values.filter((value) => known.has(value) || (issues.push({ param, value }), false));
  return {
    filters: {
      ...filters,
      country: keep('country', filters.country, new Set(countries.map((c) => c.code))),
      service: keep('service', filters.service, new Set(services.map((s) => s.slug))),
      language: keep('language', filters.language, new Set(languages.map((l) => l.code))),
    },
    issues,
  };
}
