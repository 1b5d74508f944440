import { getTranslations } from 'next-intl/server';
import type { AuditRow } from '@/lib/data/audit';
import type { AppLocale } from '@/lib/i18n/routing';

const utc = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 19);

/** Audit log entries, times in UTC. */
export async function AuditTable({ items, locale }: { items: AuditRow[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'adminAudit' });
  if (items.length === 0) return <p className="mt-4">{t('empty')}</p>;
  const cell = 'border-b border-slate-200 px-2 py-1 align-top';
  // Focusable so keyboard users can scroll a table wider than the screen.
  return (
    <div className="mt-4 overflow-x-auto" tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t('tableCaption')}</caption>
        <thead>
          <tr>
            {(['colAt', 'colActor', 'colAction', 'colRecord', 'colIp', 'colDetails'] as const).map((c) => (
              <th key={c} scope="col" className="border-b-2 border-slate-400 px-2 py-1">
                {t(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <td className={`${cell} whitespace-nowrap font-mono`}>
                <time dateTime={r.at.toISOString()}>{utc(r.at)}</time>
              </td>
              <td className={cell}>{r.actorEmail ?? <span className="text-slate-600">{t('anonymous')}</span>}</td>
              <td className={`${cell} font-mono`}>{r.action}</td>
              <td className={cell}>{[r.recordType, r.recordId].filter(Boolean).join(' ')}</td>
              <td className={`${cell} font-mono`}>{r.ip ?? ''}</td>
              <td className={`${cell} max-w-md break-words font-mono text-xs`}>{r.details ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
