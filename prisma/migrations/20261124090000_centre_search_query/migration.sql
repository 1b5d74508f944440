-- The query for what a visitor typed in the centre search (issue 11): every word must match as a prefix. The words are
-- the lexemes PostgreSQL's own parser finds in the unaccented text, exactly as for the documents, each quoted as a
-- tsquery operand: unaccent() turns some letters into tsquery syntax (ʼ into ', ː into :, ⑴ into (1)), so no text
-- typed ever reaches the tsquery parser as syntax. At most 12 words, in the order typed; NULL when there is none.
-- Everything is schema-qualified so it works under any search_path (pg_dump, restore).
CREATE OR REPLACE FUNCTION public.centre_search_query(q text)
RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$ SELECT pg_catalog.string_agg(
     '''' || pg_catalog.replace(pg_catalog.replace(w.lexeme, E'\\', E'\\\\'), '''', '''''') || ''':*', ' & '
     ORDER BY w.first)::pg_catalog.tsquery
   FROM (
     SELECT t.lexeme, t.positions[1] AS first
     FROM pg_catalog.unnest(pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, public.centre_unaccent(q))) AS t
     ORDER BY t.positions[1]
     LIMIT 12
   ) AS w $$;
