// Values of the project enums, usable in client and server code alike (kept equal to the Prisma enums by a unit test).
export const PROJECT_STATUSES = ['planned', 'active', 'completed', 'suspended', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const COVERAGES = ['national', 'regional', 'global'] as const;
export type Coverage = (typeof COVERAGES)[number];

export const PUBLICATION_STATES = ['draft', 'published', 'archived'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

/** Upper-cases and trims a project code the way it is stored. */
export function normaliseProjectCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** Project IDs: 3–20 characters of A–Z, 0–9, dot and hyphen once normalised (legacy forms included). */
export const PROJECT_CODE_PATTERN = /^[A-Z0-9.-]{3,20}$/;
