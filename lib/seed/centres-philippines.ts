// The four one-stop migrant resource centres (OSRC) of the Philippines, from the seed document of 2012 (002), a French
// page: French is their source language. Spanish texts, operators and partners come from translations.ts.
import { type DocumentedCentre } from './types';

type Province = {
  slug: string;
  province: string;
  // The province with its French preposition: "de Masbate", "d’Antique".
  ofFr: string;
  adminArea: string;
  locality: string;
  latitude: string;
  longitude: string;
  noteEn?: string;
  noteFr?: string;
};

const PROVINCES: Province[] = [
  {
    slug: 'masbate',
    province: 'Masbate',
    ofFr: 'de Masbate',
    adminArea: 'Masbate',
    locality: 'Masbate City',
    latitude: '12.368600',
    longitude: '123.619200',
  },
  {
    slug: 'antique',
    province: 'Antique',
    ofFr: 'd’Antique',
    adminArea: 'Antique',
    locality: 'San Jose de Buenavista',
    latitude: '10.744600',
    longitude: '121.941600',
  },
  {
    slug: 'maguindanao',
    province: 'Maguindanao',
    ofFr: 'de Maguindanao',
    adminArea: 'Maguindanao del Sur',
    locality: 'Shariff Aguak',
    latitude: '6.864700',
    longitude: '124.441700',
    noteEn: 'The province of Maguindanao was divided into Maguindanao del Norte and Maguindanao del Sur in 2022.',
    noteFr: 'La province de Maguindanao a été divisée en 2022 entre Maguindanao del Norte et Maguindanao del Sur.',
  },
  {
    slug: 'agusan-del-sur',
    province: 'Agusan del Sur',
    ofFr: 'd’Agusan del Sur',
    adminArea: 'Agusan del Sur',
    locality: 'Prosperidad',
    latitude: '8.605700',
    longitude: '125.915300',
  },
];

const describeEn = (p: Province) =>
  [
    `One-stop migrant resource centre (OSRC) of the province of ${p.province}, set up by IOM under the United Nations Joint Programme on Youth, Employment and Migration (Millennium Development Goals) and led by the provincial authorities.`,
    'A multi-partner centre, it also gives agencies such as the Philippine Overseas Employment Administration space for local offices closer to people in remote areas; migrant civil society organisations and migrant family associations take part in providing services and training.',
    'It advises migrants, their families and young people in particular on legal and orderly migration, local reintegration opportunities, savings, investment and entrepreneurship, and offers financial literacy training, case management, and legal and psychosocial services.',
    ...(p.noteEn ? [p.noteEn] : []),
  ].join(' ');

const describeFr = (p: Province) =>
  [
    `Centre d’escale et de ressources pour les migrants (OSRC) de la province ${p.ofFr}, établi par l’OIM dans le cadre du Programme commun des Nations Unies sur la jeunesse, l’emploi et les migrations (objectifs du Millénaire pour le développement) et dirigé par les autorités provinciales.`,
    'Centre multipartenaire, il offre aussi à des organismes comme l’Agence de l’emploi des Philippins à l’étranger des espaces pour établir des antennes locales, plus accessibles dans les zones reculées ; les organisations de la société civile migrante et des familles de migrants participent à la fourniture de services et de formation.',
    'Il conseille les migrants, leurs familles et en particulier les jeunes sur la migration légale et dans le bon ordre, les possibilités locales de réintégration, l’épargne, l’investissement et l’entreprenariat, et dispense des formations à la comptabilité, des services de gestion au cas par cas ainsi que des services juridiques et psychosociaux.',
    ...(p.noteFr ? [p.noteFr] : []),
  ].join(' ');

/** The OSRC of Masbate, Antique, Maguindanao and Agusan del Sur, run by their provincial governments. */
export const PHILIPPINE_CENTRES: readonly DocumentedCentre[] = PROVINCES.map((p) => ({
  slug: `${p.slug}-one-stop-migrant-resource-centre`,
  name: {
    en: `${p.province} One-Stop Migrant Resource Centre`,
    fr: `Centre d’escale et de ressources pour les migrants ${p.ofFr}`,
  },
  description: { en: describeEn(p), fr: describeFr(p) },
  openingHours: {},
  sourceLanguage: 'fr',
  kind: 'one_stop_resource_centre',
  countryCode: 'PH',
  adminArea: p.adminArea,
  locality: p.locality,
  streetAddress: null,
  latitude: p.latitude,
  longitude: p.longitude,
  phone: null,
  email: null,
  website: null,
  status: 'operational',
  openedYear: null,
  lastVerifiedAt: null,
  publicationState: 'published',
  serviceSlugs: [
    'information-on-rights',
    'reintegration-support',
    'financial-literacy-savings',
    'case-management',
    'legal-assistance',
    'psychosocial-support',
  ],
  languageCodes: ['en', 'tl'],
  projectCodes: [],
}));
