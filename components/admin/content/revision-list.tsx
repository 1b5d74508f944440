import { getTranslations } from 'next-intl/server';
import type { RevisionItem } from '@/lib/data/admin-support';
import type { SnapshotValue } from '@/lib/domain/diff';
import { CONTENT_LOCALES, columnsOf, type Field } from '@/lib/content/field';
import { CONTENT_MODELS, type RecordKind } from '@/lib/content/models';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = {
  kind: RecordKind;
  locale: AppLocale;
  revisions: RevisionItem[];
  currentVersion: number;
  keyName: 'code' | 'slug';
  keyValue: string;
  restore: (form: FormData) => Promise<void>;
};

/** Each stored name of a kind's fields: its field, and the language of a translated text. */
function columnsByName(kind: RecordKind): Map<string, { field: Field; lang?: AppLocale }> {
  const out = new Map<string, { field: Field; lang?: AppLocale }>();
  for (const [name, field] of Object.entries(CONTENT_MODELS[kind].fields) as [string, Field][]) {
    const columns = columnsOf(name, field);
    columns.forEach((c, i) => out.set(c, { field, lang: columns.length > 1 ? CONTENT_LOCALES[i] : undefined }));
  }
  return out;
}

function display(v: SnapshotValue): string {
  return v === null || v === '' ? '' : Array.isArray(v) ? v.join(', ') : String(v);
}

/**
 * Revisions newest first, each with its field-level changes (French and English fields labelled) and a restore button.
 */
export async function RevisionList({ kind, locale, revisions, currentVersion, keyName, keyValue, restore }: Props) {
  const t = await getTranslations({ locale, namespace: 'adminHistory' });
  const tf = await getTranslations({ locale, namespace: 'adminForm' });
  const fields = await getTranslations({ locale, namespace: 'adminForm.fields' });
  if (revisions.length === 0) return <p>{t('empty')}</p>;
  const columns = columnsByName(kind);
  const choiceLabels = new Map<string, (v: string) => string>();
  for (const field of columns.values()) {
    if (field.field.type === 'choice' && !choiceLabels.has(field.field.labels)) {
      const tl = await getTranslations({ locale, namespace: field.field.labels });
      choiceLabels.set(field.field.labels, (v) => (tl.has(v as never) ? tl(v as never) : v));
    }
  }
  // Stored codes in the staff member's language where the model says what they are (choices, publication state).
  const label = (name: string, field: Field | undefined, v: SnapshotValue): string => {
    if (typeof v === 'string' && field?.type === 'choice') return choiceLabels.get(field.labels)?.(v) ?? v;
    if (typeof v === 'string' && name === 'publicationState') return tf(`state.${v as 'draft'}`);
    return display(v);
  };
  const dateFormat = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  const cell = 'border-b border-slate-300 p-2 align-top';
  return (
    <ol className="space-y-6">
      {revisions.map((r) => (
        <li key={r.id} className="rounded border border-slate-300 p-4">
          <h2 className="text-lg font-semibold">
            {t('revision', { version: r.version })} · {t(`actions.${r.action as 'create'}`)}{' '}
            {t('by', { name: r.actorLabel ?? t('unknownActor') })}{' '}
            {t('at', { date: `${dateFormat.format(new Date(r.createdAt))} UTC` })}
            {r.version === currentVersion && (
              <span className="ml-2 rounded bg-slate-200 px-2 text-sm">{t('current')}</span>
            )}
          </h2>
          {r.changes.length === 0 ? (
            <p>{t('noChanges')}</p>
          ) : (
            <table className="mt-2 w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t('tableCaption', { version: r.version })}</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>
                    {t('field')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('before')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('after')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.changes.map((c) => {
                  const column = columns.get(c.field);
                  const lang = column?.lang;
                  const show = (v: SnapshotValue) => label(c.field, column?.field, v);
                  return (
                    <tr key={c.field}>
                      <th scope="row" className={`${cell} font-normal`}>
                        {fields.has(c.field as 'code') ? fields(c.field as 'code') : c.field}
                      </th>
                      <td className={cell} lang={lang}>
                        {show(c.before) ? <del>{show(c.before)}</del> : tf('none')}
                      </td>
                      <td className={cell} lang={lang}>
                        {show(c.after) ? <ins>{show(c.after)}</ins> : tf('none')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {r.version !== currentVersion && r.action !== 'delete' && (
            <form action={restore} className="mt-2">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name={keyName} value={keyValue} />
              <input type="hidden" name="revisionId" value={r.id} />
              <input type="hidden" name="version" value={currentVersion} />
              <button
                type="submit"
                aria-describedby={`restore-hint-${r.id}`}
                className="rounded border border-iom-blue px-3 py-1 text-iom-blue hover:bg-slate-100"
              >
                {t('restore')}
              </button>
              <span id={`restore-hint-${r.id}`} className="ml-2 text-sm text-slate-700">
                {t('restoreHint', { version: r.version })}
              </span>
            </form>
          )}
        </li>
      ))}
    </ol>
  );
}
