// Vocabulary and distributions of the synthetic project generator (benchmarks only, never part of the default seed).
import type { AppLocale } from '@/lib/i18n/routing';

/** A small deterministic PRNG (mulberry32), so a given N always yields the same records. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks a key of `weights` with probability proportional to its weight (a key without one is never picked). */
export function weighted<K extends string>(rand: () => number, weights: Partial<Record<K, number>>): K {
  const entries = (Object.entries(weights) as [K, number | undefined][]).filter(
    (e): e is [K, number] => e[1] !== undefined && e[1] > 0,
  );
  let r = rand() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) {
    r -= w;
    if (r <= 0) return k;
  }
  const last = entries.at(-1);
  if (!last) throw new Error('weighted: no weights');
  return last[0];
}

/** One of `list`, uniformly (undefined when it is empty). */
export const pick = <T>(rand: () => number, list: readonly T[]): T | undefined =>
  list[Math.floor(rand() * list.length)];

// Roughly the Fund's spread: most projects in Africa, Asia-Pacific and Latin America.
export const REGION_WEIGHTS = {
  africa: 30,
  'asia-oceania': 20,
  'latin-america-caribbean': 18,
  'europe-central-asia': 14,
  'middle-east-north-africa': 12,
  global: 6,
};

// Eligible member states per region (ISO 3166-1 alpha-2; names come from the country table).
export const REGION_COUNTRIES: Record<string, string[]> = {
  africa: [
    'SN',
    'ML',
    'NE',
    'BF',
    'CI',
    'GH',
    'NG',
    'CM',
    'ET',
    'KE',
    'UG',
    'TZ',
    'ZM',
    'ZW',
    'MW',
    'MZ',
    'MG',
    'CD',
    'GN',
    'SL',
    'LR',
    'GM',
    'TD',
    'SO',
    'SS',
    'RW',
    'BI',
  ],
  'asia-oceania': [
    'FJ',
    'TO',
    'VU',
    'WS',
    'PG',
    'SB',
    'FM',
    'PH',
    'ID',
    'VN',
    'KH',
    'LA',
    'MM',
    'TH',
    'BD',
    'NP',
    'LK',
    'PK',
    'AF',
    'MN',
    'TL',
  ],
  'latin-america-caribbean': [
    'MX',
    'GT',
    'HN',
    'SV',
    'NI',
    'CR',
    'PA',
    'BZ',
    'DO',
    'HT',
    'JM',
    'CO',
    'EC',
    'PE',
    'BO',
    'PY',
    'AR',
    'BR',
    'CL',
    'VE',
    'GY',
    'TT',
  ],
  'europe-central-asia': [
    'UA',
    'MD',
    'GE',
    'AM',
    'AZ',
    'BY',
    'KZ',
    'KG',
    'TJ',
    'TM',
    'UZ',
    'AL',
    'BA',
    'ME',
    'MK',
    'RS',
    'XK',
    'TR',
  ],
  'middle-east-north-africa': ['MA', 'DZ', 'TN', 'LY', 'EG', 'SD', 'JO', 'LB', 'IQ', 'YE', 'SY', 'MR'],
  global: [],
};

export const STATUS_WEIGHTS = { completed: 55, active: 25, planned: 10, suspended: 5, cancelled: 5 };
export const PUBLICATION_WEIGHTS = { published: 95, draft: 3, archived: 2 };

// Share of the synthetic projects with Spanish text (the others need a Spanish translation).
const SPANISH_SHARE = 0.8;

/**
 * Which languages a synthetic project has text in: about 5% lack English and 5% French (never both, so each has a
 * title), and SPANISH_SHARE have Spanish.
 */
export function textLanguages(rand: () => number): Record<AppLocale, boolean> {
  const gap = rand();
  return { fr: gap <= 0.95, en: gap >= 0.05, es: rand() < SPANISH_SHARE };
}

// How often each language is a synthetic project's source language, among those it has text in.
const SOURCE_WEIGHTS: Record<AppLocale, number> = { fr: 45, en: 45, es: 10 };

/** The source-language weights of a project with text in the languages `has` marks. */
export function sourceWeights(has: Record<AppLocale, boolean>): Partial<Record<AppLocale, number>> {
  return Object.fromEntries(Object.entries(SOURCE_WEIGHTS).filter(([l]) => has[l as AppLocale]));
}

// A piece of text (a title's start, a place, a sentence) in every language of the locale list.
type Words = Record<AppLocale, string>;

