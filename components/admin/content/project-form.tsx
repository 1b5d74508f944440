'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { CheckboxList, SelectField, TextArea, TextField } from '@/components/admin/content/fields';
import { FormBanner } from '@/components/admin/content/form-banner';
import { resultKey, type ContentFormState, type FormValues, type Option } from '@/components/admin/content/form-state';

const INITIAL: ContentFormState = { ok: true };

type Props = {
  locale: string;
  action: (prev: ContentFormState, form: FormData) => Promise<ContentFormState>;
  initial: FormValues;
  originalCode?: string;
  version?: number;
  options: { statuses: Option[]; coverages: Option[]; types: Option[]; regions: Option[]; countries: Option[] };
  /** Lets controls outside the form join it (`form` attribute), e.g. the import's confirmation box. */
  formId?: string;
};

/** The project form: French and English side by side; works without JavaScript; keeps input on failure. */
export function ProjectForm({ locale, action, initial, originalCode, version, options, formId }: Props) {
  const t = useTranslations('adminForm');
  const f = useTranslations('adminForm.fields');
  const h = useTranslations('adminForm.hints');
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const failed = state.ok ? null : state;
  const values = failed?.values ?? initial;
  const err = failed?.fieldErrors ?? {};
  const v = (k: string) => {
    const x = values[k];
    return typeof x === 'string' ? x : '';
  };
  const list = (k: string) => {
    const x = values[k];
    return Array.isArray(x) ? x : typeof x === 'string' && x ? [x] : [];
  };
  const formVersion = failed?.conflict?.currentVersion ?? version;
  const field = (name: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={f(name as 'code')} value={v(name)} error={err[name]} {...extra} />
  );
  return (
    <form id={formId} action={formAction} noValidate aria-describedby="form-message" key={resultKey(state)}>
      <FormBanner error={failed?.formError} conflict={failed?.conflict} />
      <input type="hidden" name="locale" value={locale} />
      {originalCode && <input type="hidden" name="originalCode" value={originalCode} />}
      {formVersion !== undefined && <input type="hidden" name="version" value={formVersion} />}
      <div className="grid gap-4 md:grid-cols-2">
        {field('code', { hint: h('code') })}
        {field('primaId')}
      </div>
      <fieldset className="mt-6">
        <legend className="text-xl font-semibold">{t('bilingualHeading')}</legend>
        <div className="mt-2 grid gap-4 md:grid-cols-2">
          <div className="space-y-4" lang="fr">
            <h3 className="font-semibold text-iom-blue-dark">{t('french')}</h3>
            {field('titleFr', { lang: 'fr' })}
            <TextArea name="summaryFr" label={f('summaryFr')} value={v('summaryFr')} error={err.summaryFr} lang="fr" />
          </div>
          <div className="space-y-4" lang="en">
            <h3 className="font-semibold text-iom-blue-dark">{t('english')}</h3>
            {field('titleEn', { lang: 'en' })}
            <TextArea name="summaryEn" label={f('summaryEn')} value={v('summaryEn')} error={err.summaryEn} lang="en" />
          </div>
        </div>
      </fieldset>
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <SelectField
          name="status"
          label={f('status')}
          value={v('status')}
          options={options.statuses}
          error={err.status}
          empty=""
        />
        <SelectField
          name="coverage"
          label={f('coverage')}
          value={v('coverage')}
          options={options.coverages}
          error={err.coverage}
          empty=""
        />
        <SelectField
          name="type"
          label={f('type')}
          value={v('type')}
          options={options.types}
          error={err.type}
          empty=""
        />
        <SelectField
          name="region"
          label={f('region')}
          value={v('region')}
          options={options.regions}
          error={err.region}
          empty=""
        />
        {field('budgetUsd', { hint: h('budgetUsd'), inputMode: 'decimal' })}
        {field('fundingYear', { inputMode: 'numeric' })}
        {field('startYear', { inputMode: 'numeric' })}
        {field('endYear', { inputMode: 'numeric' })}
      </div>
      <div className="mt-6">
        <CheckboxList
          name="countries"
          label={f('countries')}
          options={options.countries}
          selected={list('countries')}
          error={err.countries}
        />
      </div>
      <div className="mt-6">{field('sourceUrl', { type: 'url', inputMode: 'url' })}</div>
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
