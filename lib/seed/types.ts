// Shapes of the seeded content: plain data keyed by natural keys (codes, slugs), resolved to ids by run-seed.
import type {
  CentreKind,
  CentreStatus,
  Coverage,
  ProjectStatus,
  PublicationState,
} from '@/lib/generated/prisma/client';
import type { AppLocale } from '@/lib/i18n/routing';

/** A translated text in every language of the locale list. */
type Texts = Record<AppLocale, string>;

/** A translated text in the languages that have one (none at all for a field the sources leave empty). */
type SomeTexts = Partial<Texts>;

/** A text in the two languages the seed files were first written in (Spanish is added from translations.ts). */
type Documented = Omit<Texts, 'es'>;

/** A project record of the seed, with its beneficiary countries in display order. */
export type SeedProject = {
  code: string;
  primaId: string | null;
  title: Texts;
  summary: Texts;
  // The language the record was written in: the one its translations follow.
  sourceLanguage: AppLocale;
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
  name: Texts;
  description: Texts;
  openingHours: SomeTexts;
  sourceLanguage: AppLocale;
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
  // Bodies have names in each language ("Provincial Government of Masbate", "Gouvernement provincial de Masbate").
  operator: SomeTexts;
  partners: SomeTexts;
  status: CentreStatus;
  openedYear: number | null;
  /** Set only when staff confirm a listing as verified: the seed never invents the date. */
  lastVerifiedAt: null;
  publicationState: PublicationState;
  serviceSlugs: string[];
  languageCodes: string[];
  projectCodes: string[];
};

/** A seed project before its Spanish title and summary are added (lib/seed/translations.ts). */
export type DocumentedProject = Omit<SeedProject, 'title' | 'summary'> & { title: Documented; summary: Documented };

/** A seed centre before its Spanish texts and its operator and partners are added (lib/seed/translations.ts). */
export type DocumentedCentre = Omit<SeedCentre, 'name' | 'description' | 'operator' | 'partners'> & {
  name: Documented;
  description: Documented;
};
