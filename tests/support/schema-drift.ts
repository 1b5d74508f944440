// Schema drift: does the migrated database match prisma/schema.prisma? The expected shape comes from Prisma's own
// parser (DMMF), the actual one from pg_catalog; comparing them yields readable differences. Nothing here names a
// table, so new models are covered as soon as they are in the schema. Not compared: CHECK constraints, constraint
// and index names, and expression or partial indexes (none of which the Prisma schema can express).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import type pg from 'pg';

export type Column = { type: string; nullable: boolean; default: string | null };
export type ForeignKey = { onDelete: string; onUpdate: string };
export type Table = {
  columns: Map<string, Column>;
  primaryKey: string | null; // "(a, b)", in key order
  uniques: Set<string>; // "(a, b)", columns sorted: a column set
  indexes: Set<string>; // "(a, b DESC)", in index order, plus " USING gin" when not a B-tree
  foreignKeys: Map<string, ForeignKey>; // "(a) → other(b)"
};
export type SchemaShape = { tables: Map<string, Table>; enums: Map<string, string[]> };

// Just the part of Prisma's DMMF used here.
type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: string;
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt?: boolean;
  nativeType?: [string, string[]] | null;
  hasDefaultValue: boolean;
  default?: { name: string } | string | number | boolean | null | readonly unknown[];
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
type DmmfModel = { name: string; dbName: string | null; schema?: string | null; fields: DmmfField[] };
type DmmfIndex = { model: string; type: string; algorithm?: string; fields: { name: string; sortOrder?: string }[] };
type DmmfEnum = { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] };
type Dmmf = { datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] } };

const SCALAR: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

function nativeType(name: string, args: string[]): string | undefined {
  const p = args.length > 0 ? `(${args.join(',')})` : '';
  const types: Record<string, string> = {
    Text: 'text',
    VarChar: `character varying${p}`,
    Char: `character${p || '(1)'}`,
    Uuid: 'uuid',
    Xml: 'xml',
    Inet: 'inet',
    Citext: 'citext',
    Bit: `bit${p || '(1)'}`,
    VarBit: `bit varying${p}`,
    Integer: 'integer',
    SmallInt: 'smallint',
    BigInt: 'bigint',
    Oid: 'oid',
    DoublePrecision: 'double precision',
    Real: 'real',
    Decimal: `numeric${p || '(65,30)'}`,
    Money: 'money',
    Timestamp: `timestamp${p} without time zone`,
    Timestamptz: `timestamp${p} with time zone`,
    Date: 'date',
    Time: `time${p} without time zone`,
    Timetz: `time${p} with time zone`,
    Json: 'json',
    JsonB: 'jsonb',
    ByteA: 'bytea',
  };
  return types[name];
}

const SCHEMA_PATH = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));
const ACTIONS: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };
const CLIENT_SIDE_DEFAULTS = new Set(['uuid', 'cuid', 'nanoid', 'ulid']);

const list = (columns: string[]) => `(${columns.join(', ')})`;
const emptyTable = (): Table => ({
  columns: new Map(),
  primaryKey: null,
  uniques: new Set(),
  indexes: new Set(),
  foreignKeys: new Map(),
});

/** A column default reduced to a comparable form: autoincrement, now, a literal's text, "expression" or null. */
function expectedDefault(field: DmmfField): string | null {
  const d = field.default;
  if (!field.hasDefaultValue || d === undefined) return null;
  if (Array.isArray(d)) return 'expression';
  if (d !== null && typeof d === 'object' && 'name' in d) {
    const fn = d.name;
    if (CLIENT_SIDE_DEFAULTS.has(fn)) return null;
    if (fn === 'autoincrement' || fn === 'sequence') return 'autoincrement';
    if (fn === 'now') return 'now';
    return 'expression';
  }
  return String(d);
}

function actualDefault(expr: string | null): string | null {
  if (expr === null) return null;
  if (/^nextval\(/.test(expr)) return 'autoincrement';
  if (expr === 'CURRENT_TIMESTAMP' || expr === 'now()') return 'now';
  const literal =
    /^'((?:[^']|'')*)'(::[\w\s".()[\]]+)?$/.exec(expr) ?? /^(-?[\d.]+|true|false)(::[\w\s".()[\]]+)?$/.exec(expr);
  return literal ? (literal[1] ?? '').replace(/''/g, "'") : `expression ${expr}`;
}

