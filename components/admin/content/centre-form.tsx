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
  originalSlug?: string;
  version?: number;
  options: {
    kinds: Option[];
    statuses: Option[];
    countries: Option[];
    services: Option[];
    languages: Option[];
    projects: Option[];
  };
  labels: { location: string; mapLink: string };
};

/** The centre form: French and English side by side, coordinates, searchable services/languages/projects. */
export function CentreForm({ locale, action, initial, originalSlug, version, options, labels }: Props) {
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
    <TextField name={name} label={f(name as 'slug')} value={v(name)} error={err[name]} {...extra} />
  );
  const area = (name: string, lang: 'fr' | 'en', rows = 4) => (
    <TextArea name={name} label={f(name as 'slug')} value={v(name)} error={err[name]} lang={lang} rows={rows} />
  );
  const lat = v('latitude');
  const lon = v('longitude');
  return (
    <form action={formAction} noValidate aria-describedby="form-message" key={resultKey(state)}>
      <FormBanner error={failed?.formError} conflict={failed?.conflict} />
      <input type="hidden" name="locale" value={locale} />
      {originalSlug && <input type="hidden" name="originalSlug" value={originalSlug} />}
      {formVersion !== undefined && <input type="hidden" name="version" value={formVersion} />}
      <div className="grid gap-4 md:grid-cols-3">
        {field('slug', { hint: h('slug') })}
        <SelectField
          name="kind"
          label={f('kind')}
          value={v('kind')}
          options={options.kinds}
          error={err.kind}
          empty=""
        />
        <SelectField
          name="status"
          label={f('status')}
          value={v('status')}
          options={options.statuses}
          error={err.status}
          empty=""
        />
      </div>
      <fieldset className="mt-6">
        <legend className="text-xl font-semibold">{t('bilingualHeading')}</legend>
        <div className="mt-2 grid gap-4 md:grid-cols-2">
          <div className="space-y-4" lang="fr">
            <h3 className="font-semibold text-iom-blue-dark">{t('french')}</h3>
            {field('nameFr', { lang: 'fr' })}
            {area('descriptionFr', 'fr', 6)}
            {area('openingHoursFr', 'fr', 2)}
          </div>
          <div className="space-y-4" lang="en">
            <h3 className="font-semibold text-iom-blue-dark">{t('english')}</h3>
            {field('nameEn', { lang: 'en' })}
            {area('descriptionEn', 'en', 6)}
            {area('openingHoursEn', 'en', 2)}
          </div>
        </div>
      </fieldset>
      <fieldset className="mt-6">
        <legend className="text-xl font-semibold">{labels.location}</legend>
        <div className="mt-2 grid gap-4 md:grid-cols-2">
          <SelectField
            name="countryCode"
            label={f('countryCode')}
            value={v('countryCode')}
            options={options.countries}
            error={err.countryCode}
            empty=""
          />
          {field('adminArea')}
          {field('locality')}
          {field('streetAddress')}
          {field('latitude', { hint: h('latitude'), inputMode: 'decimal' })}
          {field('longitude', { hint: h('longitude'), inputMode: 'decimal' })}
        </div>
        {lat && lon && (
          <p className="mt-2">
            <a
              className="text-iom-blue underline"
              target="_blank"
              rel="noopener noreferrer"
              href={`https://www.openstreetmap.org/?mlat=${encodeURIComponent(lat)}&mlon=${encodeURIComponent(lon)}#map=12/${encodeURIComponent(lat)}/${encodeURIComponent(lon)}`}
            >
              {labels.mapLink}
            </a>
          </p>
        )}
      </fieldset>
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        {field('phone', { type: 'tel', inputMode: 'tel' })}
        {field('email', { type: 'email', inputMode: 'email' })}
        {field('website', { type: 'url', inputMode: 'url' })}
        {field('operator')}
        {field('partners')}
        {field('openedYear', { inputMode: 'numeric' })}
        {field('lastVerifiedAt', { hint: h('lastVerifiedAt') })}
      </div>
      <div className="mt-6 grid gap-4 md:grid-cols-3">
        <CheckboxList
          name="services"
          label={f('services')}
          options={options.services}
          selected={list('services')}
          error={err.services}
        />
        <CheckboxList
          name="languages"
          label={f('languages')}
          options={options.languages}
          selected={list('languages')}
          error={err.languages}
        />
        <CheckboxList
          name="projects"
          label={f('projects')}
          options={options.projects}
          selected={list('projects')}
          error={err.projects}
        />
      </div>
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
