import 'server-only';
import { randomUUID } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import type { CsvRowView, CsvState, PreviewState } from '@/lib/actions/import-state';
import type { CsvApplyResult, PagePreview } from '@/lib/data/admin-project-import';
import type { CsvPlan } from '@/lib/import/csv-plan';
import type { AppLocale } from '@/lib/i18n/routing';
import type { FormValues } from '@/lib/actions/form-state';
import { localisedName, type Field } from '@/lib/content/field';
import { projectModel } from '@/lib/content/project';
import { describeUnknownLabels } from '@/lib/import/report';

// Turns import results into the localised text the import forms show.
function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v);
}

async function fieldNamer(locale: AppLocale) {
  const f = await getTranslations({ locale, namespace: 'adminForm.fields' });
  const p = await getTranslations({ locale, namespace: 'pageImport.fields' });
  return (field: string) =>
    f.has(field as 'code') ? f(field as 'code') : p.has(field as 'code') ? p(field as 'code') : field;
}

/**
 * The preview state of a parsed page: form values, problems in the interface language, differences with the stored
 * record.
 */
export async function previewOutcome(locale: AppLocale, preview: PagePreview): Promise<Omit<PreviewState, 'text'>> {
  const t = await getTranslations({ locale, namespace: 'pageImport' });
  const project = preview.project;
  const p = project as Record<string, unknown>;
  // The form values of what the page carries: each field the importer reads (lib/content/project.ts `pageLabels`),
  // texts in the page's language; over the stored record's values when the code is known (nothing else is lost).
  const values: FormValues = { ...(preview.stored?.values ?? {}) };
  const fields: [string, Field][] = Object.entries(projectModel.fields);
  for (const [name, field] of fields) {
    if (!field.pageLabels || !field.json) continue;
    const v = p[field.json];
    if (field.type === 'text' && field.translated) {
      values[localisedName(name, preview.language)] = (v as Record<string, string | null>)[preview.language] ?? '';
    } else values[name] = Array.isArray(v) ? v.map(String) : show(v);
  }
  const name = await fieldNamer(locale);
  return {
    nonce: randomUUID(),
    language: t('language', { language: preview.language }),
    problems: preview.problems.map((x) => ({
      field: x.field,
      message: t(`problems.${x.code}`, { field: t(`fields.${x.field}`), value: x.value ?? '' }),
    })),
    unknownLabels: describeUnknownLabels(preview.unknownLabels, locale),
    values,
    stored:
      preview.stored && project.code
        ? {
            code: project.code,
            version: preview.stored.version,
            changes: preview.stored.changes.map((c) => ({
              field: name(c.field),
              before: show(c.before),
              after: show(c.after),
            })),
          }
        : null,
  };
}

type CsvInput =
  | { kind: 'noFile' }
  | { kind: 'dryRun'; text: string; plan: CsvPlan }
  | { kind: 'applied'; text: string; result: CsvApplyResult };

/** The CSV page state: row-by-row outcome with localised reasons, the summary and whether "Apply" may be offered. */
export async function csvOutcome(locale: AppLocale, input: CsvInput): Promise<CsvState> {
  const t = await getTranslations({ locale, namespace: 'adminImport.csv' });
  if (input.kind === 'noFile') return { rows: [], error: t('errors.noFile') };
  const plan = input.kind === 'dryRun' ? input.plan : input.result.plan;
  if (!plan.ok) return { rows: [], error: t(`errors.${plan.error}`) };
  const name = await fieldNamer(locale);
  const rows: CsvRowView[] = plan.rows.map((r) => ({
    line: r.line,
    code: r.code ?? '',
    kind: r.kind,
    outcome: t(`kinds.${r.kind}`),
    details:
      r.kind === 'reject'
        ? r.problems.map((x) => t(`reasons.${x.reason}`, { field: name(x.field), value: x.value ?? '' }))
        : r.kind === 'update'
          ? [t('changed', { fields: r.changes.map(name).join(', ') })]
          : [],
  }));
  const count = (k: CsvRowView['kind']) => rows.filter((r) => r.kind === k).length;
  const summary = t('summary', {
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    rejected: count('reject'),
  });
  if (input.kind === 'applied') {
    const r = input.result;
    if (r.ok) return { rows, summary, notice: t('applied', { created: r.created, updated: r.updated }) };
    return {
      rows,
      summary,
      text: input.text,
      error: r.failedLine ? t('errors.failedLine', { line: r.failedLine }) : t('errors.hasRejections'),
    };
  }
  return {
    rows,
    summary,
    text: input.text,
    canApply: count('reject') === 0,
    error: count('reject') > 0 ? t('errors.hasRejections') : undefined,
  };
}
