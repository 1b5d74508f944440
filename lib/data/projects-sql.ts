// SQL builders (no database client of their own, so scripts such as the benchmark can reuse them for EXPLAIN).
import type { ContentModel, Field, Target } from '@/lib/content/field';
import { projectModel } from '@/lib/content/project';
import { TARGETS } from '@/lib/content/targets';
import { localisedOf, type Localised } from '@/lib/format';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { NAME_SELECT, routing, type AppLocale, type LocalisedNames } from '@/lib/i18n/routing';
import type { MultiFilter, ProjectFilters } from '@/lib/validation/project-filters';

// SQL fragments of the one project query (list page, JSON API and CSV export). Every value is a bound parameter of a
// Prisma.sql tagged template; only fixed fragments chosen from the code below, and names of the project model (each
// checked to be a plain identifier), are ever concatenated.

// Ranking reads code, PRIMA ID and titles only: the full document is too costly to compute for every match.
const RANK_DOCUMENT = Prisma.sql`public.project_rank_document(p.code, p.prima_id, p.title)`;

const searchQuery = (q: string) => Prisma.sql`public.project_search_query(${q}::text)`;

/** The region filter alone (TRUE when unset). */
const regionSql = (f: ProjectFilters) =>
  f.region.length
    ? Prisma.sql`p.region_id IN (SELECT id FROM region WHERE slug IN (${Prisma.join(f.region)}))`
    : Prisma.sql`TRUE`;

/** The status filter alone (TRUE when unset). */
const statusSql = (f: ProjectFilters) =>
  f.status.length
    ? Prisma.sql`p.status IN (${Prisma.join(f.status.map((s) => Prisma.sql`${s}::"ProjectStatus"`))})`
    : Prisma.sql`TRUE`;

/** The conditions on region, type, status and coverage (the columns `project_stat` is grouped by), minus `without`. */
function dimensionParts(filters: ProjectFilters, without: MultiFilter[]): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  const active = (key: MultiFilter) => !without.includes(key) && filters[key].length > 0;
  if (active('region')) parts.push(regionSql(filters));
  if (active('type'))
    parts.push(Prisma.sql`p.type_id IN (SELECT id FROM project_type WHERE slug IN (${Prisma.join(filters.type)}))`);
  if (active('status')) parts.push(statusSql(filters));
  if (active('coverage')) {
    parts.push(Prisma.sql`p.coverage IN (${Prisma.join(filters.coverage.map((c) => Prisma.sql`${c}::"Coverage"`))})`);
  }
  return parts;
}

/**
 * The WHERE clause of the published projects matching `filters`, optionally ignoring some multi-valued filters
 * (facets).
 */
export function whereSql(filters: ProjectFilters, without: MultiFilter[] = []): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`p.publication_state = 'published'`];
  if (filters.q)
    parts.push(Prisma.sql`p.id IN (SELECT s.id FROM public.project_search_ids(${filters.q}::text) AS s(id))`);
  parts.push(...dimensionParts(filters, without));
  if (!without.includes('country') && filters.country.length > 0) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM project_country pc WHERE pc.project_id = p.id AND pc.country_code IN (${Prisma.join(filters.country)}))`,
    );
  }
  if (filters.budgetMin) parts.push(Prisma.sql`p.budget_usd >= ${filters.budgetMin}::numeric`);
  if (filters.budgetMax) parts.push(Prisma.sql`p.budget_usd <= ${filters.budgetMax}::numeric`);
  // Years overlap the range; a project with only one of its years known is taken to last that single year.
  if (filters.yearFrom !== null) parts.push(Prisma.sql`coalesce(p.end_year, p.start_year) >= ${filters.yearFrom}::int`);
  if (filters.yearTo !== null) parts.push(Prisma.sql`coalesce(p.start_year, p.end_year) <= ${filters.yearTo}::int`);
  if (filters.modifiedAfter) parts.push(Prisma.sql`p.updated_at > ${filters.modifiedAfter.toISOString()}::timestamptz`);
  return Prisma.join(parts, ' AND ');
}

/**
 * Whether `project_stat` can answer the count, total and facets of a view: it is filtered by region, type, status
 * and coverage at most (no search, countries, budget or year bounds, or modification date).
 */
export function statsAnswer(f: ProjectFilters): boolean {
  return (
    !f.q &&
    f.country.length === 0 &&
    !f.budgetMin &&
    !f.budgetMax &&
    f.yearFrom === null &&
    f.yearTo === null &&
    !f.modifiedAfter
  );
}

// The table the aggregates read, aliased `p` so the filter fragments above apply as they are: the published projects
// themselves, or their per-group counts (each group weighing its count of projects and its budget).
function aggregateSource(f: ProjectFilters, without: MultiFilter[]) {
  if (statsAnswer(f)) {
    const parts = dimensionParts(f, without);
    return {
      from: Prisma.sql`project_stat p`,
      where: parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`,
      count: Prisma.sql`p.projects`,
    };
  }
  return { from: Prisma.sql`project p`, where: whereSql(f, without), count: Prisma.sql`1` };
}

