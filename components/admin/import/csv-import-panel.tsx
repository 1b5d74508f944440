'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { CsvState } from '@/lib/actions/import-state';

type Props = { locale: string; action: (prev: CsvState, form: FormData) => Promise<CsvState> };
const button = 'rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark';

/** Upload a CSV, see row by row what would happen (dry run), then apply it all at once. */
export function CsvImportPanel({ locale, action }: Props) {
  const t = useTranslations('adminImport.csv');
  const [state, formAction, pending] = useActionState(action, { rows: [] } as CsvState);
  return (
    <>
      <form action={formAction} className="space-y-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="mode" value="dryRun" />
        <label htmlFor="file" className="block font-semibold">
          {t('fileLabel')}
        </label>
        <p id="file-hint" className="text-sm text-slate-700">
          {t('fileHint')}
        </p>
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="file-hint csv-message"
          className="block"
        />
        <button type="submit" disabled={pending} className={button}>
          {t('dryRunButton')}
        </button>
      </form>
      <div id="csv-message" className="mt-4" role="status">
        {pending && <p>{t('working')}</p>}
        {state.notice && (
          <p className="rounded border border-green-700 bg-green-50 p-3 font-semibold text-green-900">{state.notice}</p>
        )}
        {state.error && (
          <p className="rounded border border-red-700 bg-red-50 p-3 font-semibold text-red-900">{state.error}</p>
        )}
        {state.summary && <p className="mt-2">{state.summary}</p>}
      </div>
      {state.rows.length > 0 && (
        <table className="mt-4 w-full border-collapse text-left text-sm">
          <caption className="text-left font-semibold">{t('tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b p-1">
                {t('colLine')}
              </th>
              <th scope="col" className="border-b p-1">
                {t('colCode')}
              </th>
              <th scope="col" className="border-b p-1">
                {t('colOutcome')}
              </th>
              <th scope="col" className="border-b p-1">
                {t('colDetails')}
              </th>
            </tr>
          </thead>
          <tbody>
            {state.rows.map((r) => (
              <tr key={r.line} data-kind={r.kind}>
                <td className="border-b p-1">{r.line}</td>
                <th scope="row" className="border-b p-1 font-normal">
                  {r.code}
                </th>
                <td className="border-b p-1">{r.outcome}</td>
                <td className="border-b p-1">
                  {r.details.length > 0 && (
                    <ul>
                      {r.details.map((d) => (
                        <li key={d}>{d}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.canApply && state.text !== undefined && (
        <form action={formAction} className="mt-4">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="mode" value="apply" />
          <input type="hidden" name="csvText" value={state.text} />
          <button type="submit" disabled={pending} className={button}>
            {t('applyButton')}
          </button>
        </form>
      )}
    </>
  );
}
