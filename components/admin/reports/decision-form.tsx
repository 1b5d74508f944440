'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldError, FormMessage } from '@/components/admin/field-error';
import { decideReportAction, type DecisionState } from '@/lib/actions/centre-report';

/** A field staff may correct on accepting: its label, current value, and choices when it is a list. */
export type CorrectionInput = {
  field: string;
  label: string;
  value: string;
  hint?: string;
  options?: { value: string; label: string }[];
};

const INPUT = 'mt-1 w-full rounded border border-slate-500 p-1';

/** Accept (saving the corrected values, prefilled with the current ones) or dismiss one report, with a reason. */
export function DecisionForm({
  locale,
  id,
  version,
  corrections,
}: {
  locale: string;
  id: number;
  version: number;
  corrections: CorrectionInput[];
}) {
  const t = useTranslations('adminReports');
  const [state, action, pending] = useActionState<DecisionState, FormData>(decideReportAction, { ok: true });
  const failed = state.ok ? undefined : state;
  const prefix = `report-${id}`;
  const typed = (field: string): string | undefined =>
    (failed?.values as Record<string, string | undefined> | undefined)?.[field];
  return (
    <form action={action} noValidate className="mt-3" aria-label={t('decide', { id })}>
      <FormMessage id={`${prefix}-message`} error={failed?.formError} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="rounded border border-slate-300 p-3">
        <legend className="px-1 font-semibold">{t('correctionLegend')}</legend>
        <p className="text-sm text-slate-700">{t('correctionHint')}</p>
        {corrections.map((c) => {
          const inputId = `${prefix}-set-${c.field}`;
          const error = failed?.fieldErrors?.[c.field];
          const common = {
            id: inputId,
            name: `set.${c.field}`,
            defaultValue: typed(c.field) ?? c.value,
            'aria-invalid': error ? true : undefined,
            'aria-describedby': `${inputId}-hint ${inputId}-error`,
            className: INPUT,
          };
          return (
            <div key={c.field} className="mt-2">
              <label htmlFor={inputId} className="block text-sm font-semibold">
                {c.label}
              </label>
              {c.options ? (
                <select {...common}>
                  {c.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input type="text" {...common} />
              )}
              <p id={`${inputId}-hint`} className="text-sm text-slate-700">
                {c.hint ?? ''}
              </p>
              <FieldError id={`${inputId}-error`} message={error} />
            </div>
          );
        })}
      </fieldset>
      <label htmlFor={`${prefix}-reason`} className="mt-3 block text-sm font-semibold">
        {t('reason')}
      </label>
      <textarea
        id={`${prefix}-reason`}
        name="reason"
        rows={2}
        defaultValue={failed?.values?.reason ?? ''}
        aria-invalid={failed?.fieldErrors?.reason ? true : undefined}
        aria-describedby={`${prefix}-reason-hint ${prefix}-reason-error`}
        className={INPUT}
      />
      <p id={`${prefix}-reason-hint`} className="text-sm text-slate-700">
        {t('reasonHint')}
      </p>
      <FieldError id={`${prefix}-reason-error`} message={failed?.fieldErrors?.reason} />
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="submit"
          name="decision"
          value="accept"
          disabled={pending}
          className="rounded bg-iom-blue px-3 py-1 font-semibold text-white hover:bg-iom-blue-dark"
        >
          {t('accept')}
        </button>
        <button
          type="submit"
          name="decision"
          value="dismiss"
          disabled={pending}
          className="rounded border border-slate-600 px-3 py-1 font-semibold text-slate-900 hover:bg-slate-100"
        >
          {t('dismiss')}
        </button>
      </div>
    </form>
  );
}