/** Count (`total`) and 2-decimal total budget (`totalBudgetUsd`) of the projects matching the filters. */
export function countSql(f: ProjectFilters): Prisma.Sql {
  const { from, where, count } = aggregateSource(f, []);
  return Prisma.sql`SELECT coalesce(sum(${count}), 0)::int AS total,
    round(coalesce(sum(p.budget_usd), 0), 2)::text AS "totalBudgetUsd" FROM ${from} WHERE ${where}`;
}

/**
 * Count and total budget of the matches with counts per region and per status (each facet ignoring its own filter),
 * in one pass: grouping sets (), (region), (status).
 */
export function facetsSql(f: ProjectFilters): Prisma.Sql {
  const { from, where, count } = aggregateSource(f, ['region', 'status']);
  const both = Prisma.sql`${regionSql(f)} AND ${statusSql(f)}`;
  return Prisma.sql`
    SELECT grouping(r.slug)::int AS gr, grouping(p.status)::int AS gs, r.slug AS region, p.status::text AS status,
           coalesce(sum(${count}) FILTER (WHERE ${both}), 0)::int AS n,
           round(coalesce(sum(p.budget_usd) FILTER (WHERE ${both}), 0), 2)::text AS budget,
           coalesce(sum(${count}) FILTER (WHERE ${statusSql(f)}), 0)::int AS "nRegion",
           coalesce(sum(${count}) FILTER (WHERE ${regionSql(f)}), 0)::int AS "nStatus"
      FROM ${from} JOIN region r ON r.id = p.region_id
     WHERE ${where}
     GROUP BY GROUPING SETS ((), (r.slug), (p.status))`;
}

/**
 * A translated jsonb column's text as the page shows it: in `locale`, else in the first other language of the locale
 * list that has some (as pickLocalised picks it), e.g. coalesce(p.title->>'es', p.title->>'fr', p.title->>'en').
 */
export function localisedSql(column: Prisma.Sql, locale: AppLocale): Prisma.Sql {
  const order = [locale, ...routing.locales.filter((l) => l !== locale)];
  return Prisma.sql`coalesce(${Prisma.join(order.map((l) => Prisma.sql`nullif(btrim(${column} ->> ${l}::text), '')`))})`;
}

/** ORDER BY for the sort, in the page language for titles; relevance first when searching without an explicit sort. */
export function orderSql(filters: ProjectFilters, locale: AppLocale): Prisma.Sql {
  const title = localisedSql(Prisma.sql`p.title`, locale);
  const titleKey = Prisma.sql`lower(public.project_search_unaccent(${title}))`;
  switch (filters.sort) {
    case 'budget':
      return Prisma.sql`p.budget_usd ASC NULLS LAST, p.code ASC`;
    case '-budget':
      return Prisma.sql`p.budget_usd DESC NULLS LAST, p.code ASC`;
    case 'title':
      return Prisma.sql`${titleKey} ASC NULLS LAST, p.code ASC`;
    case '-title':
      return Prisma.sql`${titleKey} DESC NULLS LAST, p.code ASC`;
    case 'start':
      return Prisma.sql`p.start_year ASC NULLS LAST, p.code ASC`;
    case '-start':
      return Prisma.sql`p.start_year DESC NULLS LAST, p.code ASC`;
    case 'end':
      return Prisma.sql`p.end_year ASC NULLS LAST, p.code ASC`;
    case '-end':
      return Prisma.sql`p.end_year DESC NULLS LAST, p.code ASC`;
    default:
      return filters.q
        ? Prisma.sql`ts_rank_cd(${RANK_DOCUMENT}, ${searchQuery(filters.q)}) DESC, p.code ASC`
        : Prisma.sql`p.end_year DESC NULLS LAST, p.code ASC`;
  }
}

