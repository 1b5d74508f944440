'use client';
import { useTranslations } from 'next-intl';
import type { ConflictInfo } from '@/lib/actions/form-state';

/**
 * The form-level message: error summary, or the conflict with what the other person changed. On the staff record
 * forms (`baseVersion` set) each of their changes says whether the form now holds their value or keeps yours, with a
 * "Take their value" submit button (works without JavaScript: the action puts their value in the form, saves nothing).
 */
export function FormBanner({ error, conflict }: { error?: string; conflict?: ConflictInfo }) {
  const t = useTranslations('adminForm');
  const fields = useTranslations('adminForm.fields');
  if (!error) return <p id="form-message" role="status" className="sr-only" />;
  const merging = conflict?.baseVersion !== undefined;
  const label = (field: string) => (fields.has(field as 'code') ? fields(field as 'code') : field);
  const cell = 'border-b p-1 align-top';
  return (
    <div id="form-message" role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{error}</p>
      {conflict && (
        <>
          <p className="mt-1">{merging ? t('conflictBodyMerge') : t('conflictBody')}</p>
          {merging && (
            <>
              <input type="hidden" name="conflictBase" value={conflict.baseVersion} />
              {/* The take buttons come first in the form: pressing Enter in a field must still save as a draft (the
                  form's first button before), not take a value. Rendered (not display:none) so every browser uses it
                  as the default button; out of sight and out of the tab order. */}
              <button type="submit" name="intent" value="draft" tabIndex={-1} aria-hidden="true" className="sr-only">
                {t('saveDraft')}
              </button>
            </>
          )}
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t('conflictTitle')}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b p-1">
                  {t('conflictField')}
                </th>
                <th scope="col" className="border-b p-1">
                  {t('conflictBefore')}
                </th>
                <th scope="col" className="border-b p-1">
                  {t('conflictAfter')}
                </th>
                {merging && (
                  <th scope="col" className="border-b p-1">
                    {t('conflictForm')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {conflict.changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row" className={`${cell} font-normal`}>
                    {label(c.field)}
                  </th>
                  <td className={cell}>
                    <del>{c.before || t('none')}</del>
                  </td>
                  <td className={cell}>
                    <ins>{c.after || t('none')}</ins>
                  </td>
                  {merging && (
                    <td className={cell}>
                      {c.state === 'theirs' && t('conflictTheirs')}
                      {c.state === 'yours' && (
                        <>
                          {t('conflictYours')}{' '}
                          <button
                            type="submit"
                            name="take"
                            value={c.field}
                            aria-label={t('conflictTakeField', { field: label(c.field) })}
                            className="rounded border border-iom-blue bg-white px-2 py-0.5 text-iom-blue hover:bg-slate-100"
                          >
                            {t('conflictTake')}
                          </button>
                        </>
                      )}
                      {c.state !== 'theirs' && c.state !== 'yours' && t('none')}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