// Themes by project type.
export const THEMES: Record<string, Words[]> = {
  'assisted-migration-services': [
    {
      en: 'Migrant resource centre services',
      fr: 'Services d’un centre de ressources pour migrants',
      es: 'Servicios de un centro de recursos para migrantes',
    },
    { en: 'Pre-departure orientation', fr: 'Orientation avant le départ', es: 'Orientación previa a la partida' },
  ],
  'protection-assistance-vulnerable-migrants': [
    {
      en: 'Protection of vulnerable migrants',
      fr: 'Protection des migrants vulnérables',
      es: 'Protección de los migrantes vulnerables',
    },
    {
      en: 'Assistance to stranded migrants',
      fr: 'Aide aux migrants en détresse',
      es: 'Asistencia a migrantes varados',
    },
  ],
  'migration-policy-activities': [
    {
      en: 'National migration policy support',
      fr: 'Appui à la politique migratoire nationale',
      es: 'Apoyo a la política migratoria nacional',
    },
    {
      en: 'Regional dialogue on migration governance',
      fr: 'Dialogue régional sur la gouvernance des migrations',
      es: 'Diálogo regional sobre la gobernanza de la migración',
    },
  ],
  'counter-trafficking': [
    {
      en: 'Countering trafficking in persons',
      fr: 'Lutte contre la traite des personnes',
      es: 'Lucha contra la trata de personas',
    },
    {
      en: 'Victim identification and referral',
      fr: 'Identification et orientation des victimes',
      es: 'Identificación y derivación de las víctimas',
    },
  ],
  'labour-migration': [
    {
      en: 'Fair recruitment of migrant workers',
      fr: 'Recrutement équitable des travailleurs migrants',
      es: 'Contratación equitativa de trabajadores migrantes',
    },
    {
      en: 'Labour mobility and skills',
      fr: 'Mobilité de main-d’œuvre et compétences',
      es: 'Movilidad laboral y competencias',
    },
  ],
  'migration-development': [
    {
      en: 'Diaspora engagement for development',
      fr: 'Mobilisation de la diaspora pour le développement',
      es: 'Movilización de la diáspora para el desarrollo',
    },
    {
      en: 'Remittances and financial inclusion',
      fr: 'Envois de fonds et inclusion financière',
      es: 'Remesas e inclusión financiera',
    },
  ],
  'migration-environment-climate-change': [
    {
      en: 'Climate mobility and resilience',
      fr: 'Mobilité climatique et résilience',
      es: 'Movilidad climática y resiliencia',
    },
    {
      en: 'Disaster displacement preparedness',
      fr: 'Préparation aux déplacements liés aux catastrophes',
      es: 'Preparación para los desplazamientos por desastres',
    },
  ],
  'migration-health': [
    {
      en: 'Migrant health and access to care',
      fr: 'Santé des migrants et accès aux soins',
      es: 'Salud de los migrantes y acceso a la atención de salud',
    },
    { en: 'Health at points of entry', fr: 'Santé aux points d’entrée', es: 'Salud en los puntos de entrada' },
  ],
  'border-management': [
    {
      en: 'Integrated border management and security',
      fr: 'Gestion intégrée et sécurité des frontières',
      es: 'Gestión integrada y seguridad de las fronteras',
    },
    {
      en: 'Border data and document examination',
      fr: 'Données frontalières et examen des documents',
      es: 'Datos fronterizos y examen de documentos',
    },
  ],
  'policy-legal-framework-development': [
    {
      en: 'Review of migration legislation',
      fr: 'Révision de la législation migratoire',
      es: 'Revisión de la legislación migratoria',
    },
    {
      en: 'Legal framework on asylum and migration',
      fr: 'Cadre juridique de l’asile et de la migration',
      es: 'Marco jurídico del asilo y la migración',
    },
  ],
  'research-assessment': [
    {
      en: 'Migration profile and needs assessment',
      fr: 'Profil migratoire et évaluation des besoins',
      es: 'Perfil migratorio y evaluación de necesidades',
    },
    {
      en: 'Research on migration trends',
      fr: 'Recherche sur les tendances migratoires',
      es: 'Investigación sobre las tendencias migratorias',
    },
  ],
};

/** The theme of a project type without one. */
export const FALLBACK_THEME: Words = { en: 'Migration project', fr: 'Projet migratoire', es: 'Proyecto migratorio' };

/** Where a title says a global project takes place (instead of its first country's name). */
export const GLOBAL_PLACE: Words = { en: 'global', fr: 'portée mondiale', es: 'alcance mundial' };

// The sentences summaries are made of, each in every language (a summary's languages translate one another).
export const SUMMARY_SENTENCES: Words[] = [
  {
    en: 'This project aims to strengthen the capacity of national authorities to manage migration safely and with respect for migrants’ rights.',
    fr: 'Ce projet vise à renforcer les capacités des autorités nationales à gérer les migrations de manière sûre et dans le respect des droits des migrants.',
    es: 'Este proyecto tiene por objeto fortalecer la capacidad de las autoridades nacionales para gestionar la migración de manera segura y respetando los derechos de los migrantes.',
  },
  {
    en: 'Activities include training for officials and civil society, technical assistance and the production of practical guidance.',
    fr: 'Les activités comprennent des formations pour les fonctionnaires et la société civile, une assistance technique et l’élaboration de guides pratiques.',
    es: 'Las actividades incluyen capacitación para funcionarios públicos y la sociedad civil, asistencia técnica y la elaboración de guías prácticas.',
  },
  {
    en: 'It builds on a needs assessment carried out with government partners and communities of origin and destination.',
    fr: 'Il s’appuie sur une évaluation des besoins réalisée avec les partenaires gouvernementaux et les communautés d’origine et de destination.',
    es: 'Se basa en una evaluación de necesidades realizada con los socios gubernamentales y las comunidades de origen y de destino.',
  },
  {
    en: 'Expected results include better coordination among ministries, improved data and stronger referral mechanisms.',
    fr: 'Les résultats attendus sont une meilleure coordination entre ministères, des données améliorées et des mécanismes d’orientation renforcés.',
    es: 'Entre los resultados esperados figuran una mejor coordinación entre los ministerios, mejores datos y mecanismos de derivación más sólidos.',
  },
  {
    en: 'Particular attention is paid to women, children and migrants in vulnerable situations.',
    fr: 'Une attention particulière est accordée aux femmes, aux enfants et aux migrants en situation de vulnérabilité.',
    es: 'Se presta especial atención a las mujeres, los niños y los migrantes en situación de vulnerabilidad.',
  },
];
