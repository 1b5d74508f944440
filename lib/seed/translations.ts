// The third content language of the seed: the Spanish name, description, title and summary of each seeded record
// (centres.ts, centres-philippines.ts, projects.ts), and each centre's operator and partners in all three languages.
// Translated from the English and French of those files and the seed documents; nothing added to their facts.

// One text from pieces cut to keep lines short, joined with a space.
const text = (...pieces: string[]) => pieces.join(' ');
// Paragraphs separated as in projects.ts (a blank line).
const paragraphs = (...lines: string[]) => lines.join('\n\n');

/** A seeded centre's Spanish name and description, and its operator and partners in all three languages. */
export type CentreTranslations = {
  name: string;
  description: string;
  operator: { en: string; fr: string; es: string } | null;
  partners: { en: string; fr: string; es: string } | null;
};

// Salvadoran bodies: their official Spanish names, translated in English and French with the Spanish acronym.
const PDDH = {
  en: 'Office of the Human Rights Ombudsman (PDDH)',
  fr: 'Procureur pour la défense des droits de l’homme (PDDH)',
  es: 'Procuraduría para la Defensa de los Derechos Humanos (PDDH)',
};
const WINDOW_PARTNERS = {
  en: 'IOM (OIM); Ministry of Foreign Affairs (MRREE); Municipality of La Unión',
  fr: 'OIM\u202f; Ministère des affaires étrangères (MRREE)\u202f; Mairie de La Unión',
  es: 'OIM; Ministerio de Relaciones Exteriores; Alcaldía Municipal de La Unión',
};

// The one-stop migrant resource centres of the Philippines, as centres-philippines.ts lists them.
type Province = { slug: string; name: string; ofFr: string; noteEs?: string };
const PROVINCES: Province[] = [
  { slug: 'masbate', name: 'Masbate', ofFr: 'de Masbate' },
  { slug: 'antique', name: 'Antique', ofFr: 'd’Antique' },
  {
    slug: 'maguindanao',
    name: 'Maguindanao',
    ofFr: 'de Maguindanao',
    noteEs: 'En 2022, la provincia de Maguindanao se dividió en Maguindanao del Norte y Maguindanao del Sur.',
  },
  { slug: 'agusan-del-sur', name: 'Agusan del Sur', ofFr: 'd’Agusan del Sur' },
];

const philippineCentre = (p: Province): CentreTranslations => ({
  name: `Centro Integral de Recursos para Migrantes de ${p.name}`,
  description: text(
    `Centro integral de recursos para migrantes (OSRC, por sus siglas en inglés) de la provincia de ${p.name},`,
    'establecido por la OIM en el marco del Programa Conjunto de las Naciones Unidas sobre Juventud, Empleo y',
    'Migración (Objetivos de Desarrollo del Milenio) y dirigido por las autoridades provinciales.',
    'Como centro en el que colaboran múltiples socios, también ofrece a organismos como la Administración',
    'Filipina de Empleo en el Extranjero un espacio para oficinas locales, más cercanas a la población de las',
    'zonas remotas; las organizaciones de la sociedad civil de migrantes y las asociaciones de familias de',
    'migrantes participan en la prestación de servicios y de capacitación.',
    'Asesora a las personas migrantes, a sus familias y en particular a los jóvenes sobre la migración legal y',
    'ordenada, las oportunidades locales de reintegración, el ahorro, la inversión y el emprendimiento, y ofrece',
    'capacitación en educación financiera, así como gestión de casos y servicios jurídicos y psicosociales.',
    ...(p.noteEs ? [p.noteEs] : []),
  ),
  operator: {
    en: `Provincial Government of ${p.name}`,
    fr: `Gouvernement provincial ${p.ofFr}`,
    es: `Gobierno Provincial de ${p.name}`,
  },
  partners: {
    en: text(
      'IOM; Philippine Overseas Employment Administration (POEA);',
      'migrant civil society organisations and migrant family associations',
    ),
    fr: text(
      'OIM\u202f; Agence de l’emploi des Philippins à l’étranger (POEA)\u202f;',
      'organisations de la société civile migrante et associations de familles de migrants',
    ),
    es: text(
      'OIM; Administración Filipina de Empleo en el Extranjero (POEA);',
      'organizaciones de la sociedad civil de migrantes y asociaciones de familias de migrantes',
    ),
  },
});

