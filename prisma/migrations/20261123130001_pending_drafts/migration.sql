-- Pending changes of a published record saved as a draft: the public site keeps reading the columns (the published
-- version) while staff edit the draft; publishing applies it and clears it.

-- AlterTable
ALTER TABLE "project" ADD COLUMN "draft" JSONB;

-- AlterTable
ALTER TABLE "resource_centre" ADD COLUMN "draft" JSONB;
