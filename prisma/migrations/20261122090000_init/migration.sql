-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('planned', 'active', 'completed', 'suspended', 'cancelled');

-- CreateEnum
CREATE TYPE "Coverage" AS ENUM ('national', 'regional', 'global');

-- CreateEnum
CREATE TYPE "PublicationState" AS ENUM ('draft', 'published', 'archived');

-- CreateEnum
CREATE TYPE "CentreKind" AS ENUM ('resource_centre', 'one_stop_resource_centre', 'information_desk', 'documentation_centre', 'shelter', 'other');

-- CreateEnum
CREATE TYPE "CentreStatus" AS ENUM ('planned', 'operational', 'temporarily_closed', 'closed');

-- CreateTable
CREATE TABLE "region" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(64) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "name_fr" VARCHAR(200) NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_type" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(64) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "name_fr" VARCHAR(200) NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "project_type_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "country" (
    "code" CHAR(2) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "name_fr" VARCHAR(200) NOT NULL,

    CONSTRAINT "country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "language" (
    "code" CHAR(2) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "name_fr" VARCHAR(100) NOT NULL,

    CONSTRAINT "language_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "service" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(64) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "name_fr" VARCHAR(200) NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "prima_id" VARCHAR(20),
    "title_en" VARCHAR(500),
    "title_fr" VARCHAR(500),
    "summary_en" TEXT,
    "summary_fr" TEXT,
    "status" "ProjectStatus" NOT NULL,
    "type_id" INTEGER NOT NULL,
    "coverage" "Coverage" NOT NULL,
    "region_id" INTEGER NOT NULL,
    "budget_usd" DECIMAL(14,2),
    "start_year" SMALLINT,
    "end_year" SMALLINT,
    "funding_year" SMALLINT,
    "source_url" VARCHAR(2000),
    "publication_state" "PublicationState" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_country" (
    "project_id" INTEGER NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "position" SMALLINT NOT NULL DEFAULT 0,

    CONSTRAINT "project_country_pkey" PRIMARY KEY ("project_id","country_code")
);

-- CreateTable
CREATE TABLE "resource_centre" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "name_en" VARCHAR(300),
    "name_fr" VARCHAR(300),
    "description_en" TEXT,
    "description_fr" TEXT,
    "opening_hours_en" VARCHAR(1000),
    "opening_hours_fr" VARCHAR(1000),
    "kind" "CentreKind" NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "admin_area" VARCHAR(200),
    "locality" VARCHAR(200),
    "street_address" VARCHAR(500),
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "phone" VARCHAR(50),
    "email" VARCHAR(254),
    "website" VARCHAR(2000),
    "operator" VARCHAR(500),
    "partners" VARCHAR(2000),
    "status" "CentreStatus" NOT NULL,
    "opened_year" SMALLINT,
    "last_verified_at" TIMESTAMPTZ(3),
    "publication_state" "PublicationState" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "resource_centre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "centre_service" (
    "centre_id" INTEGER NOT NULL,
    "service_id" INTEGER NOT NULL,

    CONSTRAINT "centre_service_pkey" PRIMARY KEY ("centre_id","service_id")
);

-- CreateTable
CREATE TABLE "centre_language" (
    "centre_id" INTEGER NOT NULL,
    "language_code" CHAR(2) NOT NULL,

    CONSTRAINT "centre_language_pkey" PRIMARY KEY ("centre_id","language_code")
);

-- CreateTable
CREATE TABLE "centre_project" (
    "centre_id" INTEGER NOT NULL,
    "project_id" INTEGER NOT NULL,

    CONSTRAINT "centre_project_pkey" PRIMARY KEY ("centre_id","project_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "region_slug_key" ON "region"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "project_type_slug_key" ON "project_type"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "service_slug_key" ON "service"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "project_code_key" ON "project"("code");

-- CreateIndex
CREATE UNIQUE INDEX "project_prima_id_key" ON "project"("prima_id");

-- CreateIndex
CREATE INDEX "project_publication_state_region_id_idx" ON "project"("publication_state", "region_id");

-- CreateIndex
CREATE INDEX "project_publication_state_status_idx" ON "project"("publication_state", "status");

-- CreateIndex
CREATE INDEX "project_publication_state_budget_usd_idx" ON "project"("publication_state", "budget_usd");

-- CreateIndex
CREATE INDEX "project_type_id_idx" ON "project"("type_id");

-- CreateIndex
CREATE INDEX "project_start_year_end_year_idx" ON "project"("start_year", "end_year");

-- CreateIndex
CREATE INDEX "project_country_country_code_idx" ON "project_country"("country_code");

-- CreateIndex
CREATE UNIQUE INDEX "resource_centre_slug_key" ON "resource_centre"("slug");

-- CreateIndex
CREATE INDEX "resource_centre_publication_state_country_code_idx" ON "resource_centre"("publication_state", "country_code");

-- CreateIndex
CREATE INDEX "resource_centre_publication_state_status_idx" ON "resource_centre"("publication_state", "status");

-- CreateIndex
CREATE INDEX "resource_centre_kind_idx" ON "resource_centre"("kind");

-- CreateIndex
CREATE INDEX "centre_service_service_id_idx" ON "centre_service"("service_id");

-- CreateIndex
CREATE INDEX "centre_language_language_code_idx" ON "centre_language"("language_code");

-- CreateIndex
CREATE INDEX "centre_project_project_id_idx" ON "centre_project"("project_id");

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_type_id_fkey" FOREIGN KEY ("type_id") REFERENCES "project_type"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_country" ADD CONSTRAINT "project_country_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_country" ADD CONSTRAINT "project_country_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_centre" ADD CONSTRAINT "resource_centre_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "centre_service" ADD CONSTRAINT "centre_service_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "resource_centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "centre_service" ADD CONSTRAINT "centre_service_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "centre_language" ADD CONSTRAINT "centre_language_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "resource_centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "centre_language" ADD CONSTRAINT "centre_language_language_code_fkey" FOREIGN KEY ("language_code") REFERENCES "language"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "centre_project" ADD CONSTRAINT "centre_project_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "resource_centre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "centre_project" ADD CONSTRAINT "centre_project_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Integrity rules Prisma cannot express; the drift test checks them too.
ALTER TABLE "project" ADD CONSTRAINT "project_years_check" CHECK ("end_year" IS NULL OR "start_year" IS NULL OR "end_year" >= "start_year");
ALTER TABLE "project" ADD CONSTRAINT "project_budget_check" CHECK ("budget_usd" IS NULL OR "budget_usd" >= 0);
ALTER TABLE "project" ADD CONSTRAINT "project_code_check" CHECK ("code" ~ '^[A-Z0-9.-]{3,20}$');
