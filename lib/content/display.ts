import { CONTENT_LOCALES, columnsOf, type ChoiceLabels, type ContentModel, type Field } from '@/lib/content/field';
import type { SnapshotValue } from '@/lib/domain/diff';
import type { AppLocale } from '@/lib/i18n/routing';

// Stored values as staff read them: choices, publication states and references by their names in the interface
// language instead of the codes a snapshot holds (history diffs, conflicts). Pure: the names come in as tables
// (lib/admin/record-labels.ts loads them), so the labelling is the same wherever a value is shown.

/** A stored name of a model (a snapshot key): its field, and the language of a translated text. */
export type Column = { name: string; field: Field; lang?: AppLocale };

/** Names of stored codes in one language. */
export type DisplayTables = {
  /** Reference names by field name, then stored key (countries: ML → Mali). */
  names: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Choice labels by message namespace, then value. */
  choices: ReadonlyMap<ChoiceLabels, ReadonlyMap<string, string>>;
  /** Publication states by value. */
  states: ReadonlyMap<string, string>;
};

/** The field behind a stored name (`titleFr` → title, French), or undefined for a name the model does not have. */
export function columnOf(model: ContentModel, column: string): Column | undefined {
  for (const [name, field] of Object.entries<Field>(model.fields)) {
    const columns = columnsOf(name, field);
    const i = columns.indexOf(column);
    if (i >= 0) return { name, field, lang: columns.length > 1 ? CONTENT_LOCALES[i] : undefined };
  }
  return undefined;
}

/** One reference choice as the staff data layer lists it (a key and its names). */
type NamedChoice = { value: string; names: Partial<Record<AppLocale, string | null>> };

/** Reference names in `locale` (the other language when missing) by field name and key. Projects are left out:
 * they stay shown by their codes, which staff know them by. */
export function referenceNames(
  model: ContentModel,
  choices: Readonly<Record<string, readonly NamedChoice[]>>,
  locale: AppLocale,
): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [name, field] of Object.entries<Field>(model.fields)) {
    if ((field.type !== 'ref' && field.type !== 'links') || field.target === 'project') continue;
    const list = Object.hasOwn(choices, name) ? (choices[name] ?? []) : [];
    const names = new Map<string, string>();
    for (const c of list) {
      const label = c.names[locale] ?? CONTENT_LOCALES.map((l) => c.names[l]).find(Boolean);
      if (label) names.set(c.value, label);
    }
    out.set(name, names);
  }
  return out;
}

const text = (v: SnapshotValue): string => (v === null || v === '' ? '' : Array.isArray(v) ? v.join(', ') : String(v));

/** A stored value of `column` as staff read it: choices and states labelled, references named (an unknown key, e.g.
 * a country removed since, stays as stored), everything else as stored; '' for nothing. */
export function displayValue(model: ContentModel, column: string, value: SnapshotValue, tables: DisplayTables): string {
  if (column === 'publicationState' && typeof value === 'string') return tables.states.get(value) ?? value;
  const c = columnOf(model, column);
  if (!c || value === null) return text(value);
  const { field } = c;
  if (field.type === 'choice' && typeof value === 'string')
    return tables.choices.get(field.labels)?.get(value) ?? value;
  if (field.type === 'ref' || field.type === 'links') {
    const names = tables.names.get(c.name);
    const name = (k: string) => names?.get(k) ?? k;
    return Array.isArray(value) ? value.map(name).join(', ') : name(String(value));
  }
  return text(value);
}
