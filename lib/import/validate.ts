// An imported project checked with the staff form's schema before anything is written: the command line and any
// other write path refuse what the form would refuse (a 5 MB description, a control character, a 600-character title).
import { localisedName, type AppLocale } from '@/lib/i18n/routing';
import type { FieldErrors } from '@/lib/validation/form-errors';
import type { FormObject } from '@/lib/validation/form-data';
import { parseProjectCreate, parseProjectUpdate, type ProjectInput } from '@/lib/validation/project';
import type { ImportedProject } from './project-page';

const text = (v: number | string | null) => (v === null ? '' : String(v));

/** The form values the page gives (texts in its language only), over a stored record's values when there is one. */
function importFormValues(page: ImportedProject, language: AppLocale, stored: FormObject = {}): FormObject {
  return {
    ...stored,
    code: text(page.code),
    primaId: text(page.primaId),
    [localisedName('title', language)]: text(page.title[language]),
    [localisedName('summary', language)]: text(page.summary[language]),
    status: text(page.status),
    coverage: text(page.coverage),
    type: text(page.type),
    region: text(page.region),
    budgetUsd: text(page.budgetUsd),
    startYear: text(page.startYear),
    endYear: text(page.endYear),
    fundingYear: text(page.fundingYear),
    countries: page.beneficiaryCountries,
  };
}

export type ImportCheck = { ok: true; data: ProjectInput } | { ok: false; fieldErrors: FieldErrors };

/** Validates a new record (or, with `stored` and its version, an update) as the staff form does. */
export function checkImportedProject(
  page: ImportedProject,
  language: AppLocale,
  stored?: { values: FormObject; version: number },
): ImportCheck {
  if (!stored) return parseProjectCreate({ ...importFormValues(page, language), intent: 'draft' });
  const r = parseProjectUpdate({ ...importFormValues(page, language, stored.values), version: String(stored.version) });
  if (!r.ok) return r;
  const { version: _version, ...data } = r.data;
  return { ok: true, data };
}
