// `npm run import:page -- FILE [--dry-run] [--json] [--yes] [--lang fr|en]`: reads the text of an IOM project page.
// --json prints the parsed record in the API's project shape; --dry-run writes nothing; otherwise the record is
// created as a draft, or an existing one is updated after its differences are shown and confirmed (--yes: no prompt).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getEnv } from '@/lib/env';
import { parseProjectPage } from '@/lib/import/project-page';
import { loadImportReference, SEED_IMPORT_REFERENCE } from '@/lib/import/reference';
import { formatImport } from '@/lib/import/report';
import { applyPageImport } from '@/lib/import/apply-cli';

const USAGE = 'Usage: npm run import:page -- FILE [--dry-run] [--json] [--yes] [--lang fr|en]';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, yes: { type: 'boolean' }, lang: { type: 'string' } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail(USAGE);
const lang = values.lang ?? 'en';
if (lang !== 'fr' && lang !== 'en') fail(`--lang must be fr or en\n${USAGE}`);

let text: string;
try {
  text = readFileSync(positionals[0]!, 'utf8');
} catch (error) {
  fail(`Cannot read ${positionals[0]}: ${(error as Error).message}`);
}

const hasDatabase = Boolean(getEnv().DATABASE_URL);
const dryRun = Boolean(values['dry-run']);
if (!dryRun && !hasDatabase) fail('DATABASE_URL is not set: set it to write the record, or use --dry-run.');
const reference = hasDatabase ? await loadImportReference() : SEED_IMPORT_REFERENCE;
const result = parseProjectPage(text, reference);

if (values.json) console.log(JSON.stringify(result.project, null, 2));
else console.log(formatImport(result, lang));
if (result.problems.length > 0) {
  if (values.json) console.error(formatImport(result, lang).split('\n\n').at(-1));
  process.exit(1);
}
if (!dryRun) {
  const code = await applyPageImport(result, { yes: Boolean(values.yes), locale: lang });
  process.exit(code);
}
process.exit(0);