/** The shape prisma/schema.prisma asks for, as Prisma Migrate would create it on PostgreSQL. */
export function expectedSchema(prismaSchema: string): SchemaShape {
  const { datamodel } = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema }))) as Dmmf;
  const enums = new Map(datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]));
  const enumDbName = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const models = new Map(datamodel.models.map((m) => [m.name, m]));
  const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
  const columnOf = (m: DmmfModel, field: string) => {
    const f = m.fields.find((x) => x.name === field);
    return f?.dbName ?? field;
  };
  const tables = new Map<string, Table>();
  for (const model of datamodel.models) {
    if (model.schema) throw new Error(`schema-drift: multi-schema models are not supported (${model.name})`);
    const table = emptyTable();
    tables.set(tableOf(model), table);
    for (const f of model.fields) {
      if (f.kind === 'scalar' || f.kind === 'enum') {
        const native = f.nativeType ? nativeType(f.nativeType[0], f.nativeType[1]) : SCALAR[f.type];
        const base = f.kind === 'enum' ? enumDbName.get(f.type) : native;
        if (!base)
          throw new Error(
            `schema-drift: no PostgreSQL type known for ${model.name}.${f.name} (${f.type} ${f.nativeType?.[0] ?? ''})`,
          );
        // Prisma creates scalar lists without NOT NULL.
        table.columns.set(f.dbName ?? f.name, {
          type: f.isList ? `${base}[]` : base,
          nullable: f.isList || !f.isRequired,
          default: expectedDefault(f),
        });
      } else if (f.kind === 'object' && f.relationFromFields && f.relationFromFields.length > 0) {
        const target = models.get(f.type);
        if (!target) throw new Error(`schema-drift: unknown model ${f.type}`);
        const from = f.relationFromFields.map((x) => columnOf(model, x));
        const key = `${list(from)} → ${tableOf(target)}${list((f.relationToFields ?? []).map((x) => columnOf(target, x)))}`;
        table.foreignKeys.set(key, {
          onDelete: f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull'),
          onUpdate: f.relationOnUpdate ?? 'Cascade',
        });
      }
    }
  }
  for (const index of datamodel.indexes) {
    const model = models.get(index.model);
    const table = model && tables.get(tableOf(model));
    if (!model || !table) continue;
    const cols = index.fields.map((x) => columnOf(model, x.name) + (x.sortOrder === 'desc' ? ' DESC' : ''));
    if (index.type === 'id') table.primaryKey = list(cols);
    else if (index.type === 'unique') table.uniques.add(list(cols.map((c) => c.replace(/ DESC$/, '')).sort()));
    else if (index.type === 'normal') {
      const method = (index.algorithm ?? 'BTree').toLowerCase();
      table.indexes.add(list(cols) + (method === 'btree' ? '' : ` USING ${method}`));
    }
  }
  return { tables, enums };
}

