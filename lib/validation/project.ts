import type { ModelInput } from '@/lib/content/input';
import { projectModel } from '@/lib/content/project';
import { modelParsers } from '@/lib/content/schema';

// The staff project form's validation, derived from the project content model.
export type ProjectInput = ModelInput<typeof projectModel>;

const parsers = modelParsers<ProjectInput>(projectModel);

/** Validates raw input (form object or anything else) for a new project. */
export const parseProjectCreate = parsers.create;
/** Validates raw input for an update (same fields plus the version the form was loaded with). */
export const parseProjectUpdate = parsers.update;
