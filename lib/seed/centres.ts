// The seven resource centre listings of SPEC §3: Pohnpei (doc 000), the Philippine OSRC (doc 002), the Salvadoran
// "Window" offices (doc 004). The seed documents are French pages, so French is each listing's source language (the
// one its translations follow); Spanish texts, operators and partners come from translations.ts.
import { PHILIPPINE_CENTRES } from './centres-philippines';
import { type DocumentedCentre, type SeedCentre } from './types';
import { withCentreTranslations } from './with-translations';

const WINDOW_FR = '«\u00a0Window\u00a0»';
const WINDOW_SERVICES = [
  'information-on-rights',
  'referral-to-services',
  'assisted-voluntary-return-information',
  'training-officials-civil-society',
];

const none = {
  openingHours: {},
  streetAddress: null,
  phone: null,
  email: null,
  website: null,
} as const;

const POHNPEI: DocumentedCentre = {
  ...none,
  sourceLanguage: 'fr',
  slug: 'pohnpei-migrant-resource-centre',
  name: {
    en: 'Pohnpei Migrant Resource Centre',
    fr: 'Centre de documentation pour migrants de Pohnpei',
  },
  description: {
    en: 'Migrant resource centre in Pohnpei, set up under IOM project FM.0283 to promote safe migration from the Federated States of Micronesia and the integration of Micronesian migrants in the United States. With its government partners, IOM provides pre-departure orientation, raises awareness of the risks of human trafficking and refers migrants to existing services in host communities. The centre belongs to a network of resource centres in the United States and on other islands, reachable through a hotline for migrants.',
    fr: 'Centre de documentation pour migrants à Pohnpei, créé dans le cadre du projet FM.0283 de l’OIM pour promouvoir la migration sûre au départ des Etats fédérés de Micronésie et l’intégration des migrants micronésiens aux Etats-Unis. Avec ses partenaires gouvernementaux, l’OIM y dispense une orientation avant le départ, sensibilise aux risques de la traite des êtres humains et oriente les migrants vers les services existants dans les communautés d’accueil. Le centre fait partie d’un réseau de centres de documentation aux Etats-Unis et sur d’autres îles, joignable par une permanence téléphonique pour les migrants.',
  },
  kind: 'resource_centre',
  countryCode: 'FM',
  adminArea: 'Pohnpei',
  locality: 'Kolonia',
  latitude: '6.963900',
  longitude: '158.209200',
  status: 'operational',
  openedYear: null,
  lastVerifiedAt: null,
  publicationState: 'published',
  serviceSlugs: ['pre-departure-orientation', 'counter-trafficking-awareness', 'referral-to-services', 'hotline'],
  languageCodes: ['en'],
  projectCodes: ['FM.0283'],
};

const LA_UNION: DocumentedCentre = {
  ...none,
  sourceLanguage: 'fr',
  slug: 'la-union-window-office',
  name: {
    en: '“Window” migrant information office, La Unión',
    fr: `Bureau d’information pour les migrants ${WINDOW_FR}, La Unión`,
  },
  description: {
    en: 'The first “Window” information office in El Salvador for prospective and returning migrants, opened in 2016 in La Unión, in the east of the country, about 150 km from San Salvador: one of the departments most affected by human mobility (in 2015, according to the Directorate General of Migration, more than 3,700 migrants returned to La Unión, 556 of them children). It informs migrants of their fundamental rights and of the services they can obtain from government institutions, and gives information on assisted voluntary return with IOM. It also trains staff of government institutions and representatives of civil society and schools on migrants’ rights, the services available to migrants at municipal level, the risks of irregular migration and the protection of vulnerable people. IOM set it up with the Human Rights Ombudsman’s office, the Ministry of Foreign Affairs and the Municipality of La Unión, with funding from the Bureau of Population, Refugees, and Migration of the United States Department of State; IOM provided the equipment and the Ombudsman’s office staffs it.',
    fr: `Premier bureau d’information ${WINDOW_FR} du Salvador pour les migrants potentiels et les migrants de retour, ouvert en 2016 à La Unión, dans l’est du pays, à environ 150 km de San Salvador : l’un des départements les plus touchés par la mobilité (en 2015, selon la Direction générale de la migration, plus de 3 700 migrants sont rentrés à La Unión, dont 556 enfants). Il oriente les migrants sur leurs droits fondamentaux et sur les services auxquels ils ont accès par le biais des institutions gouvernementales, et les informe sur l’aide au retour volontaire fournie par l’OIM. Il forme également le personnel des institutions gouvernementales et des représentants de la société civile et des écoles aux droits des migrants, aux services disponibles au niveau municipal, aux risques de la migration irrégulière et à la protection des personnes vulnérables. L’OIM l’a installé avec le Médiateur du Salvador, le Ministère des affaires étrangères et la Mairie de La Unión, grâce au financement du Bureau de la population, des réfugiés et des migrations (PRM) du Département d’État américain ; l’OIM a fourni les équipements et le Médiateur en recrute le personnel.`,
  },
  kind: 'information_desk',
  countryCode: 'SV',
  adminArea: 'La Unión',
  locality: 'La Unión',
  latitude: '13.336900',
  longitude: '-87.843900',
  status: 'operational',
  openedYear: 2016,
  lastVerifiedAt: null,
  publicationState: 'published',
  serviceSlugs: WINDOW_SERVICES,
  languageCodes: ['es'],
  projectCodes: [],
};

const LA_HACHADURA: DocumentedCentre = {
  ...LA_UNION,
  slug: 'la-hachadura-window-office',
  name: {
    en: '“Window” migrant information office, La Hachadura border post',
    fr: `Bureau d’information pour les migrants ${WINDOW_FR}, poste frontière de La Hachadura`,
  },
  description: {
    en: 'A second “Window” information office for migrants, planned at the La Hachadura border post on the border with Guatemala, on the model of the office opened in La Unión in 2016: information on rights, on available services and on assisted voluntary return with IOM, and training for officials and civil society. Similar offices already exist in Mexico and Guatemala.',
    fr: `Deuxième bureau d’information ${WINDOW_FR} pour les migrants, prévu au poste frontière de La Hachadura, à la frontière avec le Guatemala, sur le modèle du bureau ouvert à La Unión en 2016 : information sur les droits, sur les services disponibles et sur l’aide au retour volontaire de l’OIM, et formation des agents publics et de la société civile. Des initiatives similaires existent déjà au Mexique et au Guatemala.`,
  },
  adminArea: 'Ahuachapán',
  locality: 'La Hachadura',
  latitude: '13.856900',
  longitude: '-90.087300',
  // No operator in translations.ts: the source announces the office without saying who will staff it.
  status: 'planned',
  openedYear: null,
};

/** All seven centres in English, French and Spanish, in a fixed order (ids follow it on a fresh database). */
export const SEED_CENTRES: readonly SeedCentre[] = [POHNPEI, ...PHILIPPINE_CENTRES, LA_UNION, LA_HACHADURA].map(
  withCentreTranslations,
);
