// Turns a submitted FormData into a plain object for the zod schemas: repeated fields become arrays,
// files and Next.js internals are dropped (a file where text is expected is then reported as missing).
export type FormObject = Record<string, string | string[]>;

/** Plain object of a FormData; names in `multi` are always arrays. */
export function formDataToObject(form: FormData, multi: readonly string[] = []): FormObject {
  const out: FormObject = {};
  for (const name of multi) out[name] = [];
  for (const [name, value] of form.entries()) {
    if (name.startsWith('$ACTION') || typeof value !== 'string') continue;
    if (multi.includes(name)) (out[name] as string[]).push(value);
    else if (!(name in out)) out[name] = value;
  }
  return out;
}

/** The text of one field ('' when it is absent or a file). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
