'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldError, FormMessage } from '@/components/admin/field-error';
import { decideReportAction, type DecisionState } from '@/lib/actions/centre-report';

/** Accept (then edit the centre) or dismiss one report, with a reason. */
export function DecisionForm({ locale, id }: { locale: string; id: number }) {
  const t = useTranslations('adminReports');
  const [state, action, pending] = useActionState<DecisionState, FormData>(decideReportAction, { ok: true });
  const error = state.ok ? undefined : state.fieldErrors?.reason;
  const prefix = `report-${id}`;
  return (
    <form action={action} noValidate className="mt-3" aria-label={t('decide', { id })}>
      <FormMessage
        id={`${prefix}-message`}
        error={state.ok ? undefined : state.formError}
        message={state.ok ? state.message : undefined}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <label htmlFor={`${prefix}-reason`} className="block text-sm font-semibold">
        {t('reason')}
      </label>
      <textarea
        id={`${prefix}-reason`}
        name="reason"
        rows={2}
        defaultValue={state.ok ? '' : (state.values?.reason ?? '')}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${prefix}-reason-hint ${prefix}-reason-error`}
        className="mt-1 w-full rounded border border-slate-500 p-1"
      />
      <p id={`${prefix}-reason-hint`} className="text-sm text-slate-700">
        {t('reasonHint')}
      </p>
      <FieldError id={`${prefix}-reason-error`} message={error} />
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
