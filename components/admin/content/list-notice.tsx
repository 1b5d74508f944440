import { getTranslations } from 'next-intl/server';
import { listNoticeMessage } from '@/lib/admin/list-notice';
import type { SearchParams } from '@/lib/validation/query-params';

/** The outcome of the last list action (bulk change, a record published from its edit page, delete), read from the
 * query string (lib/admin/list-notice.ts). */
export async function ListNotice({ sp }: { sp: SearchParams }) {
  const notice = listNoticeMessage(sp);
  if (!notice) return null;
  const t = await getTranslations('adminForm');
  const { error } = notice;
  return (
    <p
      role={error ? 'alert' : 'status'}
      className={`my-3 rounded border p-3 ${error ? 'border-red-700 bg-red-50 text-red-900' : 'border-green-700 bg-green-50 text-green-900'}`}
    >
      {t(notice.key, notice.values)}
    </p>
  );
}
