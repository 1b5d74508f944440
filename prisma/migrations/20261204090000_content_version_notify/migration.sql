-- Issue 17: each app process keeps the content version in memory instead of reading it on every request. The
-- trigger that moves it also sends the new value on the `content_version` channel; PostgreSQL delivers a notification
-- only when (and if) its transaction commits, in commit order, so a listener never hears of a version before its data
-- is visible. lib/page-cache/version.ts listens, and reads the row itself while it is not listening.
CREATE OR REPLACE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v bigint;
BEGIN
  -- The row lock orders concurrent writers; GREATEST keeps changed_at from going back for a transaction that began
  -- before the previous one committed.
  UPDATE "content_version" SET "version" = "version" + 1, "changed_at" = GREATEST("changed_at", clock_timestamp())
    WHERE "id" = 1 RETURNING "version" INTO v;
  PERFORM pg_notify('content_version', v::text);
  RETURN NULL;
END;
$$;
