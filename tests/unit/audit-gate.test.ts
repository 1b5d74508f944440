import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/audit.mjs against a stand-in `npm` that prints a given `npm audit --json` report.
const root = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];

function runGate(report: unknown, env: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-npm-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'report.json'), JSON.stringify(report));
  writeFileSync(path.join(dir, 'npm'), `#!/bin/sh\ncat "${path.join(dir, 'report.json')}"\n`);
  chmodSync(path.join(dir, 'npm'), 0o755);
  const { AUDIT_OFFLINE_OK: _ignored, ...inherited } = process.env;
  const run = spawnSync(process.execPath, ['scripts/audit.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, PATH: `${dir}:${process.env.PATH ?? ''}`, ...env },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the dependency audit gate', () => {
  const offline = {
    message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  };

  it('fails loudly when the advisory service cannot be reached', () => {
    const run = runGate(offline);
    expect(run.status).toBe(1);
    expect(run.output).toContain('NOT checked');
  });

  it('passes an unchecked run only when told to, and still says nothing was checked', () => {
    const run = runGate(offline, { AUDIT_OFFLINE_OK: '1' });
    expect(run.status).toBe(0);
    expect(run.output).toContain('NOT checked');
  });

  it('fails on a high or critical advisory and passes a clean report', () => {
    const counts = { info: 0, low: 1, moderate: 0, high: 0, critical: 0 };
    expect(runGate({ metadata: { vulnerabilities: counts } }).status).toBe(0);
    const high = runGate({
      metadata: { vulnerabilities: { ...counts, high: 1 } },
      vulnerabilities: { 'some-package': { severity: 'high', range: '<1.2.3' } },
    });
    expect(high.status).toBe(1);
    expect(high.output).toContain('some-package');
  });
});
