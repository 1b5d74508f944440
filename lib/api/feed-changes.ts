import { createTranslator } from 'next-intl';
import { columnOf } from '@/lib/content/display';
import type { ContentModel, Field } from '@/lib/content/field';
import type { FeedEvent } from '@/lib/data/feeds';
import type { NamesByKey } from '@/lib/data/reference-names';
import { listDelta, type FieldChange, type SnapshotValue } from '@/lib/domain/diff';
import { formatDate, formatUsd } from '@/lib/format';
import { CATALOGUES } from '@/lib/i18n/catalogues';
import { nameIn, type AppLocale } from '@/lib/i18n/routing';

// What a feed entry says about a record's latest public change, in the feed's language: each changed field by its
// label in the staff form (`adminForm.fields`, "Title (English)"), values as the public pages write them (amounts in
// the language's currency format, choices by their labels, references by their names, dates in words). Long texts
// are only said to be revised. Pure: the names of references come with the feed (lib/data/feeds.ts).

/** Lines an entry shows at most; the rest are counted. */
const MAX_LINES = 12;
/** Characters of a one-line text value shown before an ellipsis. */
const MAX_TEXT = 160;

const shorten = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

/** A stored value as the public reads it in `lang`; '' for nothing. */
function valueText(field: Field, value: SnapshotValue, lang: AppLocale, names: NamesByKey): string {
  if (value === null || value === '') return '';
  const one = String(value);
  const nameOf = (k: string) => (Object.hasOwn(names, k) && names[k] ? nameIn(names[k], lang) : k);
  switch (field.type) {
    case 'money':
      return formatUsd(one, lang);
    case 'date':
      return formatDate(one, lang);
    case 'choice':
      return (CATALOGUES[lang][field.labels] as Record<string, string | undefined>)[one] ?? one;
    case 'ref':
    case 'links':
      return Array.isArray(value) ? value.map(nameOf).join(', ') : nameOf(one);
    case 'coordinate':
      return String(Number(one));
    default:
      return shorten(Array.isArray(value) ? value.join(', ') : one);
  }
}

type Translate = ReturnType<typeof feedTranslator>;
const feedTranslator = (lang: AppLocale) =>
  createTranslator({ locale: lang, messages: CATALOGUES[lang], namespace: 'feeds' });

/** The lines saying what one field change was. */
function changeLines(
  model: ContentModel,
  change: FieldChange,
  lang: AppLocale,
  names: Record<string, NamesByKey>,
  t: Translate,
): string[] {
  const column = columnOf(model, change.field);
  if (!column) return [];
  const labels = CATALOGUES[lang].adminForm.fields as Record<string, string | undefined>;
  const field = labels[change.field] ?? change.field;
  const own = Object.hasOwn(names, column.name) ? (names[column.name] ?? {}) : {};
  const text = (v: SnapshotValue) => valueText(column.field, v, lang, own);
  if (column.field.type === 'links') {
    const { added, removed } = listDelta(change.before, change.after);
    return [
      ...(added.length ? [t('added', { field, items: text(added) })] : []),
      ...(removed.length ? [t('removed', { field, items: text(removed) })] : []),
    ];
  }
  if (column.field.type === 'text' && column.field.multiline) return [t('textRevised', { field })];
  const [before, after] = [text(change.before), text(change.after)];
  if (before === '') return [t('set', { field, after })];
  if (after === '') return [t('cleared', { field, before })];
  return [t('changed', { field, before, after })];
}

/** What a record's latest public change was, as lines of text in `lang`. */
export function describeEvent(
  model: ContentModel,
  event: FeedEvent,
  names: Record<string, NamesByKey>,
  lang: AppLocale,
): string[] {
  const t = feedTranslator(lang);
  switch (event.kind) {
    case 'published':
      return [t('published')];
    case 'listed':
      return [t('listed')];
    case 'verified':
      return [t('verified', { date: formatDate(event.on, lang) })];
    case 'changed': {
      const lines = event.changes.flatMap((c) => changeLines(model, c, lang, names, t));
      if (lines.length <= MAX_LINES) return lines;
      return [...lines.slice(0, MAX_LINES - 1), t('more', { count: lines.length - MAX_LINES + 1 })];
    }
  }
}
