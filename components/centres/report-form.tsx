'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldError, FormMessage } from '@/components/admin/field-error';
import { reportCentreAction, type ReportState } from '@/lib/actions/centre-report';
import { CONTACT_MAX, CORRECTION_MAX, REPORT_FIELDS } from '@/lib/validation/centre-report';

type Props = { locale: string; slug: string };

/** The public "report wrong information" form: which fields are wrong, what is right, an optional contact. */
export function ReportForm({ locale, slug }: Props) {
  const t = useTranslations('centreReport');
  const [state, action, pending] = useActionState<ReportState, FormData>(reportCentreAction, { ok: true });
  if (state.ok && state.message) {
    return (
      <div role="status" className="mt-6 rounded border border-green-700 bg-green-50 p-4 text-green-900">
        <p className="font-semibold">{state.message}</p>
        <p className="mt-2">{t('nextSteps')}</p>
      </div>
    );
  }
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const values = state.ok ? undefined : state.values;
  const checked = new Set(values?.fields ?? []);
  return (
    <form key={state.ok ? 'initial' : 'retry'} action={action} noValidate className="mt-6 max-w-2xl space-y-6">
      <FormMessage id="report-message" error={state.ok ? undefined : state.formError} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <fieldset aria-describedby="report-fields-error" aria-invalid={errors.fields ? true : undefined}>
        <legend className="font-semibold">{t('fieldsLegend')}</legend>
        <ul className="mt-2">
          {REPORT_FIELDS.map((field) => (
            <li key={field}>
              <label className="inline-flex min-h-11 items-center gap-2 pr-2">
                <input type="checkbox" name="fields" value={field} defaultChecked={checked.has(field)} />
                {t(`fields.${field}`)}
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="report-fields-error" message={errors.fields} />
      </fieldset>
      <div>
        <label htmlFor="report-correction" className="block font-semibold">
          {t('correction')}
        </label>
        <p id="report-correction-hint" className="text-sm text-slate-700">
          {t('correctionHint', { max: CORRECTION_MAX })}
        </p>
        <textarea
          id="report-correction"
          name="correction"
          rows={6}
          required
          defaultValue={values?.correction ?? ''}
          aria-invalid={errors.correction ? true : undefined}
          aria-describedby="report-correction-hint report-correction-error"
          className="mt-1 w-full rounded border border-slate-500 p-2"
        />
        <FieldError id="report-correction-error" message={errors.correction} />
      </div>
      <div>
        <label htmlFor="report-contact" className="block font-semibold">
          {t('contact')}
        </label>
        <p id="report-contact-hint" className="text-sm text-slate-700">
          {t('contactHint', { max: CONTACT_MAX })}
        </p>
        <input
          id="report-contact"
          name="contact"
          autoComplete="email"
          defaultValue={values?.contact ?? ''}
          aria-invalid={errors.contact ? true : undefined}
          aria-describedby="report-contact-hint report-contact-error"
          className="mt-1 w-full rounded border border-slate-500 p-2"
        />
        <FieldError id="report-contact-error" message={errors.contact} />
      </div>
      {/* A trap for bots: hidden from people and assistive technology, left empty by them. */}
      <div className="hidden" aria-hidden="true">
        <label htmlFor="report-homepage">{t('honeypot')}</label>
        <input id="report-homepage" name="homepage" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark"
      >
        {t('submit')}
      </button>
    </form>
  );
}