/** Spanish text, operator and partners of every seeded centre, keyed by slug (the Salvadoran offices first). */
export const CENTRE_TRANSLATIONS: Record<string, CentreTranslations> = {
  'la-union-window-office': {
    name: 'Ventanilla de información para personas migrantes, La Unión',
    description: text(
      'La primera ventanilla de información de El Salvador para potenciales migrantes y personas migrantes',
      'retornadas, inaugurada en 2016 en La Unión, en el oriente del país, a unos 150 km de San Salvador: uno de',
      'los departamentos más afectados por la movilidad humana (en 2015, según la Dirección General de Migración',
      'y Extranjería, más de 3700 migrantes retornaron a La Unión, 556 de ellos niñas, niños y adolescentes).',
      'Orienta a las personas migrantes sobre sus derechos fundamentales y sobre los servicios que pueden obtener',
      'de las instituciones gubernamentales, y brinda información sobre el retorno voluntario asistido con la OIM.',
      'También capacita al personal de instituciones gubernamentales y a representantes de la sociedad civil y de',
      'centros educativos sobre los derechos de las personas migrantes, los servicios disponibles para ellas en',
      'el ámbito municipal, los riesgos de la migración irregular y la protección de las personas en situación de',
      'vulnerabilidad. La OIM la instaló junto con la Procuraduría para la Defensa de los Derechos Humanos (PDDH),',
      'el Ministerio de Relaciones Exteriores y la Alcaldía Municipal de La Unión, con financiamiento de la',
      'Oficina de Población, Refugiados y Migración (PRM) del Departamento de Estado de los Estados Unidos; la OIM',
      'aportó el equipamiento y la PDDH asigna el personal que la atiende.',
    ),
    operator: PDDH,
    partners: WINDOW_PARTNERS,
  },
  'la-hachadura-window-office': {
    name: 'Ventanilla de información para personas migrantes, puesto fronterizo de La Hachadura',
    description: text(
      'Una segunda ventanilla de información para personas migrantes, prevista en el puesto fronterizo de',
      'La Hachadura, en la frontera con Guatemala, siguiendo el modelo de la inaugurada en La Unión en 2016:',
      'información sobre los derechos, sobre los servicios disponibles y sobre el retorno voluntario asistido con',
      'la OIM, y capacitación para funcionarios públicos y para la sociedad civil. Ya existen oficinas similares',
      'en México y en Guatemala.',
    ),
    // As in centres.ts: the source announces the office without saying who will staff it.
    operator: null,
    partners: { en: 'IOM (OIM)', fr: 'OIM', es: 'OIM' },
  },
  'pohnpei-migrant-resource-centre': {
    name: 'Centro de Recursos para Migrantes de Pohnpei',
    description: text(
      'Centro de recursos para migrantes en Pohnpei, creado en el marco del proyecto FM.0283 de la OIM para',
      'promover la migración segura desde los Estados Federados de Micronesia y la integración de los migrantes',
      'micronesios en los Estados Unidos. Junto con sus socios gubernamentales, la OIM brinda orientación previa',
      'a la partida, sensibiliza sobre los riesgos de la trata de personas y remite a las personas migrantes a los',
      'servicios existentes en las comunidades de acogida. El centro forma parte de una red de centros de recursos',
      'en los Estados Unidos y en otras islas, a la que se puede acceder mediante una línea telefónica de',
      'asistencia para migrantes.',
    ),
    operator: {
      en: 'IOM, with government partners of the Federated States of Micronesia',
      fr: 'OIM, avec des partenaires gouvernementaux des États fédérés de Micronésie',
      es: 'OIM, con socios gubernamentales de los Estados Federados de Micronesia',
    },
    partners: {
      en: text(
        'Government services, NGOs, community groups and faith-based associations',
        'of the Federated States of Micronesia',
      ),
      fr: text(
        'Services gouvernementaux, ONG, groupes communautaires et associations religieuses',
        'des États fédérés de Micronésie',
      ),
      es: text(
        'Servicios gubernamentales, ONG, grupos comunitarios y asociaciones religiosas',
        'de los Estados Federados de Micronesia',
      ),
    },
  },
  ...Object.fromEntries(PROVINCES.map((p) => [`${p.slug}-one-stop-migrant-resource-centre`, philippineCentre(p)])),
};

