import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '@/lib/migrate';
import { actualSchema, compareSchemas, expectedSchema, schemaDrift } from '../support/schema-drift';
import { createTestDatabase } from '../support/test-database';

const SCHEMA = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'prisma', 'schema.prisma'), 'utf8');

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase('iom_drift');
  await migrate({ connectionString: db.url, log: () => {} });
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
  await db.drop();
});

// DDL is transactional in PostgreSQL: each drift is made, measured and rolled back.
async function driftAfter(sql: string, schema = SCHEMA): Promise<string[]> {
  await client.query('BEGIN');
  try {
    await client.query(sql);
    return compareSchemas(expectedSchema(schema), await actualSchema(client));
  } finally {
    await client.query('ROLLBACK');
  }
}

describe('the migrated database and prisma/schema.prisma', () => {
  it('match: no drift on a freshly migrated database', async () => {
    expect(await schemaDrift(client)).toEqual([]);
  });

  it('the check covers every model of the schema', () => {
    const expected = expectedSchema(SCHEMA);
    const models = [...SCHEMA.matchAll(/^model \w+ \{/gm)].length;
    expect(expected.tables.size).toBe(models);
    expect([...expected.tables.values()].every((t) => t.columns.size > 0 && t.primaryKey)).toBe(true);
  });
});

describe('the drift check reports each kind of difference', () => {
  it.each([
    ['a dropped column', 'ALTER TABLE project DROP COLUMN source_url', 'project: column source_url is missing'],
    ['an extra column', 'ALTER TABLE region ADD COLUMN colour text', 'region: unexpected column colour'],
    [
      'a nullable column made NOT NULL',
      'ALTER TABLE project ALTER COLUMN prima_id SET NOT NULL',
      'project.prima_id: NOT NULL, expected nullable',
    ],
    [
      'a required column made nullable',
      'ALTER TABLE project ALTER COLUMN code DROP NOT NULL',
      'project.code: nullable, expected NOT NULL',
    ],
    [
      'a changed length',
      'ALTER TABLE project ALTER COLUMN code TYPE varchar(30)',
      'project.code: type character varying(30), expected character varying(20)',
    ],
    [
      'a changed type',
      'ALTER TABLE project ALTER COLUMN budget_usd TYPE numeric(16,2)',
      'project.budget_usd: type numeric(16,2), expected numeric(14,2)',
    ],
    [
      'a dropped default',
      'ALTER TABLE project ALTER COLUMN version DROP DEFAULT',
      'project.version: default none, expected 1',
    ],
    [
      'a changed enum default',
      `ALTER TABLE project ALTER COLUMN publication_state SET DEFAULT 'published'`,
      'project.publication_state: default published, expected draft',
    ],
    ['a dropped index', 'DROP INDEX project_type_id_idx', 'project: index (type_id) is missing'],
    [
      'an index in another column order',
      'DROP INDEX project_start_year_end_year_idx; CREATE INDEX x ON project (end_year, start_year)',
      'project: index (start_year, end_year) is missing|project: unexpected index (end_year, start_year)',
    ],
    ['an extra index', 'CREATE INDEX x ON project (source_url)', 'project: unexpected index (source_url)'],
    ['a dropped unique index', 'DROP INDEX region_slug_key', 'region: unique index (slug) is missing'],
    [
      'a unique index made plain',
      'DROP INDEX project_code_key; CREATE INDEX project_code_key ON project (code)',
      'project: unique index (code) is missing|project: unexpected index (code)',
    ],
    [
      'a dropped primary key',
      'ALTER TABLE centre_project DROP CONSTRAINT centre_project_pkey',
      'centre_project: primary key none, expected (centre_id, project_id)',
    ],
    [
      'a dropped foreign key',
      'ALTER TABLE project DROP CONSTRAINT project_region_id_fkey',
      'project: foreign key (region_id) → region(id) is missing',
    ],
    [
      'a changed ON DELETE',
      'ALTER TABLE centre_service DROP CONSTRAINT centre_service_centre_id_fkey, ADD FOREIGN KEY (centre_id) REFERENCES resource_centre (id) ON DELETE RESTRICT ON UPDATE CASCADE',
      'centre_service: foreign key (centre_id) → resource_centre(id) ON DELETE Restrict, expected Cascade',
    ],
    [
      'an extra enum value',
      `ALTER TYPE "Coverage" ADD VALUE 'local'`,
      'enum Coverage: values [national, regional, global, local], expected [national, regional, global]',
    ],
    ['an extra table', 'CREATE TABLE stray (id integer PRIMARY KEY)', 'database: unexpected table stray'],
    ['a dropped table', 'DROP TABLE centre_project', 'database: table centre_project is missing'],
  ])('%s', async (_what, sql, expected) => {
    expect(await driftAfter(sql)).toEqual(expected.split('|'));
  });

  it('a model or field added to the schema without a migration', async () => {
    const schema = SCHEMA.replace(/^model Region \{\n/m, 'model Region {\n  colour String? @db.VarChar(7)\n').concat(
      '\nmodel Partner {\n  id Int @id @default(autoincrement())\n  @@map("partner")\n}\n',
    );
    expect(await driftAfter('SELECT 1', schema)).toEqual([
      'database: table partner is missing',
      'region: column colour is missing',
    ]);
  });
});

// Types, defaults and index options the current schema does not use yet, against the DDL Prisma Migrate writes for
// them.
describe('type mapping beyond the current schema', () => {
  const probeSchema = `datasource db {
  provider = "postgresql"
}

enum Mood {
  happy
  sad   @map("SAD")

  @@map("mood")
}

model Probe {
  id       String    @id @default(uuid()) @db.Uuid
  tags     String[]
  flags    Boolean   @default(false)
  data     Json?
  ratio    Float     @default(1.5)
  big      BigInt    @default(-1)
  amount   Decimal
  at       DateTime  @default(now())
  day      DateTime? @db.Date
  blob     Bytes?
  mood     Mood      @default(happy)
  moods    Mood[]
  label    String    @default("it's")
  parentId String?   @map("parent_id") @db.Uuid
  parent   Probe?    @relation("tree", fields: [parentId], references: [id])
  children Probe[]   @relation("tree")

  @@unique([big, amount])
  @@index([at(sort: Desc)])
  @@index([data(ops: JsonbPathOps)], type: Gin)
  @@map("probe")
}
`;
  const probeDdl = `CREATE SCHEMA probe; SET LOCAL search_path TO probe;
CREATE TYPE "mood" AS ENUM ('happy', 'SAD');
CREATE TABLE "probe" (
    "id" UUID NOT NULL,
    "tags" TEXT[],
    "flags" BOOLEAN NOT NULL DEFAULT false,
    "data" JSONB,
    "ratio" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "big" BIGINT NOT NULL DEFAULT -1,
    "amount" DECIMAL(65,30) NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "day" DATE,
    "blob" BYTEA,
    "mood" "mood" NOT NULL DEFAULT 'happy',
    "moods" "mood"[],
    "label" TEXT NOT NULL DEFAULT 'it''s',
    "parent_id" UUID,
    CONSTRAINT "probe_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "probe_big_amount_key" ON "probe"("big", "amount");
CREATE INDEX "probe_at_idx" ON "probe"("at" DESC);
CREATE INDEX "probe_data_idx" ON "probe" USING GIN ("data" jsonb_path_ops);
ALTER TABLE "probe" ADD CONSTRAINT "probe_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "probe"("id") ON DELETE SET NULL ON UPDATE CASCADE;`;

  it('matches what Prisma generates for them', async () => {
    expect(await driftAfter(probeDdl, probeSchema)).toEqual([]);
  });

  it('still sees differences there', async () => {
    const drifted = probeDdl
      .replace('"tags" TEXT[]', '"tags" VARCHAR(10)[]')
      .replace('("at" DESC)', '("at")')
      .replace('USING GIN ("data" jsonb_path_ops)', '("data")')
      .replace("'happy', 'SAD'", "'happy', 'sad'")
      .replace(' ON DELETE SET NULL', ' ON DELETE CASCADE')
      .replace('"flags" BOOLEAN NOT NULL DEFAULT false', '"flags" BOOLEAN NOT NULL DEFAULT true')
      .replace(`"label" TEXT NOT NULL DEFAULT 'it''s'`, `"label" TEXT NOT NULL DEFAULT 'its'`)
      .replace('"id" UUID NOT NULL', `"id" UUID NOT NULL DEFAULT gen_random_uuid()`);
    expect((await driftAfter(drifted, probeSchema)).sort()).toEqual(
      [
        'enum mood: values [happy, sad], expected [happy, SAD]',
        'probe.tags: type character varying(10)[], expected text[]',
        'probe.flags: default true, expected false',
        "probe.label: default its, expected it's",
        'probe.id: default expression gen_random_uuid(), expected none',
        'probe: index (at DESC) is missing',
        'probe: unexpected index (at)',
        'probe: index (data) USING gin is missing',
        'probe: unexpected index (data)',
        'probe: foreign key (parent_id) → probe(id) ON DELETE Cascade, expected SetNull',
      ].sort(),
    );
  });
});
