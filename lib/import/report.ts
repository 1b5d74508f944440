// Human-readable report of a page import, in French or English, from the message catalogues.
import { createTranslator } from 'use-intl/core';
import { languageName } from '@/lib/format';
import { CATALOGUES } from '@/lib/i18n/catalogues';
import { localisedName, routing, type AppLocale } from '@/lib/i18n/routing';
import type { FieldErrors } from '@/lib/validation/form-errors';
import type { ImportField, ImportProblem, PageImport, UnknownLabel } from './project-page';

/** A translator of the `pageImport` messages for command-line output. */
export function importTranslator(locale: AppLocale) {
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'pageImport' });
}

/** One line per problem: "Budget (USD): “abc” could not be read." */
function describeProblems(problems: readonly ImportProblem[], locale: AppLocale): string[] {
  const t = importTranslator(locale);
  return problems.map((p) => t(`problems.${p.code}`, { field: t(`fields.${p.field}`), value: p.value ?? '' }));
}

// Form field names as the page import names them.
const IMPORT_FIELD: Record<string, ImportField> = {
  ...Object.fromEntries(
    routing.locales.flatMap((l) => [
      [localisedName('title', l), 'title'],
      [localisedName('summary', l), 'summary'],
    ]),
  ),
  countries: 'beneficiaryCountries',
};

/** One line per field the staff form's schema refuses ("Description: At most 20000 characters."), then a summary. */
export function describeFieldErrors(fieldErrors: FieldErrors, locale: AppLocale): string[] {
  const t = importTranslator(locale);
  const tv = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'validation' });
  const lines = Object.entries(fieldErrors).flatMap(([name, errors]) => {
    const field = IMPORT_FIELD[name] ?? name;
    const label = t.has(`fields.${field as ImportField}`) ? t(`fields.${field as ImportField}`) : name;
    return errors.map((e) => t('fieldError', { field: label, message: tv(e.key, e.values) }));
  });
  return [...lines, t('notValid', { count: Object.keys(fieldErrors).length })];
}

const SHOWN: ImportField[] = [
  'code',
  'primaId',
  'title',
  'status',
  'type',
  'coverage',
  'region',
  'budgetUsd',
  'startYear',
  'endYear',
  'fundingYear',
  'beneficiaryCountries',
  'summary',
];

/**
 * The labels of no known field and their values, which were not imported: a sentence, then one line each
 * ("Donor: “IOM Development Fund”"); nothing when there are none.
 */
export function describeUnknownLabels(labels: readonly UnknownLabel[], locale: AppLocale): string[] {
  if (labels.length === 0) return [];
  const t = importTranslator(locale);
  return [
    t('unknownLabels', { count: labels.length }),
    ...labels.map(({ label, value }) => (value === '' ? label : t('unknownLabel', { label, value }))),
  ];
}

/** The parsed record as labelled lines, the labels of no known field, then the problems or "every field was read". */
export function formatImport(result: PageImport, locale: AppLocale): string {
  const t = importTranslator(locale);
  const p = result.project;
  const value = (field: ImportField): string => {
    if (field === 'title' || field === 'summary') {
      const text = p[field][result.language] ?? '—';
      return field === 'summary' && text.length > 120 ? `${text.slice(0, 117)}…` : text;
    }
    const v = p[field];
    return Array.isArray(v) ? v.join(', ') || '—' : v === null ? '—' : String(v);
  };
  const lines = [t('language', { language: languageName(result.language, locale) }), ''];
  for (const field of SHOWN) lines.push(`${t(`fields.${field}`)}: ${value(field)}`);
  lines.push('');
  const unknown = describeUnknownLabels(result.unknownLabels, locale);
  if (unknown.length > 0) lines.push(...unknown, '');
  if (result.problems.length === 0) lines.push(t('complete'));
  else lines.push(...describeProblems(result.problems, locale), t('incomplete', { count: result.problems.length }));
  return lines.join('\n');
}
