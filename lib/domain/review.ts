// "Needs review" rules shown to staff: a status that contradicts the dates, a missing translation, a missing value.
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
  titleEn: string | null;
  titleFr: string | null;
  summaryEn: string | null;
  summaryFr: string | null;
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

const oneSided = (a: string | null, b: string | null) => (a === null) !== (b === null);

/** The reasons a project needs review (empty when none). */
export function projectReviewReasons(p: ProjectFacts, year: number): ProjectReviewReason[] {
  const out: ProjectReviewReason[] = [];
  if (projectDatesContradict(p, year)) out.push('dates');
  if (oneSided(p.titleEn, p.titleFr) || oneSided(p.summaryEn, p.summaryFr)) out.push('translation');
  if (p.budgetUsd === null) out.push('budget');
  return out;
}

type CentreFacts = {
  status: 'planned' | 'operational' | 'temporarily_closed' | 'closed';
  openedYear: number | null;
  nameEn: string | null;
  nameFr: string | null;
  descriptionEn: string | null;
  descriptionFr: string | null;
  openingHoursEn: string | null;
  openingHoursFr: string | null;
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
  if (
    oneSided(c.nameEn, c.nameFr) ||
    oneSided(c.descriptionEn, c.descriptionFr) ||
    oneSided(c.openingHoursEn, c.openingHoursFr)
  )
    out.push('translation');
  if (c.latitude === null) out.push('coordinates');
  return out;
}
