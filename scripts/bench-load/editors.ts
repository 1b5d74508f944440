// The editors of bench:load: staff users in Chromium (one browser, one context each, logged in as themselves), each
// saving the English title of one project through the real staff form about once a second. Editors 1..N-1 edit
// records of their own; the last two share one, so their saves race and one is refused with the form's conflict.
import { chromium, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { createTestUser, type TestUser } from '../../tests/support/auth';

// The staff form's answer when another editor saved the record first (adminForm.conflictTitle in messages/en.json).
const CONFLICT = 'Someone else saved this record while you were editing it';
// Where a save leads: the record's form again, saying it was saved.
const SAVED_URL = /\/en\/admin\/projects\/[^/?]+\?saved=updated$/;
// Published records whose public pages are among the traffic's URLs come first; the shared one is PX.0220.
const SHARED = 'PX.0220';
const PREFERRED = ['PO.0160', 'FM.0283'];

/** The record each of `count` editors edits: editors 1..count-1 one each, the last two the same (PX.0220). */
export async function recordsFor(databaseUrl: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let published: string[];
  try {
    const rows = await client.query<{ code: string }>(
      "SELECT code FROM project WHERE publication_state = 'published' AND draft IS NULL ORDER BY code",
    );
    published = rows.rows.map((r) => r.code);
  } finally {
    await client.end();
  }
  const own = Math.max(0, count - 2);
  const others = [...PREFERRED, ...published].filter((c, i, all) => c !== SHARED && all.indexOf(c) === i);
  const candidates = others.filter((c) => published.includes(c)).slice(0, own);
  if (candidates.length < own || !published.includes(SHARED)) throw new Error(`Not enough published projects`);
  // One editor alone edits the shared record by itself.
  return [...candidates, ...Array.from({ length: Math.min(count, 2) }, () => SHARED)];
}

export type Editor = { index: number; code: string; user: TestUser; page: Page };
type Save = { version: number; title: string; ms: number };
export type EditorFigures = {
  index: number;
  code: string;
  userId: string;
  /** Saves the form answered with the record's next version: that version, the title saved, click to answer. */
  accepted: Save[];
  /** Click to answer of saves refused because the other editor had saved first (then the form is reloaded). */
  refusedMs: number[];
  /** Saves neither accepted nor refused for a conflict (an error message, no answer within 30 s): what happened. */
  failures: string[];
  /** Saves sent without an answer: the version and title they would have written (the server may still have). */
  unanswered: Omit<Save, 'ms'>[];
};

/** Launches Chromium and logs in one editor per record given, each in a browser context of its own. */
export async function openEditors(
  base: string,
  databaseUrl: string,
  codes: string[],
): Promise<{ editors: Editor[]; close: () => Promise<void> }> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const editors = await Promise.all(
      codes.map(async (code, i) => {
        const user = await createTestUser(databaseUrl, { role: 'editor', name: `Load editor ${i + 1}` });
        const page = await (await browser.newContext()).newPage();
        await page.goto(`${base}/en/admin/login`);
        await page.getByLabel('E-mail address').fill(user.email);
        await page.getByLabel('Password', { exact: true }).fill(user.password);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.waitForURL(/\/en\/admin$/, { timeout: 60_000 });
        return { index: i + 1, code, user, page };
      }),
    );
    return { editors, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

// From the form it is on (after a save, the form with the new version): a new English title, "Save and publish",
// then the form's answer; the next save starts one second after this one did.
/** One editor saving through the staff form about once a second until `until()`. */
export async function runEditor(editor: Editor, base: string, until: () => boolean): Promise<EditorFigures> {
  const { page, code, index } = editor;
  const form = `${base}/en/admin/projects/${encodeURIComponent(code)}`;
  const figures: EditorFigures = {
    index,
    code,
    userId: editor.user.id,
    accepted: [],
    refusedMs: [],
    failures: [],
    unanswered: [],
  };
  let reload = true;
  let attempt = 0;
  while (!until()) {
    const started = Date.now();
    attempt += 1;
    const title = `Load test of ${code}: editor ${index}, save ${attempt}`;
    let sent: Omit<Save, 'ms'> | undefined;
    try {
      if (reload || !SAVED_URL.test(page.url())) await page.goto(form);
      reload = false;
      await page.getByLabel('Title (English)').fill(title);
      const version = Number(await page.locator('input[name="version"]').inputValue());
      sent = { version: version + 1, title };
      const clicked = performance.now();
      await page.getByRole('button', { name: 'Save and publish' }).click();
      // The answer: the conflict (or another error) in the form's alert, or the form back with a later version and
      // the address saying "saved" (the address alone may already say so: the form it was saved from). A conflict
      // also puts the current version in the form, but always with the alert. The save wrote version + 1 (written
      // only where the record was still at `version`); a version beyond means someone saved after it already.
      const answer = await page.waitForFunction(
        ({ before, conflict }) => {
          const message = document.querySelector('#form-message');
          if (message?.getAttribute('role') === 'alert') {
            const text = message.textContent;
            return text.includes(conflict) ? 'conflict' : `error: ${text.slice(0, 200)}`;
          }
          const shown = Number(document.querySelector<HTMLInputElement>('input[name="version"]')?.value);
          return shown > before && /[?&]saved=updated$/.test(location.search) ? 'saved' : false;
        },
        { before: version, conflict: CONFLICT },
        { timeout: 30_000, polling: 20 },
      );
      const ms = performance.now() - clicked;
      sent = undefined;
      const outcome = await answer.jsonValue();
      if (outcome === 'saved') figures.accepted.push({ version: version + 1, title, ms });
      else {
        reload = true;
        if (outcome === 'conflict') figures.refusedMs.push(ms);
        else figures.failures.push(String(outcome));
      }
    } catch (error) {
      reload = true;
      if (sent) figures.unanswered.push(sent);
      figures.failures.push((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '');
    }
    await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - started))));
  }
  return figures;
}
