// CI check: the message catalogue of every locale (messages/<locale>.json) has the same keys and the same ICU
// arguments as the default locale's.
import { readFileSync } from 'node:fs';
import { compareWithReference, type Tree } from '../lib/i18n/message-keys';
import { routing } from '../lib/i18n/routing';

const file = (locale: string) => `messages/${locale}.json`;
const read = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../${file(locale)}`, import.meta.url), 'utf8')) as Tree;

const problems = compareWithReference(
  Object.fromEntries(routing.locales.map((locale) => [locale, read(locale)])),
  routing.defaultLocale,
);
if (problems.length > 0) {
  console.error(`Message catalogues differ:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`${routing.locales.map(file).join(', ')} have the same keys and arguments.`);
