'use client';
import { useTranslations } from 'next-intl';
import type { PreviewChange } from '@/lib/actions/import-state';

/** Field / stored value / value from the import, one row per difference. */
export function ChangesTable({ caption, changes }: { caption: string; changes: PreviewChange[] }) {
  const t = useTranslations('adminImport');
  return (
    <table className="mt-2 w-full border-collapse text-left text-sm">
      <caption className="text-left">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-b p-1">
            {t('colField')}
          </th>
          <th scope="col" className="border-b p-1">
            {t('colStored')}
          </th>
          <th scope="col" className="border-b p-1">
            {t('colImported')}
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row" className="border-b p-1 font-normal">
              {c.field}
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
  );
}
