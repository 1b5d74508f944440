// The login burst of bench:load (issue 11, item 2): 50 wrong logins at once (distinct e-mail and source addresses)
// while /api/v1/regions is read one request after another; none of those reads may take 1 s or more.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTestUser, uniqueEmail } from '../../tests/support/auth';

type ManifestEntry = { exportedName?: string; workers?: Record<string, { exportedName?: string }> };

/** The id of the login form's server action in the existing build. */
function loginActionId(): string {
  const file = resolve(import.meta.dirname, '../../.next/server/server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node: Record<string, ManifestEntry> };
  const nameOf = (e: ManifestEntry) => e.exportedName ?? Object.values(e.workers ?? {})[0]?.exportedName;
  const found = Object.entries(manifest.node).find(([, entry]) => nameOf(entry) === 'loginAction');
  if (!found) throw new Error('loginAction is not in .next/server/server-reference-manifest.json');
  return found[0];
}

/** One wrong login posted as the login form does (React's reply encoding of `loginAction(state, formData)`). */
async function postWrongLogin(base: string, actionId: string, email: string, sourceAddress: string): Promise<boolean> {
  const body = new FormData();
  body.set('_1_locale', 'en');
  body.set('_1_email', email);
  body.set('_1_password', 'not the password at all');
  // Last, as the browser sends it: the form's fields must be there when React decodes the arguments that refer to them.
  body.set('0', JSON.stringify([{ ok: true, step: 'password' }, '$K1']));
  const res = await fetch(`${base}/en/admin/login`, {
    method: 'POST',
    body,
    signal: AbortSignal.timeout(120_000),
    // X-Forwarded-For is believed from a loopback peer (TRUSTED_PROXIES defaults to `loopback`).
    headers: { 'next-action': actionId, origin: base, accept: 'text/x-component', 'x-forwarded-for': sourceAddress },
  });
  const text = await res.text();
  // The form's answer: the wrong-password message, or the throttling one.
  const answered = text.includes('Wrong e-mail address or password.') || text.includes('Too many failed attempts');
  return res.status === 200 && answered;
}

export type BurstFigures = {
  answered: number;
  loginsMs: number;
  regionErrors: number;
  requests: number;
  p50: number;
  max: number;
  /** All 50 answered, no failed read, none of 1 s or more. */
  ok: boolean;
};

/** 50 wrong logins at once (10 existing accounts, 40 unknown addresses) while /api/v1/regions is read in a loop. */
export async function loginBurst(base: string, databaseUrl: string): Promise<BurstFigures> {
  const actionId = loginActionId();
  const existing = await Promise.all(Array.from({ length: 10 }, () => createTestUser(databaseUrl, { role: 'editor' })));
  const emails = Array.from({ length: 50 }, (_, i) => existing[i]?.email ?? uniqueEmail('nobody'));
  await (await fetch(`${base}/api/v1/regions`)).arrayBuffer();
  const logins = { done: false };
  const started = performance.now();
  const answers = Promise.all(
    emails.map((email, i) => postWrongLogin(base, actionId, email, `198.51.100.${i + 1}`).catch(() => false)),
  ).finally(() => {
    logins.done = true;
  });
  const regions: number[] = [];
  let regionErrors = 0;
  while (!logins.done) {
    const before = performance.now();
    const res = await fetch(`${base}/api/v1/regions`, { signal: AbortSignal.timeout(60_000) }).catch(() => null);
    await res?.arrayBuffer();
    if (res?.status !== 200) regionErrors += 1;
    regions.push(performance.now() - before);
  }
  const answered = (await answers).filter(Boolean).length;
  regions.sort((a, b) => a - b);
  const max = regions.at(-1) ?? NaN;
  return {
    answered,
    loginsMs: performance.now() - started,
    regionErrors,
    requests: regions.length,
    p50: regions[Math.floor(regions.length / 2)] ?? NaN,
    max,
    ok: answered === 50 && regionErrors === 0 && max < 1000,
  };
}
