'use client';
import { useTranslations } from 'next-intl';
import type { ConflictInfo } from '@/lib/actions/form-state';

/** The form-level message: error summary, or the conflict with what the other person changed. */
export function FormBanner({ error, conflict }: { error?: string; conflict?: ConflictInfo }) {
  const t = useTranslations('adminForm');
  const fields = useTranslations('adminForm.fields');
  if (!error) return <p id="form-message" role="status" className="sr-only" />;
  return (
    <div id="form-message" role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{error}</p>
      {conflict && (
        <>
          <p className="mt-1">{t('conflictBody')}</p>
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
              </tr>
            </thead>
            <tbody>
              {conflict.changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row" className="border-b p-1 font-normal">
                    {fields.has(c.field as 'code') ? fields(c.field as 'code') : c.field}
                  </th>
                  <td className="border-b p-1">
                    <del>{c.before || t('none')}</del>
                  </td>
                  <td className="border-b p-1">
                    <ins>{c.after || t('none')}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
