-- Issue 14: centres people can act on. Structured opening hours (OpenStreetMap `opening_hours` syntax) evaluated in
-- the centre's IANA time zone (none: its country's), a dated temporary notice (translated text), the verification
-- loop's next check, and the public's reports of wrong information waiting for staff.
ALTER TABLE "resource_centre"
  ADD COLUMN "hours" VARCHAR(500),
  ADD COLUMN "time_zone" VARCHAR(64),
  ADD COLUMN "notice" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "notice_from" DATE,
  ADD COLUMN "notice_until" DATE,
  ADD COLUMN "next_check_due" DATE;

-- No verification date is invented: the seeded listings were never confirmed by staff through the portal.
UPDATE "resource_centre" SET "last_verified_at" = NULL WHERE "last_verified_at" = '2026-11-01T00:00:00Z';

CREATE TABLE "centre_report" (
    "id" SERIAL NOT NULL,
    "centre_id" INTEGER NOT NULL,
    "fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "correction" VARCHAR(2000) NOT NULL,
    "contact" VARCHAR(254),
    "locale" VARCHAR(8) NOT NULL,
    "ip" VARCHAR(64),
    "status" VARCHAR(16) NOT NULL DEFAULT 'pending',
    "decided_by" VARCHAR(300),
    "decided_at" TIMESTAMPTZ(3),
    "reason" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "centre_report_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "centre_report_status_created_at_idx" ON "centre_report"("status", "created_at");
CREATE INDEX "centre_report_centre_id_created_at_idx" ON "centre_report"("centre_id", "created_at");
CREATE INDEX "centre_report_ip_created_at_idx" ON "centre_report"("ip", "created_at");
ALTER TABLE "centre_report" ADD CONSTRAINT "centre_report_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "resource_centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;
