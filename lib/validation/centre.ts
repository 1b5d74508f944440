import { centreModel } from '@/lib/content/centre';
import type { ModelInput } from '@/lib/content/input';
import { modelParsers } from '@/lib/content/schema';

// The staff resource-centre form's validation, derived from the centre content model.
export type CentreInput = ModelInput<typeof centreModel>;

const parsers = modelParsers<CentreInput>(centreModel);

/** Validates raw input for a new centre. */
export const parseCentreCreate = parsers.create;
/** Validates raw input for a centre update (with the version the form was loaded with). */
export const parseCentreUpdate = parsers.update;
