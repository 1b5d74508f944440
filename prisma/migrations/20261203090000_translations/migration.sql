-- Issue 13: languages are configuration. Translated text of projects and centres moves from one column per language
-- (title_en, title_fr, …) to one jsonb object per field keyed by language ({"en": "…", "fr": "…", "es": "…"}), so
-- a new language needs no new column for content; the search documents read every language of that object. Reference
-- vocabularies keep one NOT NULL column per language (names are required in every language) and gain Spanish.

-- Reference names in Spanish: the seed writes them; until it runs, the English name stands in.
ALTER TABLE "region" ADD COLUMN "name_es" VARCHAR(200);
ALTER TABLE "project_type" ADD COLUMN "name_es" VARCHAR(200);
ALTER TABLE "country" ADD COLUMN "name_es" VARCHAR(200);
ALTER TABLE "language" ADD COLUMN "name_es" VARCHAR(100);
ALTER TABLE "service" ADD COLUMN "name_es" VARCHAR(200);
UPDATE "region" SET "name_es" = "name_en";
UPDATE "project_type" SET "name_es" = "name_en";
UPDATE "country" SET "name_es" = "name_en";
UPDATE "language" SET "name_es" = "name_en";
UPDATE "service" SET "name_es" = "name_en";
ALTER TABLE "region" ALTER COLUMN "name_es" SET NOT NULL;
ALTER TABLE "project_type" ALTER COLUMN "name_es" SET NOT NULL;
ALTER TABLE "country" ALTER COLUMN "name_es" SET NOT NULL;
ALTER TABLE "language" ALTER COLUMN "name_es" SET NOT NULL;
ALTER TABLE "service" ALTER COLUMN "name_es" SET NOT NULL;

-- The old search documents read the per-language columns.
DROP INDEX IF EXISTS "project_search_idx";
DROP INDEX IF EXISTS "resource_centre_search_idx";
DROP FUNCTION IF EXISTS public.project_search_ids(text);
DROP FUNCTION IF EXISTS public.project_search_document(text, text, text, text, text, text);
DROP FUNCTION IF EXISTS public.project_rank_document(text, text, text, text);
DROP FUNCTION IF EXISTS public.centre_search_document(text, text, text, text, text, text, text);

-- Projects: title and summary by language; the language the record was written in; per translated field and
-- language, the md5 of the source text when that translation was last saved (out of date when it differs); and the
-- languages that need translating (missing or out of date), kept by the write path for the staff list filter.
ALTER TABLE "project"
  ADD COLUMN "title" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "summary" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "source_language" VARCHAR(8) NOT NULL DEFAULT 'en',
  ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "needs_translation" TEXT[] DEFAULT ARRAY[]::TEXT[];
UPDATE "project" SET
  "title" = jsonb_strip_nulls(jsonb_build_object('en', "title_en", 'fr', "title_fr")),
  "summary" = jsonb_strip_nulls(jsonb_build_object('en', "summary_en", 'fr', "summary_fr")),
  "source_language" = CASE WHEN "title_en" IS NULL AND "title_fr" IS NOT NULL THEN 'fr' ELSE 'en' END;
ALTER TABLE "project" DROP COLUMN "title_en", DROP COLUMN "title_fr", DROP COLUMN "summary_en", DROP COLUMN "summary_fr";

ALTER TABLE "resource_centre"
  ADD COLUMN "name" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "description" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "opening_hours" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "operator_text" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "partners_text" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "source_language" VARCHAR(8) NOT NULL DEFAULT 'en',
  ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "needs_translation" TEXT[] DEFAULT ARRAY[]::TEXT[];
-- Operators and partners become translated; their one stored text was written in English.
UPDATE "resource_centre" SET
  "name" = jsonb_strip_nulls(jsonb_build_object('en', "name_en", 'fr', "name_fr")),
  "description" = jsonb_strip_nulls(jsonb_build_object('en', "description_en", 'fr', "description_fr")),
  "opening_hours" = jsonb_strip_nulls(jsonb_build_object('en', "opening_hours_en", 'fr', "opening_hours_fr")),
  "operator_text" = jsonb_strip_nulls(jsonb_build_object('en', "operator")),
  "partners_text" = jsonb_strip_nulls(jsonb_build_object('en', "partners")),
  "source_language" = CASE WHEN "name_en" IS NULL AND "name_fr" IS NOT NULL THEN 'fr' ELSE 'en' END;
ALTER TABLE "resource_centre"
  DROP COLUMN "name_en", DROP COLUMN "name_fr", DROP COLUMN "description_en", DROP COLUMN "description_fr",
  DROP COLUMN "opening_hours_en", DROP COLUMN "opening_hours_fr", DROP COLUMN "operator", DROP COLUMN "partners";
ALTER TABLE "resource_centre" RENAME COLUMN "operator_text" TO "operator";
ALTER TABLE "resource_centre" RENAME COLUMN "partners_text" TO "partners";

