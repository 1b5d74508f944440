// The page importer's labels come from the project content model (lib/content/project.ts `pageLabels`): the one
// place to add a wording met on a page. Matching (./page-fields.ts) tolerates case, accents, punctuation,
// singular/plural, "(s)", small words ("of", "du"…) and a few extra words around a label ("Total budget (USD)",
// "Date de fin prévue"), so list wordings, not their spellings. A label written the same in both languages
// ("Budget") tells no language.
import type { Field, FieldLabels } from '@/lib/content/field';
import { projectModel } from '@/lib/content/project';
import type { ImportField } from './imported-project';

type Fields = typeof projectModel.fields;
/** The API names of the model's fields that declare page labels. */
type Labelled = {
  [K in keyof Fields]: Fields[K] extends { pageLabels: FieldLabels; json: infer J } ? J : never;
}[keyof Fields];
// `_everyFieldLabelled` only type-checks when every field the page importer reads declares its labels in the model.
function labelsByApiName(_everyFieldLabelled: [ImportField] extends [Labelled] ? true : never) {
  const fields: Field[] = Object.values(projectModel.fields);
  const entries = fields.flatMap((f) => (f.pageLabels && f.json ? [[f.json, f.pageLabels]] : []));
  return Object.fromEntries(entries) as Record<ImportField, FieldLabels>;
}

/** Each importable field's page labels, by its API name, as the content model declares them. */
export const PROJECT_LABELS = labelsByApiName(true);
