// Reference data of SPEC §2 and §3: IDF regions, project types and the services taxonomy of resource centres, named in
// every language of the locale list.
import type { LocalisedNames } from '@/lib/i18n/routing';

/** A row of a slug-keyed reference table (region, project type, service). */
export type ReferenceRow = { slug: string; sortOrder: number } & LocalisedNames;

const numbered = (rows: Omit<ReferenceRow, 'sortOrder'>[]): ReferenceRow[] =>
  rows.map((r, i) => ({ ...r, sortOrder: i + 1 }));

/** The six IOM Development Fund regions, in display order. */
export const REGIONS: readonly ReferenceRow[] = numbered([
  { slug: 'africa', nameEn: 'Africa', nameFr: 'Afrique', nameEs: 'África' },
  { slug: 'asia-oceania', nameEn: 'Asia and Oceania', nameFr: 'Asie et Océanie', nameEs: 'Asia y Oceanía' },
  {
    slug: 'europe-central-asia',
    nameEn: 'Europe and Central Asia',
    nameFr: 'Europe et Asie centrale',
    nameEs: 'Europa y Asia Central',
  },
  {
    slug: 'latin-america-caribbean',
    nameEn: 'Latin America and the Caribbean',
    nameFr: 'Amérique latine et Caraïbes',
    nameEs: 'América Latina y el Caribe',
  },
  {
    slug: 'middle-east-north-africa',
    nameEn: 'Middle East and North Africa',
    nameFr: 'Moyen-Orient et Afrique du Nord',
    nameEs: 'Oriente Medio y Norte de África',
  },
  { slug: 'global', nameEn: 'Global', nameFr: 'Mondial', nameEs: 'Mundial' },
]);

/** Project types: the three of the seed documents, then the Fund's thematic areas. */
export const PROJECT_TYPES: readonly ReferenceRow[] = numbered([
  {
    slug: 'assisted-migration-services',
    nameEn: 'Assisted migration services',
    nameFr: 'Services de migration assistée',
    nameEs: 'Servicios de migración asistida',
  },
  {
    slug: 'protection-assistance-vulnerable-migrants',
    nameEn: 'Protection and assistance for vulnerable migrants',
    nameFr: 'Protection et assistance aux migrants vulnérables',
    nameEs: 'Protección y asistencia a migrantes vulnerables',
  },
  {
    slug: 'migration-policy-activities',
    nameEn: 'Migration policy activities',
    nameFr: 'Activités de politique migratoire',
    nameEs: 'Actividades de política migratoria',
  },
  {
    slug: 'counter-trafficking',
    nameEn: 'Counter-trafficking',
    nameFr: 'Lutte contre la traite des êtres humains',
    nameEs: 'Lucha contra la trata de personas',
  },
  {
    slug: 'labour-migration',
    nameEn: 'Labour migration',
    nameFr: 'Migration de main-d’œuvre',
    nameEs: 'Migración laboral',
  },
  {
    slug: 'migration-development',
    nameEn: 'Migration and development',
    nameFr: 'Migration et développement',
    nameEs: 'Migración y desarrollo',
  },
  {
    slug: 'migration-environment-climate-change',
    nameEn: 'Migration, environment and climate change',
    nameFr: 'Migration, environnement et changement climatique',
    nameEs: 'Migración, medio ambiente y cambio climático',
  },
  { slug: 'migration-health', nameEn: 'Migration health', nameFr: 'Migration et santé', nameEs: 'Migración y salud' },
  {
    slug: 'border-management',
    nameEn: 'Border management',
    nameFr: 'Gestion des frontières',
    nameEs: 'Gestión de fronteras',
  },
  {
    slug: 'policy-legal-framework-development',
    nameEn: 'Policy and legal framework development',
    nameFr: 'Élaboration de politiques et de cadres juridiques',
    nameEs: 'Elaboración de políticas y marcos jurídicos',
  },
  {
    slug: 'research-assessment',
    nameEn: 'Research and assessment',
    nameFr: 'Recherche et évaluation',
    nameEs: 'Investigación y evaluación',
  },
]);

/** The services taxonomy of migrant resource centres. */
export const SERVICES: readonly ReferenceRow[] = numbered([
  {
    slug: 'pre-departure-orientation',
    nameEn: 'Pre-departure orientation',
    nameFr: 'Orientation avant le départ',
    nameEs: 'Orientación previa a la partida',
  },
  {
    slug: 'counter-trafficking-awareness',
    nameEn: 'Counter-trafficking awareness',
    nameFr: 'Sensibilisation à la traite des êtres humains',
    nameEs: 'Sensibilización sobre la trata de personas',
  },
  {
    slug: 'information-on-rights',
    nameEn: 'Information on rights',
    nameFr: 'Information sur les droits',
    nameEs: 'Información sobre los derechos',
  },
  {
    slug: 'referral-to-services',
    nameEn: 'Referral to services',
    nameFr: 'Orientation vers les services',
    nameEs: 'Derivación a los servicios',
  },
  {
    slug: 'legal-assistance',
    nameEn: 'Legal assistance',
    nameFr: 'Assistance juridique',
    nameEs: 'Asistencia jurídica',
  },
  {
    slug: 'psychosocial-support',
    nameEn: 'Psychosocial support',
    nameFr: 'Soutien psychosocial',
    nameEs: 'Apoyo psicosocial',
  },
  { slug: 'case-management', nameEn: 'Case management', nameFr: 'Gestion des cas', nameEs: 'Gestión de casos' },
  {
    slug: 'financial-literacy-savings',
    nameEn: 'Financial literacy and savings',
    nameFr: 'Éducation financière et épargne',
    nameEs: 'Educación financiera y ahorro',
  },
  {
    slug: 'reintegration-support',
    nameEn: 'Reintegration support',
    nameFr: 'Aide à la réintégration',
    nameEs: 'Apoyo a la reintegración',
  },
  {
    slug: 'assisted-voluntary-return-information',
    nameEn: 'Information on assisted voluntary return',
    nameFr: 'Information sur l’aide au retour volontaire',
    nameEs: 'Información sobre el retorno voluntario asistido',
  },
  {
    slug: 'training-officials-civil-society',
    nameEn: 'Training for officials and civil society',
    nameFr: 'Formation des agents publics et de la société civile',
    nameEs: 'Capacitación de funcionarios públicos y de la sociedad civil',
  },
  { slug: 'hotline', nameEn: 'Hotline', nameFr: 'Permanence téléphonique', nameEs: 'Línea telefónica de asistencia' },
]);
