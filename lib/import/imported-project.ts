import type { Localised } from '@/lib/format';
// The record a page import reads, and its fields: each field declares its page labels in ./project-labels.ts (a
// compile error until it does).
import type { Coverage, ProjectStatus } from '@/lib/domain/project';

/** A project as read from a page, in the API's project shape (type and region as slugs). */
export type ImportedProject = {
  code: string | null;
  primaId: string | null;
  title: Localised;
  summary: Localised;
  status: ProjectStatus | null;
  type: string | null;
  coverage: Coverage | null;
  region: string | null;
  budgetUsd: string | null;
  startYear: number | null;
  endYear: number | null;
  fundingYear: number | null;
  beneficiaryCountries: string[];
};

/** A field the page importer reads. */
export type ImportField = keyof ImportedProject;
