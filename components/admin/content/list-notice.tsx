import { getTranslations } from 'next-intl/server';
import type { SearchParams } from '@/lib/validation/query-params';

/** The outcome of the last list action (bulk change, delete), read from the query string. */
export async function ListNotice({ sp }: { sp: SearchParams }) {
  const t = await getTranslations('adminForm');
  // Own entries only: a parameter named like an object property (`constructor`) is just a name.
  const one = (k: string) => {
    const v = Object.hasOwn(sp, k) ? sp[k] : undefined;
    return Array.isArray(v) ? v[0] : v;
  };
  const changed = Number(one('changed'));
  let text: string | null = null;
  let error = false;
  if (Number.isInteger(changed) && changed >= 0 && one('changed') !== undefined)
    text = t('stateChanged', { count: changed });
  else if (one('bulk') === 'invalid') [text, error] = [t('bulkInvalid'), true];
  else if (one('bulk') === 'denied') [text, error] = [t('denied'), true];
  else if (one('deleted')) text = t('deleted', { key: String(one('deleted')).slice(0, 130) });
  if (!text) return null;
  return (
    <p
      role={error ? 'alert' : 'status'}
      className={`my-3 rounded border p-3 ${error ? 'border-red-700 bg-red-50 text-red-900' : 'border-green-700 bg-green-50 text-green-900'}`}
    >
      {text}
    </p>
  );
}
