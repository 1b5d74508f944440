// Compares message catalogues: same keys, and the same ICU arguments in each message.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** A message catalogue as JSON: messages, and namespaces of messages. */
export type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function collect(elements: MessageFormatElement[], into: Set<string>): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) collect(option.value, into);
    }
    if (el.type === TYPE.tag) collect(el.children, into);
  }
  return into;
}

function argumentsOf(message: string): string[] {
  try {
    return [...collect(parse(message), new Set())].sort();
  } catch {
    return ['<unparsable message>'];
  }
}

/** Lists every difference between catalogues `a` and `b` (missing keys, differing arguments), named `names`. */
export function compareCatalogues(a: Tree, b: Tree, names: readonly [string, string]): string[] {
  const fa = flatten(a);
  const fb = flatten(b);
  const problems: string[] = [];
  for (const key of fa.keys()) if (!fb.has(key)) problems.push(`${key} is missing in ${names[1]}`);
  for (const key of fb.keys()) if (!fa.has(key)) problems.push(`${key} is missing in ${names[0]}`);
  for (const [key, value] of fa) {
    const other = fb.get(key);
    if (other === undefined) continue;
    const [x, y] = [argumentsOf(value).join(','), argumentsOf(other).join(',')];
    if (x !== y) problems.push(`${key} has arguments {${x}} in ${names[0]} but {${y}} in ${names[1]}`);
  }
  return problems;
}

/** Lists every difference between each catalogue and the reference one (the default locale's), by locale name. */
export function compareWithReference(catalogues: Readonly<Record<string, Tree>>, reference: string): string[] {
  const base = catalogues[reference];
  if (!base) return [`there is no catalogue for ${reference}`];
  return Object.entries(catalogues).flatMap(([name, catalogue]) =>
    name === reference ? [] : compareCatalogues(base, catalogue, [reference, name]),
  );
}
