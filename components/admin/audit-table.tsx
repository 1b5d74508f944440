import { getMessages, getTranslations } from 'next-intl/server';
import { auditDetailLines, auditTextsFrom, catalogueLookup } from '@/lib/admin/audit-display';
import type { AuditRow, AuditUser } from '@/lib/data/audit';
import type { AppLocale } from '@/lib/i18n/routing';

const utc = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 19);

function UserName({ user, fallback }: { user: AuditUser | null; fallback: string | null }) {
  if (!user) return <>{fallback ?? ''}</>;
  return (
    <>
      {user.name}
      <br />
      <span className="break-all text-slate-700">{user.email}</span>
    </>
  );
}

/** Audit log entries in the staff member's language: actions, record types and details labelled, accounts named;
 * times in UTC. */
export async function AuditTable({ items, locale }: { items: AuditRow[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'adminAudit' });
  if (items.length === 0) return <p className="mt-4">{t('empty')}</p>;
  const message = catalogueLookup(await getMessages({ locale }));
  const texts = auditTextsFrom(message, (label, value) => t('pair', { label, value }));
  const label = (prefix: 'actions' | 'recordTypes', v: string) => message(`adminAudit.${prefix}.${v}`) ?? v;
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
          {items.map((r) => {
            const lines = auditDetailLines(r.details, texts);
            const recordId =
              r.recordType === 'setting' && r.recordId ? (texts.key(r.recordId) ?? r.recordId) : r.recordId;
            return (
              <tr key={r.id}>
                <td className={`${cell} whitespace-nowrap font-mono`}>
                  <time dateTime={r.at.toISOString()}>{utc(r.at)}</time>
                </td>
                <td className={cell}>
                  {r.actor || r.actorEmail ? (
                    <UserName user={r.actor} fallback={r.actorEmail} />
                  ) : (
                    <span className="text-slate-600">{t('anonymous')}</span>
                  )}
                </td>
                <td className={cell}>{label('actions', r.action)}</td>
                <td className={cell}>
                  {r.recordType && label('recordTypes', r.recordType)}
                  {r.recordType && (r.recordUser || recordId) && <br />}
                  {r.recordUser ? <UserName user={r.recordUser} fallback={null} /> : recordId}
                </td>
                <td className={`${cell} font-mono`}>{r.ip ?? ''}</td>
                <td className={`${cell} max-w-md break-words`}>
                  {lines.length > 0 && (
                    <ul>
                      {lines.map((l, i) => (
                        <li key={i}>{l.label ? texts.pair(l.label, l.value) : l.value}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