/** The shape of the database's current schema (the one on the search path), `_prisma_migrations` left out. */
export async function actualSchema(client: pg.ClientBase): Promise<SchemaShape> {
  const tables = new Map<string, Table>();
  const inSchema = `n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`;
  const names = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${inSchema}`,
  );
  for (const { name } of names.rows) tables.set(name, emptyTable());
  const table = (name: string) => tables.get(name) ?? emptyTable();

  const columns = await client.query<{ t: string; name: string; not_null: boolean; type: string; def: string | null }>(
    `SELECT c.relname AS t, a.attname AS name, a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS def,
            CASE WHEN ty.typtype = 'e' THEN ty.typname::text
                 WHEN el.typtype = 'e' THEN el.typname || '[]'
                 ELSE format_type(a.atttypid, a.atttypmod) END AS type
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type ty ON ty.oid = a.atttypid LEFT JOIN pg_type el ON el.oid = ty.typelem AND ty.typcategory = 'A'
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE ${inSchema} AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  for (const r of columns.rows)
    table(r.t).columns.set(r.name, { type: r.type, nullable: !r.not_null, default: actualDefault(r.def) });

  const indexes = await client.query<{
    t: string;
    is_unique: boolean;
    is_primary: boolean;
    method: string;
    cols: string[];
  }>(
    `SELECT c.relname AS t, x.indisunique AS is_unique, x.indisprimary AS is_primary, am.amname AS method,
            array(SELECT a.attname || CASE WHEN x.indoption[(k.ord - 1)::int] & 1 = 1 THEN ' DESC' ELSE '' END
                    FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
                   WHERE k.ord <= x.indnkeyatts ORDER BY k.ord) AS cols
       FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_am am ON am.oid = i.relam
      WHERE ${inSchema} AND x.indexprs IS NULL AND x.indpred IS NULL`,
  );
  for (const r of indexes.rows) {
    const t = table(r.t);
    if (r.is_primary) t.primaryKey = list(r.cols);
    else if (r.is_unique) t.uniques.add(list(r.cols.map((c) => c.replace(/ DESC$/, '')).sort()));
    else t.indexes.add(list(r.cols) + (r.method === 'btree' ? '' : ` USING ${r.method}`));
  }

  const fks = await client.query<{
    t: string;
    ref: string;
    del: string;
    upd: string;
    cols: string[];
    ref_cols: string[];
  }>(
    `SELECT c.relname AS t, r.relname AS ref, con.confdeltype AS del, con.confupdtype AS upd,
            array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS cols,
            array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_cols
       FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class r ON r.oid = con.confrelid
      WHERE ${inSchema} AND con.contype = 'f'`,
  );
  for (const r of fks.rows) {
    table(r.t).foreignKeys.set(`${list(r.cols)} → ${r.ref}${list(r.ref_cols)}`, {
      onDelete: ACTIONS[r.del] ?? r.del,
      onUpdate: ACTIONS[r.upd] ?? r.upd,
    });
  }

  const enums = await client.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = current_schema() GROUP BY t.typname`,
  );
  return { tables, enums: new Map(enums.rows.map((r) => [r.name, r.labels])) };
}

function compareSets(where: string, what: string, expected: Set<string>, actual: Set<string>, out: string[]) {
  for (const x of expected) if (!actual.has(x)) out.push(`${where}: ${what} ${x} is missing`);
  for (const x of actual) if (!expected.has(x)) out.push(`${where}: unexpected ${what} ${x}`);
}

/** Every difference between the expected and the actual shape, one readable line each; empty means no drift. */
export function compareSchemas(expected: SchemaShape, actual: SchemaShape): string[] {
  const out: string[] = [];
  compareSets('database', 'table', new Set(expected.tables.keys()), new Set(actual.tables.keys()), out);
  compareSets('database', 'enum', new Set(expected.enums.keys()), new Set(actual.enums.keys()), out);
  for (const [name, values] of expected.enums) {
    const got = actual.enums.get(name);
    if (got && got.join(',') !== values.join(','))
      out.push(`enum ${name}: values [${got.join(', ')}], expected [${values.join(', ')}]`);
  }
  for (const [name, want] of expected.tables) {
    const got = actual.tables.get(name);
    if (!got) continue;
    compareSets(name, 'column', new Set(want.columns.keys()), new Set(got.columns.keys()), out);
    for (const [col, w] of want.columns) {
      const g = got.columns.get(col);
      if (!g) continue;
      if (g.type !== w.type) out.push(`${name}.${col}: type ${g.type}, expected ${w.type}`);
      if (g.nullable !== w.nullable)
        out.push(
          `${name}.${col}: ${g.nullable ? 'nullable' : 'NOT NULL'}, expected ${w.nullable ? 'nullable' : 'NOT NULL'}`,
        );
      const defaultOk = w.default === 'expression' ? g.default !== null : g.default === w.default;
      if (!defaultOk) out.push(`${name}.${col}: default ${g.default ?? 'none'}, expected ${w.default ?? 'none'}`);
    }
    if (got.primaryKey !== want.primaryKey)
      out.push(`${name}: primary key ${got.primaryKey ?? 'none'}, expected ${want.primaryKey ?? 'none'}`);
    compareSets(name, 'unique index', want.uniques, got.uniques, out);
    compareSets(name, 'index', want.indexes, got.indexes, out);
    compareSets(name, 'foreign key', new Set(want.foreignKeys.keys()), new Set(got.foreignKeys.keys()), out);
    for (const [key, w] of want.foreignKeys) {
      const g = got.foreignKeys.get(key);
      if (g && g.onDelete !== w.onDelete)
        out.push(`${name}: foreign key ${key} ON DELETE ${g.onDelete}, expected ${w.onDelete}`);
      if (g && g.onUpdate !== w.onUpdate)
        out.push(`${name}: foreign key ${key} ON UPDATE ${g.onUpdate}, expected ${w.onUpdate}`);
    }
  }
  return out;
}

/** The drift between a database and a Prisma schema file (default: the repository's). */
export async function schemaDrift(client: pg.ClientBase, schemaPath = SCHEMA_PATH): Promise<string[]> {
  return compareSchemas(expectedSchema(readFileSync(schemaPath, 'utf8')), await actualSchema(client));
}
