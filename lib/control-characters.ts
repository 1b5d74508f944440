// Control characters in free text. The forms refuse the C0 controls other than tab, line feed and carriage return,
// and DEL: they are invisible, NUL cannot be stored by PostgreSQL, and XML 1.0 (the IATI export) cannot hold C0
// controls at all. The exports strip them, with the other characters XML 1.0 excludes (lone surrogates, U+FFFE,
// U+FFFF), from what older records may still hold.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const UNSAFE = /[^\t\n\r\u0020-\u007E\u0080-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** True when the text holds a C0 control other than tab, LF and CR, or DEL. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/** The text without C0 controls (but tab, LF, CR), DEL, lone surrogates, U+FFFE and U+FFFF: safe in XML and JSON. */
export function stripControlCharacters(text: string): string {
  return text.replace(UNSAFE, '');
}

/** A JSON.stringify replacer that strips those characters from every string of the value. */
export function stripControlCharactersReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? stripControlCharacters(value) : value;
}
