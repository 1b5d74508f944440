import type { CentreFilterNames, NamesByKey, ProjectFilterNames } from '@/lib/data/reference-names';
import { dateTimeFormat, formatUsd } from '@/lib/format';
import { CATALOGUES, type Catalogue } from '@/lib/i18n/catalogues';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';
import type { CentreFilters } from '@/lib/validation/centre-filters';
import type { ProjectFilters } from '@/lib/validation/project-filters';

// A filtered view described as people read it, in a language: each filter used with its label and its values
// (names, labels and amounts rather than slugs and codes), for the subtitle of a feed and the "Filters" sheet of a
// spreadsheet. The labels are the list pages' own.

/** One filter of a view: its label and its values. */
export type FilterLine = { label: string; value: string };

const SORT_LABELS = {
  budget: 'sortBudgetAsc',
  '-budget': 'sortBudgetDesc',
  title: 'sortTitle',
  '-title': 'sortTitleDesc',
  start: 'sortStartAsc',
  '-start': 'sortStartDesc',
  end: 'sortEndAsc',
  '-end': 'sortEndDesc',
} as const satisfies Record<NonNullable<ProjectFilters['sort']>, keyof Catalogue['projectFilters']>;

// Names of the keys in `lang`; a key without a name (removed since) stays as it is.
const named = (names: NamesByKey, keys: readonly string[], lang: AppLocale) =>
  keys.map((k) => (Object.hasOwn(names, k) && names[k] ? nameIn(names[k], lang) : k)).join(', ');

/** The filters of a project view (sort and `modifiedAfter` included; the page is not a filter). */
export function projectFilterLines(filters: ProjectFilters, names: ProjectFilterNames, lang: AppLocale): FilterLine[] {
  const m = CATALOGUES[lang];
  const label = m.projectFilters.param;
  const lines: FilterLine[] = [];
  const add = (l: string, value: string) => lines.push({ label: l, value });
  if (filters.q) add(label.q, filters.q);
  if (filters.region.length) add(label.region, named(names.region, filters.region, lang));
  if (filters.status.length) add(label.status, filters.status.map((s) => m.status[s]).join(', '));
  if (filters.type.length) add(label.type, named(names.type, filters.type, lang));
  if (filters.coverage.length) add(label.coverage, filters.coverage.map((c) => m.coverage[c]).join(', '));
  if (filters.country.length) add(label.country, named(names.country, filters.country, lang));
  if (filters.budgetMin) add(label.budgetMin, formatUsd(filters.budgetMin, lang));
  if (filters.budgetMax) add(label.budgetMax, formatUsd(filters.budgetMax, lang));
  if (filters.yearFrom !== null) add(label.yearFrom, String(filters.yearFrom));
  if (filters.yearTo !== null) add(label.yearTo, String(filters.yearTo));
  if (filters.sort) add(label.sort, m.projectFilters[SORT_LABELS[filters.sort]]);
  if (filters.modifiedAfter) add(m.exports.modifiedAfter, dateTimeFormat(lang).format(filters.modifiedAfter));
  return lines;
}

/** The filters of a centre view (paging is not a filter). */
export function centreFilterLines(filters: CentreFilters, names: CentreFilterNames, lang: AppLocale): FilterLine[] {
  const m = CATALOGUES[lang];
  const lines: FilterLine[] = [];
  const add = (l: string, value: string) => lines.push({ label: l, value });
  if (filters.q) add(m.centres.search, filters.q);
  if (filters.country.length) add(m.centres.country, named(names.country, filters.country, lang));
  if (filters.service.length) add(m.centres.service, named(names.service, filters.service, lang));
  if (filters.kind.length) add(m.centres.kind, filters.kind.map((k) => m.centreKinds[k]).join(', '));
  if (filters.status.length) add(m.centres.status, filters.status.map((s) => m.centreStatuses[s]).join(', '));
  if (filters.language.length) add(m.centres.language, named(names.language, filters.language, lang));
  return lines;
}
