import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every regular expression the importers run on uploaded or pasted text (lib/import, and the validation and domain
// modules they hand values to) must match in linear time. recheck proves it per regex; its pure JavaScript backend
// needs no Java or native binary and nothing from the network.
process.env.RECHECK_BACKEND = 'pure';
const { checkSync } = await import('recheck');

const root = path.resolve(import.meta.dirname, '../..');
const DIRS = ['lib/import', 'lib/validation', 'lib/domain'];

type Found = { file: string; line: number; source: string; flags: string };

/** The regular expression literals of a TypeScript file, and `new RegExp('…', '…')` calls with literal arguments. */
function regexesOf(file: string): Found[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const end = node.text.lastIndexOf('/');
      found.push({ file, line: at(node), source: node.text.slice(1, end), flags: node.text.slice(end + 1) });
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [source, flags] = node.arguments ?? [];
      if (source && ts.isStringLiteralLike(source)) {
        const text = flags && ts.isStringLiteralLike(flags) ? flags.text : '';
        found.push({ file, line: at(node), source: source.text, flags: text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const files = DIRS.flatMap((dir) =>
  readdirSync(path.join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f}`),
);
const regexes = files.flatMap(regexesOf);

describe('importer regular expressions', () => {
  it('are found in the importer modules', () => {
    expect(files).toContain('lib/import/project-page.ts');
    expect(regexes.length).toBeGreaterThan(30);
  });

  it('each match in linear time (recheck: safe)', { timeout: 120_000 }, () => {
    const unsafe = regexes
      .map((r) => ({ ...r, result: checkSync(r.source, r.flags) }))
      .filter((r) => r.result.status !== 'safe')
      .map((r) => `${r.file}:${r.line} /${r.source}/${r.flags} → ${r.result.status}`);
    expect(unsafe).toEqual([]);
  });
});
