// Vocabulary and distributions of the synthetic project generator (benchmarks only, never part of the default seed).

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

/** Picks a key of `weights` with probability proportional to its weight. */
export function weighted<K extends string>(rand: () => number, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
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

// Themes by project type: [English title start, French title start].
export const THEMES: Record<string, [string, string][]> = {
  'assisted-migration-services': [
    ['Migrant resource centre services', 'Services d’un centre de ressources pour migrants'],
    ['Pre-departure orientation', 'Orientation avant le départ'],
  ],
  'protection-assistance-vulnerable-migrants': [
    ['Protection of vulnerable migrants', 'Protection des migrants vulnérables'],
    ['Assistance to stranded migrants', 'Aide aux migrants en détresse'],
  ],
  'migration-policy-activities': [
    ['National migration policy support', 'Appui à la politique migratoire nationale'],
    ['Regional dialogue on migration governance', 'Dialogue régional sur la gouvernance des migrations'],
  ],
  'counter-trafficking': [
    ['Countering trafficking in persons', 'Lutte contre la traite des personnes'],
    ['Victim identification and referral', 'Identification et orientation des victimes'],
  ],
  'labour-migration': [
    ['Fair recruitment of migrant workers', 'Recrutement équitable des travailleurs migrants'],
    ['Labour mobility and skills', 'Mobilité de main-d’œuvre et compétences'],
  ],
  'migration-development': [
    ['Diaspora engagement for development', 'Mobilisation de la diaspora pour le développement'],
    ['Remittances and financial inclusion', 'Envois de fonds et inclusion financière'],
  ],
  'migration-environment-climate-change': [
    ['Climate mobility and resilience', 'Mobilité climatique et résilience'],
    ['Disaster displacement preparedness', 'Préparation aux déplacements liés aux catastrophes'],
  ],
  'migration-health': [
    ['Migrant health and access to care', 'Santé des migrants et accès aux soins'],
    ['Health at points of entry', 'Santé aux points d’entrée'],
  ],
  'border-management': [
    ['Integrated border management and security', 'Gestion intégrée et sécurité des frontières'],
    ['Border data and document examination', 'Données frontalières et examen des documents'],
  ],
  'policy-legal-framework-development': [
    ['Review of migration legislation', 'Révision de la législation migratoire'],
    ['Legal framework on asylum and migration', 'Cadre juridique de l’asile et de la migration'],
  ],
  'research-assessment': [
    ['Migration profile and needs assessment', 'Profil migratoire et évaluation des besoins'],
    ['Research on migration trends', 'Recherche sur les tendances migratoires'],
  ],
};

export const SUMMARY_EN = [
  'This project aims to strengthen the capacity of national authorities to manage migration safely and with respect for migrants’ rights.',
  'Activities include training for officials and civil society, technical assistance and the production of practical guidance.',
  'It builds on a needs assessment carried out with government partners and communities of origin and destination.',
  'Expected results include better coordination among ministries, improved data and stronger referral mechanisms.',
  'Particular attention is paid to women, children and migrants in vulnerable situations.',
];
export const SUMMARY_FR = [
  'Ce projet vise à renforcer les capacités des autorités nationales à gérer les migrations de manière sûre et dans le respect des droits des migrants.',
  'Les activités comprennent des formations pour les fonctionnaires et la société civile, une assistance technique et l’élaboration de guides pratiques.',
  'Il s’appuie sur une évaluation des besoins réalisée avec les partenaires gouvernementaux et les communautés d’origine et de destination.',
  'Les résultats attendus sont une meilleure coordination entre ministères, des données améliorées et des mécanismes d’orientation renforcés.',
  'Une attention particulière est accordée aux femmes, aux enfants et aux migrants en situation de vulnérabilité.',
];
