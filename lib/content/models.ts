import { centreModel } from '@/lib/content/centre';
import { projectModel } from '@/lib/content/project';

/** The content model of each record kind the staff section edits. */
export const CONTENT_MODELS = { project: projectModel, centre: centreModel } as const;

/** A record kind: `project` or `centre`. */
export type RecordKind = keyof typeof CONTENT_MODELS;

/** Whether a value (e.g. a bound server-action argument, which the client could change) names a record kind. */
export function isRecordKind(value: unknown): value is RecordKind {
  return value === 'project' || value === 'centre';
}
