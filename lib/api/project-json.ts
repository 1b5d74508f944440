import type { z } from 'zod';
import { toJsonRecord } from '@/lib/content/json';
import { projectModel } from '@/lib/content/project';
import type { projectSchema } from '@/lib/api/schemas';
import type { ProjectRecord } from '@/lib/data/projects';

/** A project in the open-data JSON shape (SPEC §6), as its zod schema (and so the OpenAPI document) declares it. */
export type ApiProject = z.output<typeof projectSchema>;

/** Maps a project record to its JSON form (the model's `json` decisions): slugs, ISO2 codes, 2-decimal budget. */
export function toApiProject(p: ProjectRecord): ApiProject {
  return toJsonRecord(projectModel, p);
}
