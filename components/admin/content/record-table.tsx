import type { ReactNode } from 'react';
import { pickLocalised, type Localised } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';

export type RecordColumn<T> = {
  header: string;
  cell: (row: T) => ReactNode;
  lang?: (row: T) => string | undefined;
  numeric?: boolean;
};
type Props<T> = {
  caption: string;
  formId: string;
  rows: T[];
  rowKey: (row: T) => string;
  selectHeader: string;
  selectLabel: (row: T) => string;
  keyHeader: string;
  keyCell: (row: T) => ReactNode;
  columns: RecordColumn<T>[];
};

const cell = 'border-b border-slate-300 p-2 align-top';

/**
 * A staff list of records: a checkbox per row (belonging to the bulk form `formId`), the record's key, then columns.
 */
export function RecordTable<T>({
  caption,
  formId,
  rows,
  rowKey,
  selectHeader,
  selectLabel,
  keyHeader,
  keyCell,
  columns,
}: Props<T>) {
  // Focusable so keyboard users can scroll a table wider than the screen.
  return (
    <div className="overflow-x-auto" tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${cell} sr-only`}>
              {selectHeader}
            </th>
            <th scope="col" className={cell}>
              {keyHeader}
            </th>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={cell}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <td className={cell}>
                <input type="checkbox" form={formId} name="keys" value={rowKey(row)} aria-label={selectLabel(row)} />
              </td>
              <th scope="row" className={cell}>
                {keyCell(row)}
              </th>
              {columns.map((c) => (
                <td key={c.header} className={c.numeric ? `${cell} text-right` : cell} lang={c.lang?.(row)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A column of a translated name: the page's language, else another one marked with its language, else `missing`. */
export function translatedColumn<T>(
  header: string,
  locale: AppLocale,
  names: (row: T) => Localised,
  missing: string,
): RecordColumn<T> {
  return {
    header,
    cell: (row) => pickLocalised(names(row), locale)?.value ?? missing,
    lang: (row) => pickLocalised(names(row), locale)?.lang,
  };
}
