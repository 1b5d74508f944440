// Shapes of the seeded content: plain data keyed by natural keys (codes, slugs), resolved to ids by run-seed.
import type {
  CentreKind,
  CentreStatus,
  Coverage,
  ProjectStatus,
  PublicationState,
} from '@/lib/generated/prisma/client';

/** A project record of the seed, with its beneficiary countries in display order. */
export type SeedProject = {
  code: string;
  primaId: string | null;
  titleEn: string;
  titleFr: string;
  summaryEn: string;
  summaryFr: string;
  status: ProjectStatus;
  typeSlug: string;
  coverage: Coverage;
  regionSlug: string;
  budgetUsd: string | null;
  startYear: number | null;
  endYear: number | null;
  fundingYear: number | null;
  sourceUrl: string | null;
  publicationState: PublicationState;
  countryCodes: string[];
};

/** A resource centre listing of the seed, with its services, languages and related projects. */
export type SeedCentre = {
  slug: string;
  nameEn: string;
  nameFr: string;
  descriptionEn: string;
  descriptionFr: string;
  openingHoursEn: string | null;
  openingHoursFr: string | null;
  kind: CentreKind;
  countryCode: string;
  adminArea: string | null;
  locality: string | null;
  streetAddress: string | null;
  latitude: string | null;
  longitude: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  operator: string | null;
  partners: string | null;
  status: CentreStatus;
  openedYear: number | null;
  lastVerifiedAt: Date;
  publicationState: PublicationState;
  serviceSlugs: string[];
  languageCodes: string[];
  projectCodes: string[];
};

/** When the seeded centre listings were last checked against their sources (fixed, so re-runs change nothing). */
export const SEED_VERIFIED_AT = new Date('2026-11-01T00:00:00.000Z');
