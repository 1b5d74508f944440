-- One counter that changes whenever anything the public pages show changes, in the same transaction as the change:
-- every app instance compares it with the version its cached pages were rendered at (lib/page-cache), so an edit
-- made through any instance, an import or plain SQL invalidates every instance's cache at commit.

-- CreateTable
CREATE TABLE "content_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "content_version_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "content_version" ADD CONSTRAINT "content_version_single_row" CHECK ("id" = 1);
INSERT INTO "content_version" ("id", "version") VALUES (1, 0);

-- A row update (not a sequence) on purpose: it becomes visible only when the change commits, so no reader can see
-- the new version before the new data and cache old data under it.
CREATE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The row lock orders concurrent writers; GREATEST keeps changed_at from going back for a transaction that began
  -- before the previous one committed.
  UPDATE "content_version" SET "version" = "version" + 1, "changed_at" = GREATEST("changed_at", clock_timestamp()) WHERE "id" = 1;
  RETURN NULL;
END;
$$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['region', 'project_type', 'country', 'language', 'service', 'project', 'project_country',
    'resource_centre', 'centre_service', 'centre_language', 'centre_project']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version()', t || '_bumps_content_version', t);
  END LOOP;
END;
$$;
