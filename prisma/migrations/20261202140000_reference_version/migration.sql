-- Reference data goes through the write path: an optimistic-lock version, as projects and centres have.
ALTER TABLE "region" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "project_type" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "service" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
