// The details of an audit log entry (stored JSON) as "label: value" lines in the interface language: keys by their
// labels, enumerated values (reasons, roles, states, attempted actions) by theirs, changed fields by their form
// labels. Pure: the texts come in (components/admin/audit-table.tsx builds them from the messages).

/** The texts the details are shown with; each lookup answers undefined when it has no label. */
export type AuditTexts = {
  /** Label of a details key (`required`, `changed`, …). */
  key: (key: string) => string | undefined;
  /** Label of a stored value of a key (`reason: forbidden`, `publicationState: draft`, …). */
  value: (key: string, value: string) => string | undefined;
  /** Form label of a record field (`titleFr`). */
  field: (name: string) => string | undefined;
  /** "label: value" with the language's punctuation. */
  pair: (label: string, value: string) => string;
  yes: string;
  no: string;
  none: string;
};

/** A message of the catalogue by its full key (`adminAudit.detailKeys.changed`), or undefined when it has none. */
export type MessageLookup = (key: string) => string | undefined;

/** Looks messages up in a catalogue (plain text: the labels used here take no arguments). Own entries only: stored
 * details are input, and a key named like an object property (`constructor`) is just a name. */
export function catalogueLookup(messages: unknown): MessageLookup {
  return (key) => {
    let node: unknown = messages;
    for (const part of key.split('.')) {
      const own = typeof node === 'object' && node !== null && Object.hasOwn(node, part);
      node = own ? (node as Record<string, unknown>)[part] : undefined;
    }
    return typeof node === 'string' ? node : undefined;
  };
}

// Values whose labels are shared by several keys (roles: required, role, from, to).
const VALUE_GROUP: Readonly<Record<string, string>> = { required: 'role', from: 'role', to: 'role' };
const WORD = /^\w+$/;

/** The texts of the details from the message catalogue: `adminAudit.detailKeys.<key>`,
 * `adminAudit.values.<key>.<value>` (message keys cannot hold dots: `user.create` is `user_create`; roles are shared),
 * publication states from `adminForm.state`, field labels from `adminForm.fields`. */
export function auditTextsFrom(message: MessageLookup, pair: AuditTexts['pair']): AuditTexts {
  const word = (...parts: string[]) => parts.every((p) => WORD.test(p));
  return {
    key: (k) => (word(k) ? message(`adminAudit.detailKeys.${k}`) : undefined),
    value: (k, v) => {
      const value = v.replaceAll('.', '_');
      if (!word(k, value)) return undefined;
      if (k === 'publicationState') return message(`adminForm.state.${value}`);
      return message(`adminAudit.values.${Object.hasOwn(VALUE_GROUP, k) ? (VALUE_GROUP[k] ?? k) : k}.${value}`);
    },
    field: (name) => (word(name) ? message(`adminForm.fields.${name}`) : undefined),
    pair,
    yes: message('adminForm.yes') ?? '',
    no: message('adminForm.no') ?? '',
    none: message('adminForm.none') ?? '',
  };
}

/** One line of the details. */
export type DetailLine = { label: string; value: string };

// Internal database ids say nothing to staff (the record column names the record).
const HIDDEN = new Set(['id']);
const MAX = 300;

const cut = (s: string) => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scalar(key: string, v: unknown, texts: AuditTexts): string {
  if (v === null || v === undefined || v === '') return texts.none;
  if (typeof v === 'boolean') return v ? texts.yes : texts.no;
  if (typeof v === 'string') return texts.value(key, v) ?? v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return v.length ? v.map((x) => scalar(key, x, texts)).join(', ') : texts.none;
  if (isObject(v)) {
    // A nested record (a reference item before/after, a deleted record): its set fields, by their labels.
    const parts = Object.entries(v)
      .filter(([, x]) => x !== null && x !== '' && !(Array.isArray(x) && x.length === 0))
      .map(([k, x]) => texts.pair(texts.field(k) ?? texts.key(k) ?? k, scalar(k, x, texts)));
    return parts.length ? parts.join('; ') : texts.none;
  }
  return texts.none;
}

/** The details of an entry as lines, in stored order; none for an entry without details. */
export function auditDetailLines(details: unknown, texts: AuditTexts): DetailLine[] {
  if (details === null || details === undefined) return [];
  if (!isObject(details)) return [{ label: texts.key('value') ?? '', value: cut(scalar('value', details, texts)) }];
  const lines: DetailLine[] = [];
  for (const [key, v] of Object.entries(details)) {
    if (HIDDEN.has(key)) continue;
    const label = texts.key(key) ?? key;
    // Which fields an edit changed: their form labels.
    const value =
      key === 'changed' && Array.isArray(v)
        ? v.length
          ? v.map((f) => (typeof f === 'string' ? (texts.field(f) ?? f) : scalar(key, f, texts))).join(', ')
          : texts.none
        : scalar(key, v, texts);
    lines.push({ label, value: cut(value) });
  }
  return lines;
}
