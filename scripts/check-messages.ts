// CI check: messages/fr.json and messages/en.json have the same keys and the same ICU arguments.
import en from '../messages/en.json' with { type: 'json' };
import fr from '../messages/fr.json' with { type: 'json' };
import { compareCatalogues } from '../lib/i18n/message-keys';

const problems = compareCatalogues(en, fr);
if (problems.length > 0) {
  console.error(`Message catalogues differ:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('messages/en.json and messages/fr.json have the same keys and arguments.');
