// Declarative query-parameter tables: each API parameter is declared once, with the zod schema of one raw value, and
// both the parsers (lib/validation/*-filters.ts) and the OpenAPI generator (lib/api/openapi.ts) read that table.
import { z } from 'zod';
import { routing, type AppLocale } from '@/lib/i18n/routing';

/** One query parameter: the schema of ONE string value, whether it may repeat, and its documentation. */
type QueryParam<S extends z.ZodType = z.ZodType> = { schema: S; multi: boolean; description: string };
/** A table of query parameters keyed by their names, in the order they are parsed and documented. */
export type QueryTable = Record<string, QueryParam>;

/** Why a value was ignored: malformed, unknown (well-formed but no such region/type/country) or an inverted range. */
type QueryIssueReason = 'invalid' | 'unknown' | 'range';
export type QueryIssue = { param: string; value: string; reason?: QueryIssueReason };
export type SearchParams = Record<string, string | string[] | undefined>;

/** The parsed value of a parameter: a list for repeatable ones, else the value or null. */
export type ParsedParams<T extends QueryTable> = {
  [K in keyof T]: T[K]['multi'] extends true ? z.output<T[K]['schema']>[] : z.output<T[K]['schema']> | null;
};

const MAX_VALUES = 300;
const MAX_REPORTED_LENGTH = 200;

/** Declares one parameter (keeps the `multi` literal so parsed types follow it). */
export function param<S extends z.ZodType, M extends boolean>(schema: S, multi: M, description: string) {
  return { schema, multi, description };
}

/** The string values of one entry of a query object, whatever it holds (nothing, a string, an array, junk). */
function stringsOf(raw: unknown): string[] {
  return (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
}

/** The non-empty, trimmed values of a key (repeated keys give several); only the object's own entries count. */
export function queryValues(sp: SearchParams, key: string): string[] {
  return Object.hasOwn(sp, key)
    ? stringsOf(sp[key])
        .map((v) => v.trim())
        .filter((v) => v !== '')
    : [];
}

/** A URL's query as a record without prototype (repeated keys become arrays), so `constructor` is just a name. */
export function searchParamsToObject(params: URLSearchParams): SearchParams {
  const out = Object.create(null) as Record<string, string | string[]>;
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? (all[0] ?? '') : all;
  }
  return out;
}

/**
 * A page's `searchParams` rebuilt as a record without prototype: own names and string values only. Next.js builds
 * them on a plain object, where `?constructor=x` reads as [Object, 'x'] and `?__proto__=x` replaces the prototype.
 */
export function pageSearchParams(raw: object): SearchParams {
  const out = Object.create(null) as Record<string, string | string[]>;
  for (const [key, value] of Object.entries(raw)) {
    const strings = stringsOf(value);
    if (Array.isArray(value)) out[key] = strings;
    else if (strings[0] !== undefined) out[key] = strings[0];
  }
  return out;
}

/** Parses every parameter of the table; malformed values are dropped and pushed to `issues`, never thrown. */
export function parseQuery<T extends QueryTable>(table: T, sp: SearchParams, issues: QueryIssue[]): ParsedParams<T> {
  const out: Record<string, unknown> = {};
  for (const [name, { schema, multi }] of Object.entries(table)) {
    const raw = queryValues(sp, name);
    const parsed: unknown[] = [];
    for (const value of multi ? raw.slice(0, MAX_VALUES) : raw.slice(0, 1)) {
      const result = schema.safeParse(value);
      if (!result.success) issues.push({ param: name, value: value.slice(0, MAX_REPORTED_LENGTH), reason: 'invalid' });
      else if (!parsed.includes(result.data)) parsed.push(result.data);
    }
    out[name] = multi ? parsed : (parsed[0] ?? null);
  }
  return out as ParsedParams<T>;
}

/** `modifiedAfter`: records updated strictly after an ISO 8601 date-time with an offset (for harvesters). */
export const modifiedAfterParam = param(
  z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
  false,
  'Only records updated strictly after this ISO 8601 date-time (with `Z` or an offset), e.g. `2026-01-31T00:00:00Z`.',
);

/** The language of an export when the request names none (the API's own language). */
export const API_DEFAULT_LANG: AppLocale = 'en';

/** A `lang` parameter: one language of the locale list; `what` says what it chooses the language of. */
export function languageParam(what: string) {
  const list = routing.locales.map((l) => `\`${l}\``).join(', ');
  return param(z.enum(routing.locales), false, `${what}: ${list} (\`${API_DEFAULT_LANG}\` by default).`);
}

/** The response language of exports. */
export const langParam = languageParam('Language of labels in exports');