-- The translations present before this migration count as up to date: each records its source text's md5 now.
CREATE FUNCTION pg_temp.saved_hashes(texts jsonb, source text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS
$$ SELECT coalesce(jsonb_object_agg(k, md5(coalesce(texts ->> source, ''))), '{}'::jsonb)
   FROM jsonb_object_keys(texts) AS k WHERE k <> source $$;
UPDATE "project" SET "translations" = jsonb_build_object(
  'title', pg_temp.saved_hashes("title", "source_language"),
  'summary', pg_temp.saved_hashes("summary", "source_language"));
UPDATE "resource_centre" SET "translations" = jsonb_build_object(
  'name', pg_temp.saved_hashes("name", "source_language"),
  'description', pg_temp.saved_hashes("description", "source_language"),
  'openingHours', pg_temp.saved_hashes("opening_hours", "source_language"),
  'operator', pg_temp.saved_hashes("operator", "source_language"),
  'partners', pg_temp.saved_hashes("partners", "source_language"));
-- Spanish is missing wherever the source has text (the seed and staff fill it in).
UPDATE "project" SET "needs_translation" = ARRAY['es'] WHERE "title" <> '{}' OR "summary" <> '{}';
UPDATE "resource_centre" SET "needs_translation" = ARRAY['es'] WHERE "name" <> '{}' OR "description" <> '{}';
CREATE INDEX "project_needs_translation_idx" ON "project" USING gin ("needs_translation");
CREATE INDEX "resource_centre_needs_translation_idx" ON "resource_centre" USING gin ("needs_translation");

-- Every text of a translated field, whatever its language, in one string (for the `simple` configuration).
CREATE FUNCTION public.content_all_text(texts jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT coalesce(pg_catalog.string_agg(t.value, ' ' ORDER BY t.key), '') FROM pg_catalog.jsonb_each_text(texts) AS t $$;

-- The stemming configuration of each content language; a language without one is searched by exact words only.
CREATE FUNCTION public.content_search_config(lang text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE lang
     WHEN 'en' THEN 'pg_catalog.english'::regconfig
     WHEN 'fr' THEN 'pg_catalog.french'::regconfig
     WHEN 'es' THEN 'pg_catalog.spanish'::regconfig
     ELSE 'pg_catalog.simple'::regconfig END $$;

-- Each language's text of a translated field, stemmed in that language's configuration (accents removed first).
CREATE FUNCTION public.content_stemmed(texts jsonb) RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS
$$
DECLARE
  item record;
  result tsvector := ''::tsvector;
BEGIN
  FOR item IN SELECT t.key, t.value FROM pg_catalog.jsonb_each_text(coalesce(texts, '{}'::jsonb)) AS t LOOP
    result := result || pg_catalog.to_tsvector(public.content_search_config(item.key),
      public.project_search_unaccent(item.value));
  END LOOP;
  RETURN result;
END
$$;

-- The searchable document of a project: code and PRIMA ID (weight A, also split on "." and "-"), titles (B) and
-- summaries (D) in every language, each in the `simple` configuration (exact words, any language) and stemmed in its
-- own language. Read from the GIN index below through project_search_ids(), never recomputed row by row.
CREATE FUNCTION public.project_search_document(code text, prima_id text, title jsonb, summary jsonb)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT
  setweight(to_tsvector('pg_catalog.simple'::regconfig, public.project_search_unaccent(
    coalesce(code, '') || ' ' || translate(coalesce(code, ''), '.-', '  ') || ' ' || coalesce(prima_id, ''))), 'A') ||
  setweight(to_tsvector('pg_catalog.simple'::regconfig, public.project_search_unaccent(public.content_all_text(title))),
    'B') ||
  setweight(public.content_stemmed(title), 'B') ||
  to_tsvector('pg_catalog.simple'::regconfig, public.project_search_unaccent(public.content_all_text(summary))) ||
  public.content_stemmed(summary)
$$;

-- The short document used to rank matches (code, PRIMA ID and titles): cheap enough to compute for every match.
CREATE FUNCTION public.project_rank_document(code text, prima_id text, title jsonb)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT
  setweight(to_tsvector('pg_catalog.simple'::regconfig, public.project_search_unaccent(
    coalesce(code, '') || ' ' || translate(coalesce(code, ''), '.-', '  ') || ' ' || coalesce(prima_id, ''))), 'A') ||
  setweight(to_tsvector('pg_catalog.simple'::regconfig, public.project_search_unaccent(public.content_all_text(title))),
    'B') ||
  public.content_stemmed(title)
$$;

-- The query for what a visitor typed: every word must match, as a prefix of an exact word or as a stem in one of the
-- content languages. Words are reduced to [a-z0-9] runs first (after unaccent, so "migración" and "migracion" are the
-- same word), so no user text ever reaches the tsquery syntax. NULL when no word.
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
      || to_tsquery('pg_catalog.french'::regconfig, word)
      || to_tsquery('pg_catalog.spanish'::regconfig, word);
    result := CASE WHEN result IS NULL THEN one ELSE result && one END;
  END LOOP;
  RETURN result;
END
$$;

CREATE INDEX "project_search_idx" ON "project" USING gin (
  public.project_search_document("code", "prima_id", "title", "summary")
);

-- Ids of the projects matching what a visitor typed, always answered from project_search_idx (see 20261123100000).
CREATE FUNCTION public.project_search_ids(q text)
RETURNS SETOF integer LANGUAGE sql STABLE PARALLEL SAFE STRICT ROWS 1000
SET enable_seqscan = off SET enable_indexscan = off AS
$$ SELECT p.id FROM public.project p
   WHERE public.project_search_document(p.code, p.prima_id, p.title, p.summary) @@ public.project_search_query(q) $$;

-- The searchable document of one centre, in the `simple` configuration (every word, any language, place names):
-- names, descriptions and operators in every language, locality and administrative area.
CREATE FUNCTION public.centre_search_document(
  name jsonb, description jsonb, locality text, admin_area text, operator jsonb
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT to_tsvector('pg_catalog.simple'::regconfig, public.centre_unaccent(
     public.content_all_text(name) || ' ' || coalesce(locality, '') || ' ' || coalesce(admin_area, '') || ' ' ||
     public.content_all_text(operator) || ' ' || public.content_all_text(description)
   )) $$;

CREATE INDEX "resource_centre_search_idx" ON "resource_centre" USING gin (
  public.centre_search_document("name", "description", "locality", "admin_area", "operator")
);
