// The command line's side of applying an import: shows the differences, asks (or takes --yes), reports the outcome.
import { createInterface } from 'node:readline/promises';
import type { AppLocale } from '@/lib/i18n/routing';
import { applyImportedProject, type FieldChange } from './apply';
import type { PageImport } from './project-page';
import { describeFieldErrors, importTranslator } from './report';

async function ask(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(y|yes|o|oui)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** Applies a complete import; returns the process exit code (0 done or unchanged, 1 declined or refused). */
export async function applyPageImport(
  result: PageImport,
  options: { yes: boolean; locale: AppLocale },
): Promise<number> {
  const t = importTranslator(options.locale);
  const code = result.project.code ?? '';
  const answer = { refused: false };
  const confirm = async (changes: FieldChange[]) => {
    console.log(`\n${t('differences', { code })}`);
    for (const c of changes) console.log(`  ${c.field}: ${c.before} → ${c.after}`);
    if (options.yes) return true;
    if (!process.stdin.isTTY) {
      answer.refused = true;
      console.error(t('needsYes', { code }));
      return false;
    }
    return ask(t('confirm'));
  };
  try {
    const outcome = await applyImportedProject(result.project, result.language, confirm);
    if (outcome.kind === 'invalid') {
      console.log(describeFieldErrors(outcome.fieldErrors, options.locale).join('\n'));
      return 1;
    }
    if (outcome.kind === 'created') console.log(t('created', { code }));
    else if (outcome.kind === 'updated') console.log(t('updated', { code }));
    else if (outcome.kind === 'unchanged') console.log(t('unchanged', { code }));
    else if (!answer.refused) console.log(t('declined'));
    return outcome.kind === 'declined' ? 1 : 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}
