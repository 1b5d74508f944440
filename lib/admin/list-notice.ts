import type { SearchParams } from '@/lib/validation/query-params';

// The outcome of the last action on a staff list (bulk state change, a record published from its edit page, a
// delete), as the action put it in the list's query string, mapped to its message in `adminForm`.

/** What a state change did, as the query string names it. */
export const STATE_CHANGES = ['publish', 'unpublish', 'archive'] as const;
type StateChange = (typeof STATE_CHANGES)[number];

/** The message (a key of `adminForm`) with its values, and whether it reports a refusal. */
export type ListNoticeMessage =
  | { key: 'stateChanged'; values: { count: number }; error: false }
  | { key: `stateChangedOne.${StateChange}`; values: { key: string }; error: false }
  | { key: 'deleted'; values: { key: string }; error: false }
  | { key: 'publishRefused'; values: { count: number }; error: true }
  | { key: 'bulkInvalid' | 'denied'; values: Record<string, never>; error: true };

// A record key is at most 130 characters in any kind; anything longer is not one (the query can be edited).
const RECORD_KEY = /^[\w.-]{1,130}$/;

/** The notice of a list page's query string, or null. Own entries only: `constructor` is just a name. */
export function listNoticeMessage(sp: SearchParams): ListNoticeMessage | null {
  const one = (k: string) => {
    const v = Object.hasOwn(sp, k) ? sp[k] : undefined;
    return Array.isArray(v) ? v[0] : v;
  };
  // Records a publish left as they were: a language they must have is missing (said before what did change).
  const refused = Number(one('refused'));
  if (Number.isInteger(refused) && refused > 0)
    return { key: 'publishRefused', values: { count: refused }, error: true };
  const changed = one('changed');
  const count = Number(changed);
  if (changed !== undefined && Number.isInteger(count) && count >= 0) {
    // One record changed by name (publish from its edit page, or one selected in the list).
    const record = one('record');
    const did = STATE_CHANGES.find((a) => a === one('did'));
    if (count === 1 && did && record && RECORD_KEY.test(record)) {
      return { key: `stateChangedOne.${did}`, values: { key: record }, error: false };
    }
    return { key: 'stateChanged', values: { count }, error: false };
  }
  const bulk = one('bulk');
  if (bulk === 'invalid') return { key: 'bulkInvalid', values: {}, error: true };
  if (bulk === 'denied') return { key: 'denied', values: {}, error: true };
  const deleted = one('deleted');
  if (deleted) return { key: 'deleted', values: { key: deleted.slice(0, 130) }, error: false };
  return null;
}
