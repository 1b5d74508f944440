-- Full-text search over projects (issue 3): accent- and case-insensitive, French and English, backed by a GIN index.
-- unaccent is a "trusted" extension (PostgreSQL 13+), so a database owner can create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change); this wrapper pins the dictionary so it can be IMMUTABLE
-- and used in an index expression. Everything is schema-qualified so it works under any search_path (pg_dump, restore).
CREATE OR REPLACE FUNCTION public.project_search_unaccent(text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The searchable document of a project: code and PRIMA ID (weight A, also split on "." and "-"), titles (B), summaries
-- (D), each in the `simple` configuration (exact words, any language) and in its language's stemming configuration.
-- Computing it costs ~0.2 ms a project, so queries must read it from the GIN index below, never recompute it row by
-- row: they go through project_search_ids().
CREATE OR REPLACE FUNCTION public.project_search_document(
  code text, prima_id text, title_en text, title_fr text, summary_en text, summary_fr text
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT
  setweight(to_tsvector('pg_catalog.simple'::regconfig, public.project_search_unaccent(
    coalesce(code, '') || ' ' || translate(coalesce(code, ''), '.-', '  ') || ' ' || coalesce(prima_id, ''))), 'A') ||
  setweight(to_tsvector('pg_catalog.simple'::regconfig, public.project_search_unaccent(
    coalesce(title_en, '') || ' ' || coalesce(title_fr, ''))), 'B') ||
  setweight(to_tsvector('pg_catalog.english'::regconfig, public.project_search_unaccent(coalesce(title_en, ''))), 'B') ||
  setweight(to_tsvector('pg_catalog.french'::regconfig, public.project_search_unaccent(coalesce(title_fr, ''))), 'B') ||
  to_tsvector('pg_catalog.simple'::regconfig, public.project_search_unaccent(
    coalesce(summary_en, '') || ' ' || coalesce(summary_fr, ''))) ||
  to_tsvector('pg_catalog.english'::regconfig, public.project_search_unaccent(coalesce(summary_en, ''))) ||
  to_tsvector('pg_catalog.french'::regconfig, public.project_search_unaccent(coalesce(summary_fr, '')))
$$;

-- The short document used to rank matches (code, PRIMA ID and titles): cheap enough to compute for every match.
CREATE OR REPLACE FUNCTION public.project_rank_document(code text, prima_id text, title_en text, title_fr text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT
  setweight(to_tsvector('pg_catalog.simple'::regconfig, public.project_search_unaccent(
    coalesce(code, '') || ' ' || translate(coalesce(code, ''), '.-', '  ') || ' ' || coalesce(prima_id, ''))), 'A') ||
  setweight(to_tsvector('pg_catalog.simple'::regconfig, public.project_search_unaccent(
    coalesce(title_en, '') || ' ' || coalesce(title_fr, ''))), 'B') ||
  to_tsvector('pg_catalog.english'::regconfig, public.project_search_unaccent(coalesce(title_en, ''))) ||
  to_tsvector('pg_catalog.french'::regconfig, public.project_search_unaccent(coalesce(title_fr, '')))
$$;

-- The query for what a visitor typed: every word must match, as a prefix of an exact word or as an English or French
-- stem. Words are reduced to [a-z0-9] runs first, so no user text ever reaches the tsquery syntax. NULL when no word.
CREATE OR REPLACE FUNCTION public.project_search_query(q text)
RETURNS tsquery LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
SET client_min_messages = warning AS
$$
DECLARE
  word text;
  one tsquery;
  result tsquery;
  n int := 0;
BEGIN
  FOR word IN
    SELECT w FROM regexp_split_to_table(lower(public.project_search_unaccent(q)), '[^a-z0-9]+') AS w WHERE w <> ''
  LOOP
    n := n + 1;
    EXIT WHEN n > 12;
    one := to_tsquery('pg_catalog.simple'::regconfig, word || ':*')
      || to_tsquery('pg_catalog.english'::regconfig, word)
      || to_tsquery('pg_catalog.french'::regconfig, word);
    result := CASE WHEN result IS NULL THEN one ELSE result && one END;
  END LOOP;
  RETURN result;
END
$$;

CREATE INDEX "project_search_idx" ON "project" USING gin (
  public.project_search_document("code", "prima_id", "title_en", "title_fr", "summary_en", "summary_fr")
);

-- Ids of the projects matching what a visitor typed, always answered from project_search_idx: with sequential and plain
-- index scans disabled inside the function, the planner cannot choose to recompute the document for rows found through
-- another index (which costs seconds at 10,000 projects); a bitmap scan of the GIN index needs no recomputation.
CREATE OR REPLACE FUNCTION public.project_search_ids(q text)
RETURNS SETOF integer LANGUAGE sql STABLE PARALLEL SAFE STRICT ROWS 1000
SET enable_seqscan = off SET enable_indexscan = off AS
$$ SELECT p.id FROM public.project p
   WHERE public.project_search_document(p.code, p.prima_id, p.title_en, p.title_fr, p.summary_en, p.summary_fr)
         @@ public.project_search_query(q) $$;

-- Default order of the list (latest end year first) and the budget sort, readable straight from an index so the
-- first pages need no sort of every published project. NULLS LAST matches the ORDER BY of lib/data/projects-sql.ts
-- (Prisma cannot express NULLS LAST; schema.prisma declares the same columns and directions).
CREATE INDEX "project_publication_state_end_year_code_idx" ON "project" ("publication_state", "end_year" DESC NULLS LAST, "code");
CREATE INDEX "project_publication_state_budget_usd_code_idx" ON "project" ("publication_state", "budget_usd" DESC NULLS LAST, "code");
