-- Accent-insensitive full-text search over published resource centres (names, descriptions, localities, operators,
-- in both languages). unaccent() is only STABLE, so an IMMUTABLE wrapper naming its dictionary makes it indexable.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE OR REPLACE FUNCTION centre_unaccent(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, value) $$;

-- The searchable document of one centre; the 'simple' configuration keeps every word (no stemming, no stop words),
-- which suits two languages and place names.
CREATE OR REPLACE FUNCTION centre_search_document(
  name_en text, name_fr text, description_en text, description_fr text, locality text, admin_area text, operator text
) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT to_tsvector('simple'::regconfig, public.centre_unaccent(
      coalesce(name_en, '') || ' ' || coalesce(name_fr, '') || ' ' || coalesce(locality, '') || ' ' ||
      coalesce(admin_area, '') || ' ' || coalesce(operator, '') || ' ' || coalesce(description_en, '') || ' ' ||
      coalesce(description_fr, '')
    ))
  $$;

CREATE INDEX resource_centre_search_idx ON resource_centre USING gin (
  centre_search_document(name_en, name_fr, description_en, description_fr, locality, admin_area, operator)
);