// The columns of a public read follow the project model (lib/content/project.ts): each field type has one way to be
// selected and one shape in the record, so a field added to the model is read, typed and mapped with no code here.
// Database names follow the Prisma schema's convention (`budgetUsd` is `budget_usd`, a reference `region` is
// `region_id`, a Prisma model `projectType` is the table `project_type`); tests/unit/content-model-derived.test.ts
// checks every name used here against prisma/schema.prisma.

/** A referenced row as public reads carry it: its key (slug or code) and its names in every language. */
type TargetRow<T extends Target> = Record<(typeof TARGETS)[T]['key'], string> & LocalisedNames;

type PublicValue<F> = F extends { type: 'key' }
  ? string
  : F extends { type: 'text'; translated: true }
    ? Localised
    : F extends { type: 'choice'; values: readonly (infer V)[] }
      ? V
      : F extends { type: 'ref'; target: infer T extends Target }
        ? TargetRow<T>
        : F extends { type: 'links'; target: infer T extends Target }
          ? TargetRow<T>[]
          : F extends { type: 'year' | 'coordinate' }
            ? number | null
            : string | null;

/**
 * A published record as public reads give it, computed from its model: translated text as a `Localised` (one text or
 * null per language of the locale list), references as their target rows, amounts as 2-decimal strings, dates as
 * `YYYY-MM-DD`; plus `updatedAt` (ISO 8601).
 */
export type PublicRecord<M extends ContentModel> = {
  -readonly [K in keyof M['fields']]: PublicValue<M['fields'][K]>;
} & { updatedAt: string };

type Row = Record<string, unknown>;

/** The database name of a Prisma name: `budgetUsd` → `budget_usd` (checked to be a plain identifier). */
export function dbName(name: string): string {
  const snake = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  if (!/^[a-z][a-z0-9_]*$/.test(snake)) throw new Error(`Not a column name: ${name}`);
  return snake;
}

const ident = (name: string) => Prisma.raw(dbName(name));
const alias = (name: string) => {
  if (!/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z]+)?$/.test(name)) throw new Error(`Not a field name: ${name}`);
  return Prisma.raw(`"${name}"`);
};
/** The Prisma field of the record holding a reference: the target's id (`regionId`) or its key itself. */
const refColumn = (name: string, target: Target) => (TARGETS[target].id === 'id' ? `${name}Id` : name);
const refAlias = (name: string) => Prisma.raw(`r_${dbName(name)}`);

/** The columns of a referenced row that public reads carry: its key and its names. */
function targetColumns(target: Target): string[] {
  const t = TARGETS[target];
  if (t.model === 'project') throw new Error('Public reads name referenced rows by their names; projects have none');
  return [t.key, ...Object.keys(NAME_SELECT)];
}

// A record's links as the stored values (country codes, service ids) in their order, as text. The targets' names are
// read once for all the records (toPublicRecords): joining them here, per record, is several times slower.
function linkValues(field: Extract<Field, { type: 'links' }>): Prisma.Sql {
  const t = TARGETS[field.target];
  const { model, owner, column, ordered } = field.link;
  const value = Prisma.sql`l.${ident(column)}`;
  const where = Prisma.sql`l.${ident(owner)} = p.id`;
  if (ordered) {
    return Prisma.sql`array(SELECT ${value}::text FROM ${ident(model)} l WHERE ${where} ORDER BY l.position, ${value})`;
  }
  const targets = Prisma.sql`JOIN ${ident(t.model)} x ON x.${ident(t.id)} = ${value}`;
  return Prisma.sql`array(SELECT ${value}::text FROM ${ident(model)} l ${targets}
    WHERE ${where} ORDER BY x.${ident(t.order)}, x.${ident(t.key)})`;
}

function fieldColumns(name: string, field: Field): Prisma.Sql[] {
  const column = Prisma.sql`p.${ident(name)}`;
  switch (field.type) {
    case 'choice':
      return [Prisma.sql`${column}::text AS ${alias(name)}`];
    case 'money':
      return [Prisma.sql`round(${column}, 2)::text AS ${alias(name)}`];
    case 'coordinate':
      return [Prisma.sql`${column}::float8 AS ${alias(name)}`];
    case 'ref':
      // One column per column of the referenced row (`region.slug`, `region.nameEn`…), joined by recordFrom.
      return targetColumns(field.target).map(
        (c) => Prisma.sql`${refAlias(name)}.${ident(c)} AS ${alias(`${name}.${c}`)}`,
      );
    case 'links':
      return [Prisma.sql`${linkValues(field)} AS ${alias(name)}`];
    default:
      // Translated text too: one jsonb object keyed by language in the field's own column (`title`, `opening_hours`).
      return [Prisma.sql`${column} AS ${alias(name)}`];
  }
}

