// "Needs review" rules shown to staff: a status that contradicts the dates, a translation missing or out of date, a
// missing value.
import type { ProjectStatus } from '@/lib/domain/project';

export const PROJECT_REVIEW_REASONS = ['dates', 'translation', 'budget'] as const;
export type ProjectReviewReason = (typeof PROJECT_REVIEW_REASONS)[number];
export const CENTRE_REVIEW_REASONS = ['dates', 'translation', 'coordinates'] as const;
export type CentreReviewReason = (typeof CENTRE_REVIEW_REASONS)[number];

type ProjectFacts = {
  status: ProjectStatus;
  startYear: number | null;
  endYear: number | null;
  budgetUsd: string | null;
  /** Languages with a text missing or out of date (kept by the write path). */
  needsTranslation: readonly string[];
};

/** True when a project's status disagrees with its years, seen from `year`. */
function projectDatesContradict(p: Pick<ProjectFacts, 'status' | 'startYear' | 'endYear'>, year: number): boolean {
  const endsBefore = p.endYear !== null && p.endYear < year;
  const startsAfter = p.startYear !== null && p.startYear > year;
  switch (p.status) {
    case 'active':
      return endsBefore || startsAfter;
    case 'planned':
      return endsBefore;
    case 'completed':
      return startsAfter || (p.endYear !== null && p.endYear > year);
    default:
      return false;
  }
}

/** The reasons a project needs review (empty when none). */
export function projectReviewReasons(p: ProjectFacts, year: number): ProjectReviewReason[] {
  const out: ProjectReviewReason[] = [];
  if (projectDatesContradict(p, year)) out.push('dates');
  if (p.needsTranslation.length > 0) out.push('translation');
  if (p.budgetUsd === null) out.push('budget');
  return out;
}

type CentreFacts = {
  status: 'planned' | 'operational' | 'temporarily_closed' | 'closed';
  openedYear: number | null;
  needsTranslation: readonly string[];
  latitude: string | null;
};

/** The reasons a centre needs review (empty when none). */
export function centreReviewReasons(c: CentreFacts, year: number): CentreReviewReason[] {
  const out: CentreReviewReason[] = [];
  if (
    c.openedYear !== null &&
    ((c.status === 'planned' && c.openedYear < year) || (c.status !== 'planned' && c.openedYear > year))
  )
    out.push('dates');
  if (c.needsTranslation.length > 0) out.push('translation');
  if (c.latitude === null) out.push('coordinates');
  return out;
}
