import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The code's conventions, checked over the tree: imports go one way (app → components → lib), and server actions
// live in one place (lib/actions), so a reader knows where every public POST endpoint is.
const root = path.resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : files(rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}
const source = (f: string) => readFileSync(path.join(root, f), 'utf8');

describe('conventions', () => {
  it('nothing in lib imports from components or app', () => {
    const offenders = files('lib').filter((f) => /from '@\/(components|app)\//.test(source(f)));
    expect(offenders).toEqual([]);
  });

  it("server actions ('use server' files) live in lib/actions only", () => {
    const all = [...files('lib'), ...files('app'), ...files('components')];
    const actions = all.filter((f) => /^\s*['"]use server['"]/.test(source(f)));
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((f) => !f.startsWith(path.join('lib', 'actions')))).toEqual([]);
  });
});
