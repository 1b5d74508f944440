import { getTranslations } from 'next-intl/server';

/** Outcome of a restore, read from the query string. */
export async function HistoryNotice({ outcome }: { outcome?: string }) {
  if (!outcome) return null;
  const t = await getTranslations('adminHistory');
  const tf = await getTranslations('adminForm');
  const messages: Record<string, string> = {
    restored: t('restored'),
    conflict: tf('conflictTitle'),
    denied: tf('denied'),
    not_found: tf('notFound'),
    invalid: tf('formInvalid'),
  };
  const text = messages[outcome];
  if (!text) return null;
  const ok = outcome === 'restored';
  return (
    <p
      role={ok ? 'status' : 'alert'}
      className={`my-3 rounded border p-3 ${ok ? 'border-green-700 bg-green-50 text-green-900' : 'border-red-700 bg-red-50 text-red-900'}`}
    >
      {text}
    </p>
  );
}
