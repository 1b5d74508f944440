// `npm run import:page -- FILE [--dry-run] [--json] [--yes] [--lang LANG]`: reads the text of an IOM project page.
// --json prints the parsed record in the API's project shape; --dry-run writes nothing; otherwise the record is
// created as a draft, or an existing one is updated after its differences are shown and confirmed (--yes: no prompt).
// The record is checked with the staff form's schema first (a dry run reports what the form would refuse).
// The exit code is set, never forced with process.exit: output to a pipe (`| jq`) is written out whole first.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { isAppLocale, routing } from '@/lib/i18n/routing';
import { applyPageImport } from '@/lib/import/apply-cli';
import { parseProjectPage } from '@/lib/import/project-page';
import { loadImportReference, SEED_IMPORT_REFERENCE } from '@/lib/import/reference';
import { describeFieldErrors, formatImport } from '@/lib/import/report';
import { checkImportedProject } from '@/lib/import/validate';

const USAGE = 'Usage: npm run import:page -- FILE [--dry-run] [--json] [--yes] [--lang LANG]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        yes: { type: 'boolean' },
        lang: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [file] = positionals;
  if (positionals.length !== 1 || file === undefined) {
    console.error(USAGE);
    return 2;
  }
  const lang = values.lang ?? 'en';
  if (!isAppLocale(lang)) {
    console.error(`--lang must be one of ${routing.locales.join(', ')}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const hasDatabase = Boolean(getEnv().DATABASE_URL);
  const dryRun = Boolean(values['dry-run']);
  if (!dryRun && !hasDatabase) {
    console.error('DATABASE_URL is not set: set it to write the record, or use --dry-run.');
    return 2;
  }
  try {
    const reference = hasDatabase ? await loadImportReference() : SEED_IMPORT_REFERENCE;
    const result = parseProjectPage(text, reference);
    // Problems go to standard error with --json, so standard output stays one JSON document.
    const report = (lines: string) => (values.json ? console.error(lines) : console.log(lines));
    if (values.json) console.log(JSON.stringify(result.project, null, 2));
    else console.log(formatImport(result, lang));
    if (result.problems.length > 0) {
      if (values.json) report(formatImport(result, lang).split('\n\n').at(-1) ?? '');
      return 1;
    }
    const check = checkImportedProject(result.project, result.language);
    if (!check.ok) {
      report(describeFieldErrors(check.fieldErrors, lang).join('\n'));
      return 1;
    }
    if (dryRun) return 0;
    return await applyPageImport(result, { yes: Boolean(values.yes), locale: lang });
  } finally {
    // The pool's idle connections would keep the process alive.
    if (hasDatabase) await getDb().$disconnect();
  }
}

process.exitCode = await main();
