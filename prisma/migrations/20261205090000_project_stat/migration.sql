-- Issue 17: the project list's count, total budget and region/status facets must not read every published project
-- on each request at 100,000 projects. `project_stat` holds changes of how many published projects there are, and of
-- their total budget, per (region, status, type, coverage); those four are the list's multi-valued filters other than
-- countries, so any view filtered by them alone (the unfiltered list included) is answered by summing a few hundred
-- rows. Views with a search, countries, budget or year bounds read their matching rows through the indexes, as before.
--
-- Writers only ever INSERT here (one row per group a statement changes), never update a shared row, so this table
-- adds no lock and no deadlock of its own, whatever order transactions touch groups in (writers of public content
-- already queue on the content-version row, migration 20261123140000).
-- The triggers run once per statement with its transition tables (a bulk import of 100,000 rows is one aggregation,
-- not 100,000 upserts); groups whose change nets to zero (a title edited, a draft saved) write nothing. Every 64th
-- writing statement folds the rows into one per group (project_stat_compact), taking only rows no one else holds
-- (SKIP LOCKED) and only committed ones (its snapshot), so it never waits either. What a transaction adds here
-- commits or rolls back with it.
CREATE TABLE "project_stat" (
  "id" BIGSERIAL NOT NULL,
  "region_id" INTEGER NOT NULL,
  "status" "ProjectStatus" NOT NULL,
  "type_id" INTEGER NOT NULL,
  "coverage" "Coverage" NOT NULL,
  "projects" INTEGER NOT NULL,
  "budget_usd" DECIMAL(18,2) NOT NULL,
  CONSTRAINT "project_stat_pkey" PRIMARY KEY ("id")
);

CREATE SEQUENCE "project_stat_writes";

CREATE OR REPLACE FUNCTION project_stat_compact() RETURNS void LANGUAGE sql AS $$
  WITH taken AS (SELECT "id" FROM "project_stat" FOR UPDATE SKIP LOCKED),
       gone AS (DELETE FROM "project_stat" s USING taken WHERE s."id" = taken."id"
                RETURNING s."region_id", s."status", s."type_id", s."coverage", s."projects", s."budget_usd")
  INSERT INTO "project_stat" ("region_id", "status", "type_id", "coverage", "projects", "budget_usd")
  SELECT "region_id", "status", "type_id", "coverage", sum("projects"), sum("budget_usd")
    FROM gone GROUP BY 1, 2, 3, 4 HAVING sum("projects") <> 0 OR sum("budget_usd") <> 0;
$$;

CREATE OR REPLACE FUNCTION project_stat_apply() RETURNS trigger LANGUAGE plpgsql AS $$
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
  IF FOUND AND nextval('project_stat_writes') % 64 = 0 THEN
    PERFORM project_stat_compact();
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "project_stat_insert" AFTER INSERT ON "project" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_stat_apply();
CREATE TRIGGER "project_stat_update" AFTER UPDATE ON "project" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_stat_apply();
CREATE TRIGGER "project_stat_delete" AFTER DELETE ON "project" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_stat_apply();
CREATE TRIGGER "project_stat_truncate" AFTER TRUNCATE ON "project"
  FOR EACH STATEMENT EXECUTE FUNCTION project_stat_apply();

INSERT INTO "project_stat" ("region_id", "status", "type_id", "coverage", "projects", "budget_usd")
SELECT "region_id", "status", "type_id", "coverage", count(*), coalesce(sum("budget_usd"), 0)
  FROM "project" WHERE "publication_state" = 'published'
 GROUP BY 1, 2, 3, 4;