/** Spanish title and summary of the three seeded projects, keyed by code (summaries in projects.ts paragraphs). */
export const PROJECT_TRANSLATIONS: Record<string, { title: string; summary: string }> = {
  'FM.0283': {
    title: text(
      'Promoción de la migración segura y la integración mediante la creación de un centro de recursos',
      'para migrantes en Micronesia',
    ),
    summary: paragraphs(
      text(
        'Este proyecto tiene por objeto facilitar la integración de nacionales micronesios en los Estados Unidos,',
        'así como su migración segura, mediante la creación de centros de recursos para migrantes. A través de estos',
        'centros, la OIM y sus socios gubernamentales en los Estados Federados de Micronesia podrán brindar',
        'orientación previa a la partida y sensibilizar sobre los riesgos de la trata de personas, al tiempo que',
        'establecen vínculos con los servicios existentes en las comunidades de acogida.',
      ),
      text(
        'Los organismos que intervienen en el proceso migratorio, como los servicios gubernamentales, las ONG, los',
        'grupos comunitarios y las asociaciones religiosas encargados de elaborar y aplicar orientaciones y',
        'prácticas en materia de migración laboral, también se beneficiarán de los centros. Las personas migrantes',
        'tendrán acceso a una serie de servicios, ya sea directamente en un centro en Pohnpei o mediante la',
        'información obtenida de la red de centros de recursos en los Estados Unidos o en otras islas, llamando a',
        'una línea telefónica de asistencia para migrantes o visitando el sitio web de los centros. Además, mediante',
        'un asesoramiento y una comunicación orientados a los servicios, especialistas capacitados prestarán',
        'servicios integrados y brindarán información que permita a los potenciales migrantes, a los migrantes y a',
        'las personas retornadas tomar decisiones informadas sobre la emigración desde los Estados Federados de',
        'Micronesia, lo que reducirá los riesgos y maximizará los beneficios de la experiencia migratoria para los',
        'países de origen y de destino.',
      ),
    ),
  },
  'PX.0220': {
    title: 'Protección y asistencia a migrantes en el Pacífico',
    summary: paragraphs(
      text(
        'En 2018, el caso de 101 víctimas bangladesíes de trata de personas y de tráfico ilícito de migrantes que',
        'fueron halladas en situación de peligro en Vanuatu tomó por sorpresa al país y a toda la región del',
        'Pacífico. No solo fue el caso de mayor magnitud en la historia de Vanuatu, sino también el primero de su',
        'tipo en la región. En respuesta, se solicitó comprender mejor la dinámica migratoria, y en particular la',
        'protección de los migrantes, en apoyo de una revisión de la legislación y de las políticas que facilitará',
        'el diseño de futuros programas.',
      ),
      text(
        'Este proyecto tiene por objeto contribuir a fortalecer la capacidad de los países insulares del Pacífico',
        'para proteger a las personas migrantes y prevenir la trata de personas y el tráfico ilícito de migrantes.',
        'Tres resultados permitirán alcanzar este objetivo. El primero garantizará que los gobiernos destinatarios',
        'cooperen eficazmente en la evaluación de las necesidades de los migrantes vulnerables, mediante',
        'evaluaciones nacionales de necesidades y evaluaciones regionales generales de necesidades. Estas',
        'evaluaciones permitirán determinar las esferas temáticas, dentro del ámbito más amplio de la protección de',
        'los migrantes, en las que faltan conocimientos. El segundo resultado aprovechará las conclusiones de estas',
        'evaluaciones para apoyar la mejora de los marcos jurídicos y reglamentarios nacionales, mediante una',
        'asistencia técnica directa y continua que permita a los gobiernos incorporar las normas y las mejores',
        'prácticas internacionales en las leyes y políticas migratorias, así como mediante la determinación y la',
        'validación de enmiendas específicas a las leyes y políticas. El tercer resultado se centrará en la',
        'capacidad de los gobiernos para aplicar eficazmente políticas y prácticas de gestión de la migración',
        'basadas en datos empíricos, mediante una evaluación de las capacidades institucionales y el fortalecimiento',
        'de capacidades para elaborar y poner en práctica un manual y un programa de formación sobre la protección',
        'de los migrantes en el Pacífico.',
      ),
      'El presupuesto total del proyecto asciende a 400\u00a0000 dólares de los Estados Unidos.',
    ),
  },
  'PO.0160': {
    title: text(
      'Plataforma virtual de coordinación para la aplicación de medidas migratorias en Mesoamérica',
      'y la República Dominicana',
    ),
    summary: paragraphs(
      text(
        'En Mesoamérica y Centroamérica funcionan varios mecanismos regionales sobre migración. Se trata de',
        'mecanismos consultivos interestatales sobre migración (MCIM), en particular la Conferencia Regional sobre',
        'Migración y la Comisión Centroamericana de Directores de Migración (OCAM). Cada uno de estos mecanismos ha',
        'asumido importantes compromisos subregionales sobre diversos aspectos de la gobernanza de la migración.',
        'Pese a estos esfuerzos, los MCIM y las iniciativas regionales no siempre han logrado alinear y coordinar',
        'bien sus actividades, lo que ha dado lugar a ineficiencias, duplicaciones y falta de comunicación. Estos',
        'desafíos exigen un diálogo más sólido, el intercambio de conocimientos y la coordinación entre los',
        'principales actores regionales.',
      ),
      text(
        'Con el apoyo de varios Estados Miembros de la OIM, así como de la Presidencia y la Secretaría de la',
        'Conferencia Regional sobre Migración, este proyecto busca contribuir a una mejor colaboración entre los',
        'Estados Miembros de Mesoamérica y la República Dominicana en la ejecución de actividades en el marco de',
        'mecanismos que promueven y facilitan una migración segura, ordenada y regular en la región. Estos',
        'esfuerzos permitirán a los gobiernos, los donantes y los bancos de desarrollo asignar los recursos',
        'institucionales de manera más eficaz, y contribuirán a una mejor coordinación general de la gobernanza de',
        'la migración.',
      ),
      text(
        'Entre los principales productos del proyecto figurarán un directorio regional de los actores clave de la',
        'migración y de las prioridades y planes regionales en la materia, así como la creación de una plataforma',
        'virtual que fomente el intercambio de información, el aprendizaje y la colaboración en la región. Aunque el',
        'proyecto se centra en mejorar la coordinación entre los funcionarios gubernamentales de la región, la',
        'plataforma virtual destacará las medidas acordadas para responder eficazmente a las necesidades de los',
        'migrantes.',
      ),
      'El presupuesto total del proyecto asciende a 100\u00a0000 dólares de los Estados Unidos.',
    ),
  },
};
