-- Issue 17: project_stat was folded every 64th writing statement only, so a bulk import (a few statements, each
-- writing hundreds of groups) left thousands of rows to sum on every list request (12,342 after seeding 100,000
-- projects). A statement that writes 16 groups or more now folds at once; small edits still fold every 64th time.
-- Between folds the table holds its groups plus at most 63 × 15 rows.
CREATE OR REPLACE FUNCTION project_stat_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE written bigint;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "project_stat";
    RETURN NULL;
  END IF;
  -- Only the branch of this statement's kind is planned, so the transition tables it names always exist.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "project_stat" ("region_id", "status", "type_id", "coverage", "projects", "budget_usd")
    SELECT "region_id", "status", "type_id", "coverage", count(*), coalesce(sum("budget_usd"), 0)
      FROM new_rows WHERE "publication_state" = 'published' GROUP BY 1, 2, 3, 4;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "project_stat" ("region_id", "status", "type_id", "coverage", "projects", "budget_usd")
    SELECT "region_id", "status", "type_id", "coverage", -count(*), -coalesce(sum("budget_usd"), 0)
      FROM old_rows WHERE "publication_state" = 'published' GROUP BY 1, 2, 3, 4;
  ELSE
    INSERT INTO "project_stat" ("region_id", "status", "type_id", "coverage", "projects", "budget_usd")
    SELECT "region_id", "status", "type_id", "coverage", sum(d), coalesce(sum(b), 0)
      FROM (SELECT "region_id", "status", "type_id", "coverage", 1 AS d, "budget_usd" AS b
              FROM new_rows WHERE "publication_state" = 'published'
            UNION ALL
            SELECT "region_id", "status", "type_id", "coverage", -1, -"budget_usd"
              FROM old_rows WHERE "publication_state" = 'published') AS changes
     GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0 OR coalesce(sum(b), 0) <> 0;
  END IF;
  GET DIAGNOSTICS written = ROW_COUNT;
  IF written >= 16 OR (written > 0 AND nextval('project_stat_writes') % 64 = 0) THEN
    PERFORM project_stat_compact();
  END IF;
  RETURN NULL;
END;
$$;

SELECT project_stat_compact();
