// Reference data of SPEC §2 and §3: IDF regions, project types and the services taxonomy of resource centres.

/** A row of a slug-keyed reference table (region, project type, service). */
export type ReferenceRow = { slug: string; nameEn: string; nameFr: string; sortOrder: number };

const numbered = (rows: Omit<ReferenceRow, 'sortOrder'>[]): ReferenceRow[] =>
  rows.map((r, i) => ({ ...r, sortOrder: i + 1 }));

/** The six IOM Development Fund regions, in display order. */
export const REGIONS: readonly ReferenceRow[] = numbered([
  { slug: 'africa', nameEn: 'Africa', nameFr: 'Afrique' },
  { slug: 'asia-oceania', nameEn: 'Asia and Oceania', nameFr: 'Asie et Océanie' },
  { slug: 'europe-central-asia', nameEn: 'Europe and Central Asia', nameFr: 'Europe et Asie centrale' },
  { slug: 'latin-america-caribbean', nameEn: 'Latin America and the Caribbean', nameFr: 'Amérique latine et Caraïbes' },
  {
    slug: 'middle-east-north-africa',
    nameEn: 'Middle East and North Africa',
    nameFr: 'Moyen-Orient et Afrique du Nord',
  },
  { slug: 'global', nameEn: 'Global', nameFr: 'Mondial' },
]);

/** Project types: the three of the seed documents, then the Fund's thematic areas. */
export const PROJECT_TYPES: readonly ReferenceRow[] = numbered([
  {
    slug: 'assisted-migration-services',
    nameEn: 'Assisted migration services',
    nameFr: 'Services de migration assistée',
  },
  {
    slug: 'protection-assistance-vulnerable-migrants',
    nameEn: 'Protection and assistance for vulnerable migrants',
    nameFr: 'Protection et assistance aux migrants vulnérables',
  },
  {
    slug: 'migration-policy-activities',
    nameEn: 'Migration policy activities',
    nameFr: 'Activités de politique migratoire',
  },
  { slug: 'counter-trafficking', nameEn: 'Counter-trafficking', nameFr: 'Lutte contre la traite des êtres humains' },
  { slug: 'labour-migration', nameEn: 'Labour migration', nameFr: 'Migration de main-d’œuvre' },
  { slug: 'migration-development', nameEn: 'Migration and development', nameFr: 'Migration et développement' },
  {
    slug: 'migration-environment-climate-change',
    nameEn: 'Migration, environment and climate change',
    nameFr: 'Migration, environnement et changement climatique',
  },
  { slug: 'migration-health', nameEn: 'Migration health', nameFr: 'Migration et santé' },
  { slug: 'border-management', nameEn: 'Border management', nameFr: 'Gestion des frontières' },
  {
    slug: 'policy-legal-framework-development',
    nameEn: 'Policy and legal framework development',
    nameFr: 'Élaboration de politiques et de cadres juridiques',
  },
  { slug: 'research-assessment', nameEn: 'Research and assessment', nameFr: 'Recherche et évaluation' },
]);

/** The services taxonomy of migrant resource centres. */
export const SERVICES: readonly ReferenceRow[] = numbered([
  { slug: 'pre-departure-orientation', nameEn: 'Pre-departure orientation', nameFr: 'Orientation avant le départ' },
  {
    slug: 'counter-trafficking-awareness',
    nameEn: 'Counter-trafficking awareness',
    nameFr: 'Sensibilisation à la traite des êtres humains',
  },
  { slug: 'information-on-rights', nameEn: 'Information on rights', nameFr: 'Information sur les droits' },
  { slug: 'referral-to-services', nameEn: 'Referral to services', nameFr: 'Orientation vers les services' },
  { slug: 'legal-assistance', nameEn: 'Legal assistance', nameFr: 'Assistance juridique' },
  { slug: 'psychosocial-support', nameEn: 'Psychosocial support', nameFr: 'Soutien psychosocial' },
  { slug: 'case-management', nameEn: 'Case management', nameFr: 'Gestion des cas' },
  {
    slug: 'financial-literacy-savings',
    nameEn: 'Financial literacy and savings',
    nameFr: 'Éducation financière et épargne',
  },
  { slug: 'reintegration-support', nameEn: 'Reintegration support', nameFr: 'Aide à la réintégration' },
  {
    slug: 'assisted-voluntary-return-information',
    nameEn: 'Information on assisted voluntary return',
    nameFr: 'Information sur l’aide au retour volontaire',
  },
  {
    slug: 'training-officials-civil-society',
    nameEn: 'Training for officials and civil society',
    nameFr: 'Formation des agents publics et de la société civile',
  },
  { slug: 'hotline', nameEn: 'Hotline', nameFr: 'Permanence téléphonique' },
]);
