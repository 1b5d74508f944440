// The staff forms' remount key (their state types are in lib/actions/form-state.ts).
const keys = new WeakMap<object, number>();
let nextKey = 0;

/** A key that changes with every action result, so the form remounts and shows the returned values (React resets
 * uncontrolled fields after an action, and a <select> would otherwise fall back to its first option). */
export function resultKey(state: object): number {
  let k = keys.get(state);
  if (k === undefined) {
    nextKey += 1;
    k = nextKey;
    keys.set(state, k);
  }
  return k;
}
