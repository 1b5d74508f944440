// Adds the third content language to the seed records: Spanish texts, and the three-language operators and partners
// of the centres, from lib/seed/translations.ts (by slug and by code; a record without its entry is an error).
import { CENTRE_TRANSLATIONS, PROJECT_TRANSLATIONS } from './translations';
import type { DocumentedCentre, DocumentedProject, SeedCentre, SeedProject } from './types';

/** A seed project with its Spanish title and summary. */
export function withProjectTranslations(project: DocumentedProject): SeedProject {
  const es = PROJECT_TRANSLATIONS[project.code];
  if (!es) throw new Error(`translations.ts has no Spanish text for project ${project.code}`);
  return { ...project, title: { ...project.title, es: es.title }, summary: { ...project.summary, es: es.summary } };
}

/** A seed centre with its Spanish name and description, and its operator and partners in every language. */
export function withCentreTranslations(centre: DocumentedCentre): SeedCentre {
  const t = CENTRE_TRANSLATIONS[centre.slug];
  if (!t) throw new Error(`translations.ts has no Spanish text for centre ${centre.slug}`);
  return {
    ...centre,
    name: { ...centre.name, es: t.name },
    description: { ...centre.description, es: t.description },
    operator: t.operator ?? {},
    partners: t.partners ?? {},
  };
}
