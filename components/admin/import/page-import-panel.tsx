'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { ContentFormState, Option } from '@/lib/actions/form-state';
import { RecordForm } from '@/components/admin/content/record-form';
import { ChangesTable } from '@/components/admin/import/changes-table';
import type { PreviewState } from '@/lib/actions/import-state';

type Props = {
  locale: string;
  preview: (prev: PreviewState, form: FormData) => Promise<PreviewState>;
  save: (prev: ContentFormState, form: FormData) => Promise<ContentFormState>;
  options: Record<string, Option[]>;
};

/** Paste a project page, read it, then correct every field in the project form before saving. */
export function PageImportPanel({ locale, preview, save, options }: Props) {
  const t = useTranslations('adminImport');
  const [state, action, pending] = useActionState(preview, { text: '' } as PreviewState);
  return (
    <>
      <form action={action} noValidate className="space-y-2">
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="pageText" className="block font-semibold">
          {t('textLabel')}
        </label>
        <p id="pageText-hint" className="text-sm text-slate-700">
          {t('textHint')}
        </p>
        <textarea
          id="pageText"
          name="pageText"
          rows={12}
          defaultValue={state.text}
          key={state.nonce ?? 'text'}
          aria-describedby={state.error ? 'pageText-hint pageText-error' : 'pageText-hint'}
          aria-invalid={state.error ? true : undefined}
          className="w-full rounded border border-slate-500 p-2 font-mono text-sm"
        />
        {state.error && (
          <p id="pageText-error" role="alert" className="text-red-800">
            {state.error}
          </p>
        )}
        <div className="flex gap-3">
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark"
          >
            {t('previewButton')}
          </button>
          {pending && <span role="status">{t('reading')}</span>}
        </div>
      </form>
      {state.values && (
        <section aria-labelledby="preview-heading" className="mt-8">
          <h2 id="preview-heading" className="text-2xl font-semibold text-iom-blue-dark">
            {t('previewHeading')}
          </h2>
          <p className="mt-1">{state.language}</p>
          {state.problems && state.problems.length > 0 ? (
            <div role="alert" className="mt-3 rounded border border-amber-700 bg-amber-50 p-3">
              <p className="font-semibold">{t('problemsHeading', { count: state.problems.length })}</p>
              <ul className="ml-5 list-disc">
                {state.problems.map((p) => (
                  <li key={`${p.field}-${p.message}`}>{p.message}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="mt-3">{t('noProblems')}</p>
          )}
          {state.unknownLabels && state.unknownLabels.length > 0 && (
            <div className="mt-3 rounded border border-slate-400 p-3">
              <p className="font-semibold">{state.unknownLabels[0]}</p>
              <ul className="ml-5 list-disc">
                {state.unknownLabels.slice(1).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          {state.stored ? (
            <div className="mt-3 rounded border border-iom-blue p-3">
              <p className="font-semibold">{t('existing', { code: state.stored.code })}</p>
              {state.stored.changes.length > 0 ? (
                <ChangesTable
                  caption={t('changesCaption', { code: state.stored.code })}
                  changes={state.stored.changes}
                />
              ) : (
                <p>{t('noChanges')}</p>
              )}
              <p className="mt-3 flex items-center gap-2">
                <input
                  id="confirmUpdate"
                  type="checkbox"
                  name="confirmUpdate"
                  value="yes"
                  form="page-import-form"
                  className="h-5 w-5"
                />
                <label htmlFor="confirmUpdate" className="font-semibold">
                  {t('confirmUpdate', { code: state.stored.code })}
                </label>
              </p>
            </div>
          ) : (
            <p className="mt-3">{t('newRecord')}</p>
          )}
          <div className="mt-4">
            <RecordForm
              kind="project"
              key={state.nonce}
              locale={locale}
              action={save}
              initial={state.values}
              options={options}
              formId="page-import-form"
              originalKey={state.stored?.code}
              version={state.stored?.version}
            />
          </div>
        </section>
      )}
    </>
  );
}
