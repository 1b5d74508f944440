import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Option } from '@/lib/actions/form-state';
import type { Field } from '@/lib/content/field';
import { CONTENT_MODELS, type RecordKind } from '@/lib/content/models';
import { getRecordFormChoices, type ReferenceChoice } from '@/lib/data/admin-records';
import { pickLocalised } from '@/lib/format';
import type { AppLocale } from '@/lib/i18n/routing';

/** The choices of a record kind's form, by field name, labelled in the page language (codes shown with names). */
export async function recordFormOptions(kind: RecordKind, locale: AppLocale): Promise<Record<string, Option[]>> {
  const choices = await getRecordFormChoices(kind);
  const collator = new Intl.Collator(locale);
  const label = (c: ReferenceChoice, target: string) => {
    const name = pickLocalised(c.names, locale)?.value ?? '';
    if (target === 'project') return `${c.value} ${name}`.trim();
    return c.showKey ? `${name} (${c.value})` : name;
  };
  const out: Record<string, Option[]> = {};
  for (const [name, field] of Object.entries(CONTENT_MODELS[kind].fields) as [string, Field][]) {
    if (field.type === 'choice') {
      const t = await getTranslations({ locale, namespace: field.labels });
      out[name] = field.values.map((v) => ({ value: v, label: t(v as never) }));
    } else if (field.type === 'ref' || field.type === 'links') {
      const options = (choices[name] ?? []).map((c) => ({ value: c.value, label: label(c, field.target) }));
      // Countries and languages read best sorted by name; curated lists (regions, services) keep their order.
      const byName = field.target === 'country' || field.target === 'language';
      out[name] = byName ? options.sort((a, b) => collator.compare(a.label, b.label)) : options;
    }
  }
  return out;
}
