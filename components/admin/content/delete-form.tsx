'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { ContentFormState } from '@/lib/actions/form-state';

type Props = {
  locale: string;
  keyName: 'code' | 'slug';
  keyValue: string;
  action: (prev: ContentFormState, form: FormData) => Promise<ContentFormState>;
};

/** Hard delete with a typed confirmation (admins only; the action checks the role). */
export function DeleteForm({ locale, keyName, keyValue, action }: Props) {
  const t = useTranslations('adminForm');
  const [state, formAction, pending] = useActionState(action, { ok: true } as ContentFormState);
  const failed = state.ok ? null : state;
  const error = failed?.fieldErrors?.confirmation ?? failed?.formError;
  return (
    <form action={formAction} className="mt-8 rounded border border-red-700 p-4" aria-labelledby="delete-title">
      <h2 id="delete-title" className="text-xl font-semibold text-red-800">
        {t('deleteTitle')}
      </h2>
      <p className="mt-1">{t('deleteIntro')}</p>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name={keyName} value={keyValue} />
      <label htmlFor="confirmation" className="mt-3 block font-semibold">
        {t('deleteConfirm', { key: keyValue })}
      </label>
      <input
        id="confirmation"
        name="confirmation"
        autoComplete="off"
        className="mt-1 w-full max-w-sm rounded border border-slate-500 p-2"
        aria-invalid={error ? true : undefined}
        aria-describedby="confirmation-error"
      />
      <p id="confirmation-error" className="mt-1 text-sm font-semibold text-red-700">
        {error ?? ''}
      </p>
      <button type="submit" disabled={pending} className="mt-2 rounded bg-red-800 px-4 py-2 font-semibold text-white">
        {t('deleteSubmit')}
      </button>
    </form>
  );
}
