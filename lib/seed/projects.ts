// The three project records of SPEC §3: French kept from the seed documents, English translated from them, Spanish
// from translations.ts. French is each record's source language: the one its translations follow.
import type { DocumentedProject, SeedProject } from './types';
import { withProjectTranslations } from './with-translations';

const paragraphs = (...lines: string[]) => lines.join('\n\n');

const DOCUMENTED: readonly DocumentedProject[] = [
  {
    code: 'FM.0283',
    primaId: null,
    sourceLanguage: 'fr',
    title: {
      en: 'Promoting safe migration and integration through the establishment of a migrant resource centre in Micronesia',
      fr: 'Promotion de la migration sûre et de l’intégration par la création d’un centre de documentation pour migrants en Micronésie',
    },
    summary: {
      en: paragraphs(
        'This project aims to facilitate the integration of Micronesian nationals in the United States, and their safe migration, through the establishment of migrant resource centres. Through these centres, IOM and its government partners in the Federated States of Micronesia will be able to provide pre-departure orientation and to raise awareness of the risks of human trafficking, while building links with existing services in host communities.',
        'Bodies involved in the migration process, such as government services, NGOs, community groups and faith-based associations responsible for developing and implementing labour migration guidance and practices, will also benefit from the centres. Migrants will benefit from a range of services, either directly at a centre in Pohnpei or through information obtained from the network of resource centres in the United States and/or on other islands, by calling a migrant hotline or by visiting the centres’ website. In addition, through service-oriented counselling and communication, trained specialists will provide integrated services and information enabling prospective migrants, migrants and returnees to make informed decisions about emigrating from the Federated States of Micronesia, thereby reducing the risks and maximizing the benefits of the migration experience for countries of origin and destination.',
      ),
      fr: paragraphs(
        'Ce projet vise à faciliter l’intégration aux Etats-Unis et la migration sûre de ressortissants micronésiens par la création de centres de documentation pour migrants. Grâce à ces centres, l’OIM et ses partenaires gouvernementaux des Etats fédérés de Micronésie seront en mesure de dispenser une orientation avant le départ et de sensibiliser aux risques de la traite des êtres humains, tout en établissant des liens avec les services existants dans les communautés d’accueil.',
        'Les organismes intervenant dans le processus migratoire, tels que les services gouvernementaux, les ONG, les groupes communautaires et les associations religieuses, chargés de l’élaboration et de la mise en place d’orientations et de pratiques en matière de migration de travail, tireront aussi profit de la création de ces centres. Les migrants bénéficieront d’un éventail de services, soit directement auprès d’un centre à Pohnpei, soit par des informations obtenues auprès du réseau des centres de documentation aux Etats-Unis et/ou sur d’autres îles, en appelant une permanence téléphonique pour les migrants ou en consultant le site Internet des centres. En outre, par le biais de consultations et d’une communication orientées sur les services, des spécialistes formés fourniront des services intégrés et des informations permettant aux candidats à la migration, aux migrants et à ceux qui retournent au pays de décider d’émigrer en connaissance de cause au départ des Etats fédérés de Micronésie, réduisant ainsi les risques et maximisant les bénéfices de l’expérience de la migration pour les pays d’origine et d’accueil.',
      ),
    },
    status: 'completed',
    typeSlug: 'assisted-migration-services',
    coverage: 'national',
    regionSlug: 'asia-oceania',
    budgetUsd: '100000.00',
    startYear: null,
    endYear: 2024,
    fundingYear: null,
    sourceUrl: null,
    publicationState: 'published',
    countryCodes: ['FM'],
  },
  {
    code: 'PX.0220',
    primaId: 'FJ10P0514',
    sourceLanguage: 'fr',
    title: {
      en: 'Protection of and assistance to migrants in the Pacific',
      fr: 'Protection et aide aux migrants dans le Pacifique',
    },
    summary: {
      en: paragraphs(
        'In 2018, the case of 101 Bangladeshi victims of human trafficking and migrant smuggling who were found in distress in Vanuatu took the country, and the Pacific region as a whole, by surprise. It was not only the largest case in the history of Vanuatu but also the first of its kind in the region. In response, a request was made for a better understanding of migration dynamics, and of migrant protection in particular, in support of a review of legislation and policies that will facilitate the design of future programmes.',
        'This project aims to contribute to strengthening the capacity of Pacific island countries to protect migrants and to prevent trafficking in persons and migrant smuggling. Three outcomes will achieve this objective. The first will ensure that the targeted governments cooperate effectively in assessing the needs of vulnerable migrants, through national needs assessments and overall regional needs assessments. These assessments will identify the thematic areas, within the broader field of migrant protection, in which knowledge is lacking. The second outcome will use the findings of these assessments to support improvements to national legal and regulatory frameworks, by providing direct and continuous technical assistance that enables governments to incorporate international standards and best practices into migration laws and policies, and by identifying and validating targeted amendments to laws and policies. The third outcome will focus on the capacity of governments to apply evidence-based migration management policies and practices effectively, through an assessment of institutional capacities and capacity-building to develop and implement a training manual and curriculum on migrant protection in the Pacific.',
        'The total budget of the project is USD 400,000.',
      ),
      fr: paragraphs(
        'En 2018, l’affaire des 101 Bangladais victimes de la traite d’êtres humains et du trafic illicite de migrants qui se sont trouvés en détresse à Vanuatu a pris le pays, mais aussi la région du Pacifique, par surprise. Cette affaire était non seulement la plus importante de l’histoire de Vanuatu, mais aussi la première du genre dans la région. En réponse, une demande a été faite en vue de mieux comprendre la dynamique migratoire, et plus particulièrement la question de la protection des migrants, à l’appui d’une révision de la législation et des politiques, ce qui facilitera l’élaboration de programmes futurs.',
        'Ce projet a pour objectif de contribuer au renforcement des capacités permettant aux pays insulaires du Pacifique de protéger les migrants et de prévenir la traite et le trafic illicite d’êtres humains. Trois effets directs permettront d’atteindre cet objectif. Le premier consistera à veiller à ce que les gouvernements ciblés coopèrent effectivement pour évaluer les besoins des migrants vulnérables, à la faveur d’évaluations des besoins nationaux et d’évaluations générales des besoins régionaux. Ces évaluations permettront d’identifier les domaines thématiques, à l’intérieur du domaine plus large de la protection des migrants, dans lesquels les connaissances sont lacunaires. Le deuxième effet direct consistera à utiliser les conclusions de ces évaluations à l’appui d’améliorations apportées aux cadres juridiques et réglementaires nationaux, en fournissant une aide technique directe et continue permettant aux gouvernements d’intégrer les normes et les pratiques exemplaires internationales dans les lois et les politiques migratoires, ainsi qu’en identifiant et en validant certains amendements ciblés à apporter aux lois et politiques. Le troisième effet direct sera axé sur la capacité des gouvernements à appliquer avec efficacité des politiques et des pratiques de gestion des migrations fondées sur des éléments factuels, à la faveur d’une évaluation des capacités institutionnelles et d’un renforcement des capacités permettant d’élaborer et de mettre en œuvre un manuel et un programme de formation sur la protection des migrants dans le Pacifique.',
        'Le budget total du projet s’élève à 400 000 dollars E.-U.',
      ),
    },
    status: 'active',
    typeSlug: 'protection-assistance-vulnerable-migrants',
    coverage: 'regional',
    regionSlug: 'asia-oceania',
    budgetUsd: '400000.00',
    startYear: 2021,
    endYear: 2024,
    fundingYear: 2020,
    sourceUrl: null,
    publicationState: 'published',
    countryCodes: ['FJ', 'TO', 'VU'],
  },
  {
    code: 'PO.0160',
    primaId: 'CR99P0513',
    sourceLanguage: 'fr',
    title: {
      en: 'Virtual platform for coordinating the implementation of migration measures in Mesoamerica and the Dominican Republic',
      fr: 'Plateforme virtuelle de coordination de la mise en œuvre de mesures migratoires en Mésoamérique et en République dominicaine',
    },
    summary: {
      en: paragraphs(
        'Several regional migration mechanisms are active in Mesoamerica and Central America. These are inter-State consultation mechanisms on migration (ISCMs), notably the Regional Conference on Migration and the Central American Commission of Migration Directors (OCAM). Each of these mechanisms has made significant subregional commitments on various aspects of migration governance. Despite these efforts, the ISCMs and regional initiatives have not always been able to align and coordinate their activities well, which has led to inefficiencies, overlaps and a lack of communication. These challenges call for stronger dialogue, knowledge exchange and coordination among the main regional actors.',
        'With the support of several IOM Member States, as well as of the Presidency and the Secretariat of the Regional Conference on Migration, this project aims to contribute to better collaboration among the Member States of Mesoamerica and the Dominican Republic in implementing activities under mechanisms that promote and facilitate safe, orderly and regular migration in the region. These efforts will enable governments, donors and development banks to allocate institutional resources more effectively, and will contribute to better overall coordination of migration governance.',
        'The main outputs of the project will include a regional directory of key migration actors and of regional migration priorities and plans, as well as the creation of a virtual platform that fosters information exchange, learning and collaboration in the region. Although the project focuses on improving coordination among regional government officials, the virtual platform will highlight the measures agreed upon to respond effectively to the needs of migrants.',
        'The total budget of the project is USD 100,000.',
      ),
      fr: paragraphs(
        'Plusieurs mécanismes régionaux sur la migration sont actifs en Mésoamérique et en Amérique centrale. Il s’agit de mécanismes consultatifs interétatiques sur la migration (MCIM), notamment la Conférence régionale sur la migration et la Commission centraméricaine des directeurs de la migration (OCAM). Chacun de ces mécanismes a pris d’importants engagements sous-régionaux sur divers aspects de la gouvernance des migrations. Malgré les efforts fournis, ces MCIM et initiatives régionales n’ont pas toujours été en mesure de bien aligner et coordonner leurs activités, ce qui a donné lieu à des inefficacités, à des chevauchements et à un manque de communication. Ces défis appellent un dialogue renforcé, un échange de connaissances et une coordination entre les principaux acteurs régionaux.',
        'Avec l’appui de plusieurs États Membres de l’OIM, ainsi que de la Présidence et du Secrétariat de la Conférence régionale sur la migration, ce projet entend contribuer à une meilleure collaboration entre les États Membres de la Mésoamérique et la République dominicaine pour la mise en œuvre d’activités au titre de mécanismes visant à promouvoir et à faciliter des migrations sûres, ordonnées et régulières dans la région. Ces efforts permettront aux Gouvernements, aux donateurs et aux banques de développement d’affecter des ressources institutionnelles plus efficacement, et contribueront à une meilleure coordination générale en matière de gouvernance des migrations.',
        'Les principaux produits de ce projet comprendront un répertoire régional des acteurs clés de la migration et des priorités et plans régionaux en la matière, ainsi que la création d’une plateforme virtuelle favorisant l’échange d’informations, l’apprentissage et la collaboration dans la région. Bien que le projet soit axé sur l’amélioration de la coordination entre les fonctionnaires gouvernementaux régionaux, la plateforme virtuelle mettra en relief les mesures convenues pour bien répondre aux besoins des migrants.',
        'Le budget total du projet s’élève à 100 000 dollars E.-U.',
      ),
    },
    status: 'completed',
    typeSlug: 'migration-policy-activities',
    coverage: 'regional',
    regionSlug: 'latin-america-caribbean',
    budgetUsd: '100000.00',
    startYear: 2020,
    endYear: 2021,
    fundingYear: 2020,
    sourceUrl: null,
    publicationState: 'published',
    countryCodes: ['BZ', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI'],
  },
];

/** FM.0283, PX.0220 and PO.0160, published, in English, French and Spanish. */
export const SEED_PROJECTS: readonly SeedProject[] = DOCUMENTED.map(withProjectTranslations);
