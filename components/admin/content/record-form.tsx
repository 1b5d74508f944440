'use client';
import { useActionState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { CheckboxList, SelectField, TextArea, TextField } from '@/components/admin/content/fields';
import { FormBanner } from '@/components/admin/content/form-banner';
import { resultKey } from '@/components/admin/content/form-state';
import type { ContentFormState, FormValues, Option } from '@/lib/actions/form-state';
import { CONTENT_LOCALES, localisedName, type Field, type FormSection } from '@/lib/content/field';
import { CONTENT_MODELS, type RecordKind } from '@/lib/content/models';
import type { TranslationState } from '@/lib/content/translation';

const INITIAL: ContentFormState = { ok: true };
const GRID = 'grid gap-4 md:grid-cols-2';

type Props = {
  kind: RecordKind;
  locale: string;
  action: (prev: ContentFormState, form: FormData) => Promise<ContentFormState>;
  initial: FormValues;
  /** The record's key when editing (the key field may be changed in the form; this says which record it was). */
  originalKey?: string;
  version?: number;
  /** The choices of the choice and reference fields, by field name, labelled in the page language. */
  options: Record<string, Option[]>;
  /** Lets controls outside the form join it (`form` attribute), e.g. the import's confirmation box. */
  formId?: string;
  /** Each translated text's state when editing (`summaryFr` → 'stale'), shown under it. */
  translation?: Record<string, TranslationState>;
};

const INPUT: Partial<
  Record<Field['type'], { type?: string; inputMode?: 'numeric' | 'decimal' | 'url' | 'email' | 'tel' }>
> = {
  money: { inputMode: 'decimal' },
  year: { inputMode: 'numeric' },
  coordinate: { inputMode: 'decimal' },
  url: { type: 'url', inputMode: 'url' },
  email: { type: 'email', inputMode: 'email' },
  phone: { type: 'tel', inputMode: 'tel' },
};

/** The staff form of any record kind, laid out from its content model: texts in each language side by side; works
 * without JavaScript; keeps what was typed on failure. */
export function RecordForm(props: Props) {
  const { kind, locale, action, initial, originalKey, version, options, formId, translation = {} } = props;
  const t = useTranslations('adminForm');
  const f = useTranslations('adminForm.fields');
  const h = useTranslations('adminForm.hints');
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const model = CONTENT_MODELS[kind];
  const failed = state.ok ? null : state;
  const values = failed?.values ?? initial;
  const err = failed?.fieldErrors ?? {};
  const text = (k: string) => {
    const x = values[k];
    return typeof x === 'string' ? x : '';
  };
  const list = (k: string) => {
    const x = values[k];
    return Array.isArray(x) ? x : typeof x === 'string' && x ? [x] : [];
  };
  const formVersion = failed?.conflict?.currentVersion ?? version;
  const entries = Object.entries(model.fields) as [string, Field][];
  const inSection = (s: FormSection) => entries.filter(([, field]) => field.form.section === s);
  const label = (name: string) => f(name as 'code');

  const control = (name: string, field: Field, lang?: string): ReactNode => {
    const common = { name, label: label(name), error: err[name], lang };
    const hint = field.form.hint ? h(name as 'code') : undefined;
    if (field.type === 'links') {
      return <CheckboxList key={name} {...common} options={options[name] ?? []} selected={list(name)} />;
    }
    if (field.type === 'choice' || field.type === 'ref') {
      return <SelectField key={name} {...common} value={text(name)} options={options[name] ?? []} empty="" />;
    }
    if (field.type === 'text' && field.multiline) {
      const rows = field.max > 5000 ? 6 : 3;
      return <TextArea key={name} {...common} hint={hint} value={text(name)} rows={rows} />;
    }
    return <TextField key={name} {...common} hint={hint} value={text(name)} {...INPUT[field.type]} />;
  };
  const plain = (s: FormSection) => inSection(s).map(([name, field]) => control(name, field));

  const texts = inSection('texts');
  const location = inSection('location');
  const lat = text('latitude');
  const lon = text('longitude');
  const lists = inSection('lists');
  return (
    <form id={formId} action={formAction} noValidate aria-describedby="form-message" key={resultKey(state)}>
      <FormBanner error={failed?.formError} conflict={failed?.conflict} />
      <input type="hidden" name="locale" value={locale} />
      {originalKey && <input type="hidden" name="originalKey" value={originalKey} />}
      {formVersion !== undefined && <input type="hidden" name="version" value={formVersion} />}
      <div className={inSection('identity').length > 2 ? 'grid gap-4 md:grid-cols-3' : GRID}>{plain('identity')}</div>
      {texts.length > 0 && (
        <fieldset className="mt-6">
          <legend className="text-xl font-semibold">{t('bilingualHeading')}</legend>
          <div className="mt-2 grid gap-4 md:grid-cols-3">
            {CONTENT_LOCALES.map((l) => (
              <div key={l} className="space-y-4" lang={l}>
                <h3 className="font-semibold text-iom-blue-dark">{t(`languages.${l}`)}</h3>
                {texts.map(([name, field]) => (
                  <div key={name}>
                    {control(localisedName(name, l), field, l)}
                    <TranslationStatus name={name} lang={l} state={translation[localisedName(name, l)]} />
                  </div>
                ))}
              </div>
            ))}
          </div>
        </fieldset>
      )}
      {location.length > 0 && (
        <fieldset className="mt-6">
          <legend className="text-xl font-semibold">{t('sections.location')}</legend>
          <div className={`mt-2 ${GRID}`}>{plain('location')}</div>
          {lat && lon && (
            <p className="mt-2">
              <a
                className="text-iom-blue underline"
                target="_blank"
                rel="noopener noreferrer"
                href={`https://www.openstreetmap.org/?mlat=${encodeURIComponent(lat)}&mlon=${encodeURIComponent(lon)}#map=12/${encodeURIComponent(lat)}/${encodeURIComponent(lon)}`}
              >
                {t('mapLink')}
              </a>
            </p>
          )}
        </fieldset>
      )}
      <div className={`mt-6 ${GRID}`}>
        {plain('details')}
        {plain('contact')}
      </div>
      {lists.length > 0 && (
        <div className={`mt-6 grid gap-4 ${lists.length > 1 ? 'md:grid-cols-3' : ''}`}>{plain('lists')}</div>
      )}
      {inSection('links').length > 0 && <div className="mt-6">{plain('links')}</div>}
      <p className="mt-6 text-sm text-slate-700">{t('saveDraftHint')}</p>
      <div className="mt-2 flex flex-wrap gap-3">
        <button
          type="submit"
          name="intent"
          value="draft"
          disabled={pending}
          className="rounded border border-iom-blue px-4 py-2 font-semibold text-iom-blue hover:bg-slate-100"
        >
          {t('saveDraft')}
        </button>
        <button
          type="submit"
          name="intent"
          value="publish"
          disabled={pending}
          className="rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark"
        >
          {t('savePublish')}
        </button>
        {pending && <span role="status">{t('saving')}</span>}
      </div>
    </form>
  );
}

const STATE_STYLE: Record<TranslationState, string> = {
  source: 'text-slate-700',
  current: 'text-green-800',
  missing: 'text-amber-800',
  stale: 'text-red-800',
};

/** A translated text's state under its control; an out-of-date one offers to confirm it still matches the source. */
function TranslationStatus({ name, lang, state }: { name: string; lang: string; state?: TranslationState }) {
  const t = useTranslations('adminForm.translation');
  if (!state) return null;
  return (
    <div className="mt-1 text-sm" data-translation={`${name}.${lang}`} data-translation-state={state}>
      <p className={STATE_STYLE[state]}>{t(state)}</p>
      {state === 'stale' && (
        <label className="mt-1 flex items-center gap-2">
          <input type="checkbox" name="confirm" value={`${name}.${lang}`} className="h-5 w-5" />
          {t('confirm')}
        </label>
      )}
    </div>
  );
}
