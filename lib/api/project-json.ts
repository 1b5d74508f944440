import type { z } from 'zod';
import type { projectSchema } from '@/lib/api/schemas';
import type { ProjectRecord } from '@/lib/data/projects';

/** A project in the open-data JSON shape (SPEC §6), as its zod schema (and so the OpenAPI document) declares it. */
export type ApiProject = z.output<typeof projectSchema>;

/** Maps a project record to its JSON form: slugs for region and type, ISO2 codes, budget as a 2-decimal string. */
export function toApiProject(p: ProjectRecord): ApiProject {
  return {
    code: p.code,
    primaId: p.primaId,
    title: { en: p.title.en, fr: p.title.fr },
    summary: { en: p.summary.en, fr: p.summary.fr },
    status: p.status,
    type: p.type.slug,
    coverage: p.coverage,
    region: p.region.slug,
    budgetUsd: p.budgetUsd,
    startYear: p.startYear,
    endYear: p.endYear,
    fundingYear: p.fundingYear,
    beneficiaryCountries: p.countries.map((c) => c.code),
    updatedAt: p.updatedAt,
  };
}
