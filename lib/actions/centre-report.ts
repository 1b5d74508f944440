'use server';
import { formOf } from '@/lib/actions/form-state';
import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { localiseFieldErrors } from '@/lib/actions/content-form';
import { clientIpFrom } from '@/lib/audit/client-ip';
import { checkRole, originRefused } from '@/lib/auth/session';
import { createCentreReport, decideReport } from '@/lib/data/centre-reports';
import { localeOr } from '@/lib/i18n/routing';
import { redirect } from '@/lib/i18n/navigation';
import {
  centreReportSchema,
  CONTACT_MAX,
  CORRECTED_FIELDS,
  CORRECTION_MAX,
  type CorrectedField,
  isReportField,
  REPORT_FIELDS,
  reportDecisionSchema,
} from '@/lib/validation/centre-report';

// The public "report wrong information" action (no account: Origin, honeypot and database rate limits) and the
// staff decision on a report (editor role).

/** What was typed, given back to the form when a report is refused. */
type ReportValues = { fields: string[]; correction: string; contact: string };
export type ReportState =
  | { ok: true; message?: string }
  | {
      ok: false;
      fieldErrors?: Partial<Record<keyof ReportValues, string>>;
      formError?: string;
      values?: ReportValues;
    };

/** The name of the hidden field people leave empty (a bot filling every field fills it). */
const HONEYPOT = 'homepage';

function text(form: FormData, name: string, max: number): string {
  const v = form.get(name);
  // One character more than allowed, so an over-long value is still refused as too long.
  return typeof v === 'string' ? v.slice(0, max + 1) : '';
}

/** Public: stores a report of wrong information about a centre as pending, or says why it was refused. */
export async function reportCentreAction(_prev: ReportState, formData: FormData): Promise<ReportState> {
  const form = formOf(formData);
  const locale = localeOr(form.get('locale'));
  const t = await getTranslations({ locale, namespace: 'centreReport' });
  const values: ReportValues = {
    fields: form
      .getAll('fields')
      .slice(0, REPORT_FIELDS.length * 2)
      .filter((v): v is string => isReportField(v)),
    correction: text(form, 'correction', CORRECTION_MAX),
    contact: text(form, 'contact', CONTACT_MAX),
  };
  const requestHeaders = await headers();
  if (originRefused(requestHeaders)) return { ok: false, formError: t('errors.origin'), values };
  const trap = form.get(HONEYPOT);
  if (typeof trap === 'string' && trap !== '') return { ok: false, formError: t('errors.refused'), values };
  const parsed = centreReportSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<keyof ReportValues, string>> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]) as keyof ReportValues;
      fieldErrors[key] ??= t(`errors.${issue.message}` as 'errors.fieldsRequired');
    }
    return { ok: false, fieldErrors, formError: t('errors.formInvalid'), values };
  }
  const slug = text(form, 'slug', 120);
  const saved = await createCentreReport(slug, parsed.data, locale, clientIpFrom(requestHeaders));
  if (!saved.ok) return { ok: false, formError: t(`errors.${saved.reason}`), values };
  return { ok: true, message: t('sent') };
}

/** What staff typed in a decision form: the reason and the corrected values (`set.<field>`). */
type DecisionValues = { reason: string } & Partial<Record<CorrectedField, string>>;
export type DecisionState =
  | { ok: true; message?: string }
  | { ok: false; fieldErrors?: Record<string, string>; formError?: string; values?: DecisionValues };

/** The corrected values posted, by field (a field the form did not show is absent). */
function correctedValues(form: FormData): Partial<Record<CorrectedField, string>> {
  const out: Partial<Record<CorrectedField, string>> = {};
  for (const field of CORRECTED_FIELDS) {
    const v = form.get(`set.${field}`);
    if (typeof v === 'string') out[field] = v.slice(0, CORRECTION_MAX + 1);
  }
  return out;
}

/**
 * Editor: accepts a report, saving the corrected values through the centre's write path (revision and audit row),
 * or dismisses it with a reason; both are audited. The queue then says what was done.
 */
export async function decideReportAction(_prev: DecisionState, formData: FormData): Promise<DecisionState> {
  const form = formOf(formData);
  const locale = localeOr(form.get('locale'));
  const t = await getTranslations({ locale, namespace: 'adminReports' });
  const corrected = correctedValues(form);
  const values: DecisionValues = { reason: text(form, 'reason', 500), ...corrected };
  const id = text(form, 'id', 12);
  const decision = text(form, 'decision', 10);
  const access = await checkRole('editor', {
    action: `centreReport.${decision.slice(0, 10)}`,
    recordType: 'centre_report',
    recordId: id.slice(0, 12),
  });
  if (!access.ok) return { ok: false, formError: t('errors.denied'), values };
  const version = form.get('version');
  const parsed = reportDecisionSchema.safeParse({
    id,
    decision,
    reason: values.reason,
    version: typeof version === 'string' ? version.slice(0, 12) : undefined,
    values: corrected,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = t(`errors.${issue?.message ?? 'invalid'}` as 'errors.invalid');
    if (issue?.path[0] === 'reason') return { ok: false, fieldErrors: { reason: message }, formError: message, values };
    return { ok: false, formError: message, values };
  }
  const done = await decideReport(parsed.data);
  if (!done.ok) {
    if (done.reason !== 'invalid') return { ok: false, formError: t(`errors.${done.reason}`), values };
    const fieldErrors = await localiseFieldErrors(locale, done.fieldErrors);
    return { ok: false, fieldErrors, formError: t('errors.correctionInvalid'), values };
  }
  refresh();
  // The report leaves the queue, and its form with it: the queue page says what was done.
  const outcome = parsed.data.decision === 'dismiss' ? 'dismissed' : done.pendingDraft ? 'draft' : 'accepted';
  return redirect({
    href: { pathname: '/admin/reports', query: { done: outcome, centre: done.centreSlug } },
    locale,
  });
}
