import { getTranslations } from 'next-intl/server';
import type { CentreStatus } from '@/lib/content/centre';

const STYLE: Record<CentreStatus, string> = {
  operational: 'border-emerald-700 bg-emerald-50 text-emerald-900',
  planned: 'border-amber-700 bg-amber-50 text-amber-950',
  temporarily_closed: 'border-orange-700 bg-orange-50 text-orange-950',
  closed: 'border-red-700 bg-red-50 text-red-900',
};

/** The centre's status as a labelled badge (text, not colour alone, carries the meaning). */
export async function CentreStatusBadge({ status }: { status: CentreStatus }) {
  const t = await getTranslations('centreStatuses');
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${STYLE[status]}`}
      data-status={status}
    >
      {t(status)}
    </span>
  );
}

/** A clear notice for a centre that is not open (planned, temporarily closed or closed). */
export async function CentreStatusNotice({ status }: { status: CentreStatus }) {
  if (status === 'operational') return null;
  const t = await getTranslations('centrePage');
  return (
    <p role="note" className={`mt-4 rounded border-l-4 p-3 font-semibold ${STYLE[status]}`} data-testid="status-notice">
      {t(`notice_${status}`)}
    </p>
  );
}
