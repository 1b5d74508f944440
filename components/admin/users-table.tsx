import { getTranslations } from 'next-intl/server';
import { UserRowActions } from '@/components/admin/user-row-actions';
import type { StaffUserRow } from '@/lib/data/users';
import type { AppLocale } from '@/lib/i18n/routing';

/** The staff accounts with their state and the admin actions on each (none on one's own account). */
export async function UsersTable({
  users,
  locale,
  selfId,
}: {
  users: StaffUserRow[];
  locale: AppLocale;
  selfId: string;
}) {
  const t = await getTranslations({ locale, namespace: 'adminUsers' });
  const ts = await getTranslations({ locale, namespace: 'adminShell' });
  const cell = 'border-b border-slate-200 px-2 py-2 align-top';
  // Long names and e-mail addresses wrap, and the row actions stack, so the table fits the page's width; the
  // scrolling container (focusable for keyboard users) only matters on narrow screens.
  return (
    <div className="overflow-x-auto" tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t('tableCaption')}</caption>
        <thead>
          <tr>
            {(['colName', 'colEmail', 'colRole', 'colState', 'colTwoFactor', 'colSessions', 'colActions'] as const).map(
              (c) => (
                <th key={c} scope="col" className="border-b-2 border-slate-400 px-2 py-2">
                  {t(c)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-email={u.email}>
              <th scope="row" className={`${cell} font-normal break-words`}>
                {u.name} {u.id === selfId && <span className="text-slate-600">{t('you')}</span>}
              </th>
              <td className={`${cell} break-all`}>{u.email}</td>
              <td className={cell}>{u.role === 'admin' ? ts('roleAdmin') : ts('roleEditor')}</td>
              <td className={cell}>{u.disabled ? t('disabled') : t('active')}</td>
              <td className={cell}>{u.twoFactorEnabled ? t('yes') : t('no')}</td>
              <td className={cell}>{u.activeSessions}</td>
              <td className={`${cell} w-56`}>{u.id !== selfId && <UserRowActions locale={locale} user={u} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
