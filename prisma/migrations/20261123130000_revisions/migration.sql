-- Revisions of projects and resource centres: one row per change, with the whole record before and after.
-- actor_id is the staff user's id as text (no foreign key: history outlives accounts); actor_label keeps the name.

-- CreateTable
CREATE TABLE "revision" (
    "id" SERIAL NOT NULL,
    "record_type" VARCHAR(32) NOT NULL,
    "record_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" VARCHAR(32) NOT NULL,
    "actor_id" TEXT,
    "actor_label" VARCHAR(300),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "revision_record_type_record_id_version_key" ON "revision"("record_type", "record_id", "version");
