import 'server-only';
import { getTranslations } from 'next-intl/server';
import { referenceNames, type DisplayTables } from '@/lib/content/display';
import type { ChoiceLabels, Field } from '@/lib/content/field';
import { CONTENT_MODELS, type RecordKind } from '@/lib/content/models';
import { getRecordFormChoices } from '@/lib/data/admin-records';
import { PUBLICATION_STATES } from '@/lib/domain/project';
import type { AppLocale } from '@/lib/i18n/routing';

/** The names a kind's stored codes are shown by in `locale` (choices, states, references), for
 * lib/content/display.ts. Staff only: the reference names come from the staff data layer. */
export async function recordDisplayTables(kind: RecordKind, locale: AppLocale): Promise<DisplayTables> {
  const model = CONTENT_MODELS[kind];
  const names = referenceNames(model, await getRecordFormChoices(kind), locale);
  const choices = new Map<ChoiceLabels, Map<string, string>>();
  for (const field of Object.values(model.fields) as Field[]) {
    if (field.type !== 'choice' || choices.has(field.labels)) continue;
    const t = await getTranslations({ locale, namespace: field.labels });
    choices.set(field.labels, new Map(field.values.map((v) => [v, t(v as never)])));
  }
  const tf = await getTranslations({ locale, namespace: 'adminForm.state' });
  const states = new Map(PUBLICATION_STATES.map((s) => [s, tf(s)] as const));
  return { names, choices, states };
}
