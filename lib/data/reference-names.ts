import 'server-only';
import type { Target } from '@/lib/content/field';
import { getReadDb } from '@/lib/db';
import { NAME_SELECT, type LocalisedNames } from '@/lib/i18n/routing';
import type { CentreFilters } from '@/lib/validation/centre-filters';
import type { ProjectFilters } from '@/lib/validation/project-filters';

/** Names of referenced rows in every language, by their key (slug or code). */
export type NamesByKey = Record<string, LocalisedNames>;

// Only the name columns of a row (the select also read its key).
const namesOf = (row: LocalisedNames): LocalisedNames =>
  Object.fromEntries(Object.keys(NAME_SELECT).map((k) => [k, row[k as keyof LocalisedNames]])) as LocalisedNames;

const bySlug = (rows: (LocalisedNames & { slug: string })[]): NamesByKey =>
  Object.fromEntries(rows.map((r) => [r.slug, namesOf(r)]));
const byCode = (rows: (LocalisedNames & { code: string })[]): NamesByKey =>
  Object.fromEntries(rows.map((r) => [r.code, namesOf(r)]));

/**
 * The names of the given keys of a reference table (regions, project types, countries, services, languages), for
 * labels of filters and changes in a language. Projects have no names (they go by their codes): none are read.
 */
export async function referenceNamesOf(target: Target, keys: readonly string[]): Promise<NamesByKey> {
  const list = [...new Set(keys)];
  if (list.length === 0) return {};
  const db = getReadDb();
  switch (target) {
    case 'region':
      return bySlug(
        await db.region.findMany({ where: { slug: { in: list } }, select: { slug: true, ...NAME_SELECT } }),
      );
    case 'projectType':
      return bySlug(
        await db.projectType.findMany({ where: { slug: { in: list } }, select: { slug: true, ...NAME_SELECT } }),
      );
    case 'country':
      return byCode(
        await db.country.findMany({ where: { code: { in: list } }, select: { code: true, ...NAME_SELECT } }),
      );
    case 'service':
      return bySlug(
        await db.service.findMany({ where: { slug: { in: list } }, select: { slug: true, ...NAME_SELECT } }),
      );
    case 'language':
      return byCode(
        await db.language.findMany({ where: { code: { in: list } }, select: { code: true, ...NAME_SELECT } }),
      );
    case 'project':
      return {};
  }
}

/** Names of the regions, project types and countries a project view filters on. */
export type ProjectFilterNames = { region: NamesByKey; type: NamesByKey; country: NamesByKey };

/** The names of what a project view filters on, to describe it in a language (feeds, spreadsheets). */
export async function projectFilterNames(filters: ProjectFilters): Promise<ProjectFilterNames> {
  const [region, type, country] = await Promise.all([
    referenceNamesOf('region', filters.region),
    referenceNamesOf('projectType', filters.type),
    referenceNamesOf('country', filters.country),
  ]);
  return { region, type, country };
}

/** Names of the countries, services and languages a centre view filters on. */
export type CentreFilterNames = { country: NamesByKey; service: NamesByKey; language: NamesByKey };

/** The names of what a centre view filters on, to describe it in a language (feeds). */
export async function centreFilterNames(filters: CentreFilters): Promise<CentreFilterNames> {
  const [country, service, language] = await Promise.all([
    referenceNamesOf('country', filters.country),
    referenceNamesOf('service', filters.service),
    referenceNamesOf('language', filters.language),
  ]);
  return { country, service, language };
}