/** The select list of a public read of `model`'s records (table alias `p`; references joined by recordFrom). */
export function recordColumns(model: ContentModel): Prisma.Sql {
  const columns = Object.entries(model.fields).flatMap(([name, field]) => fieldColumns(name, field));
  return Prisma.join([...columns, Prisma.sql`p.updated_at AS "updatedAt"`], ', ');
}

/** The FROM clause matching recordColumns: the project table and one join per reference. */
export function recordFrom(model: ContentModel): Prisma.Sql {
  const joins = Object.entries(model.fields).flatMap(([name, field]) => {
    if (field.type !== 'ref') return [];
    const t = TARGETS[field.target];
    const r = refAlias(name);
    return [Prisma.sql`JOIN ${ident(t.model)} ${r} ON ${r}.${ident(t.id)} = p.${ident(refColumn(name, field.target))}`];
  });
  return Prisma.join([Prisma.sql`project p`, ...joins], ' ');
}

const isoDate = (v: unknown) =>
  v === null || v === undefined
    ? null
    : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
      ? v
      : new Date(v as string).toISOString().slice(0, 10);

/** An object of some columns of a row, renamed: [[name, column], …] (a plain loop: thousands of rows). */
function pick(row: Row, columns: readonly (readonly [string, string])[]): Row {
  const out: Row = {};
  for (const [name, column] of columns) out[name] = row[column] ?? null;
  return out;
}

type Finder = { findMany(args: { where: Row; select: Row }): Promise<Row[]> };

/**
 * Rows read with recordColumns as public records: the rows the records link to (countries…) are read once for all
 * of them, one query per linked table.
 */
export async function toPublicRecords<M extends ContentModel>(
  db: PrismaClient,
  model: M,
  rows: Row[],
): Promise<PublicRecord<M>[]> {
  const linked = new Map<Target, Map<string, Row>>();
  for (const [name, field] of Object.entries(model.fields)) {
    if (field.type !== 'links' || linked.has(field.target)) continue;
    const t = TARGETS[field.target];
    const values = [...new Set(rows.flatMap((r) => r[name] as string[]))];
    const table = (db as unknown as Record<string, Finder>)[t.model] as Finder;
    const found = values.length
      ? await table.findMany({
          where: { [t.id]: { in: t.id === 'id' ? values.map(Number) : values } },
          select: Object.fromEntries([t.id, ...targetColumns(field.target)].map((c) => [c, true])),
        })
      : [];
    const columns = targetColumns(field.target);
    linked.set(
      field.target,
      new Map(found.map((r) => [String(r[t.id]), Object.fromEntries(columns.map((c) => [c, r[c]]))])),
    );
  }
  // One converter per field, chosen once (the CSV export maps thousands of rows).
  const converters = Object.entries(model.fields).map(([name, field]): [string, (row: Row) => unknown] => {
    if (field.type === 'text' && field.translated) return [name, (row) => localisedOf(row[name])];
    if (field.type === 'ref') {
      const columns = targetColumns(field.target).map((c) => [c, `${name}.${c}`] as const);
      return [name, (row) => pick(row, columns)];
    }
    if (field.type === 'links') {
      const byValue = linked.get(field.target);
      return [
        name,
        (row) => {
          const items: Row[] = [];
          for (const v of row[name] as string[]) {
            const item = byValue?.get(v);
            if (item) items.push(item);
          }
          return items;
        },
      ];
    }
    if (field.type === 'date') return [name, (row) => isoDate(row[name])];
    return [name, (row) => row[name] ?? null];
  });
  return rows.map((row) => {
    const out: Row = {};
    for (const [name, convert] of converters) out[name] = convert(row);
    out.updatedAt = new Date(row.updatedAt as string).toISOString();
    return out as PublicRecord<M>;
  });
}

/** The columns of a published project, as recordColumns derives them from the project model. */
export const RECORD_COLUMNS = recordColumns(projectModel);

/** FROM clause matching RECORD_COLUMNS. */
export const RECORD_FROM = recordFrom(projectModel);
