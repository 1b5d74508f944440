import { getTranslations } from 'next-intl/server';
import { dateTimeFormat } from '@/lib/format';
import { recordDisplayTables } from '@/lib/admin/record-labels';
import { columnOf, displayValue } from '@/lib/content/display';
import type { RevisionItem } from '@/lib/data/admin-support';
import type { SnapshotValue } from '@/lib/domain/diff';
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

/**
 * Revisions newest first, each with its field-level changes and a restore button. Values read as staff know them:
 * choices, states and references (types, regions, countries, services, languages) by their names in the page
 * language; French and English texts marked as such.
 */
export async function RevisionList({ kind, locale, revisions, currentVersion, keyName, keyValue, restore }: Props) {
  const t = await getTranslations({ locale, namespace: 'adminHistory' });
  const tf = await getTranslations({ locale, namespace: 'adminForm' });
  const fields = await getTranslations({ locale, namespace: 'adminForm.fields' });
  if (revisions.length === 0) return <p>{t('empty')}</p>;
  const model = CONTENT_MODELS[kind];
  const tables = await recordDisplayTables(kind, locale);
  const dateFormat = dateTimeFormat(locale);
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
                  const lang = columnOf(model, c.field)?.lang;
                  const show = (v: SnapshotValue) => displayValue(model, c.field, v, tables);
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
