'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldError, FormMessage } from '@/components/admin/field-error';
import { createUserAction, type NewUserState } from '@/lib/actions/users';

const input = 'mt-1 w-full max-w-md rounded border border-slate-500 p-2';

/** Admin form creating a staff account; keeps what was typed (but the password) when refused. */
export function CreateUserForm({ locale }: { locale: string }) {
  const t = useTranslations('adminUsers');
  const ts = useTranslations('adminShell');
  const [state, action, pending] = useActionState<NewUserState, FormData>(createUserAction, { ok: true });
  const errors: Record<string, string | undefined> = state.ok ? {} : (state.fieldErrors ?? {});
  const values = state.ok ? {} : (state.values ?? {});
  // A new key after a success clears the fields; after a refusal the typed values stay.
  const key = state.ok ? (state.message ?? 'new') : 'retry';
  const field = (name: 'email' | 'name', type: string, autoComplete: string) => (
    <div className="mt-3">
      <label htmlFor={`new-${name}`} className="block font-semibold">
        {t(name)}
      </label>
      <input
        id={`new-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required
        defaultValue={values[name] ?? ''}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`new-${name}-error`}
        className={input}
      />
      <FieldError id={`new-${name}-error`} message={errors[name]} />
    </div>
  );
  return (
    <form
      key={key}
      action={action}
      aria-labelledby="create-user-title"
      noValidate
      className="rounded border border-slate-300 p-4"
    >
      <h2 id="create-user-title" className="text-xl font-semibold">
        {t('createTitle')}
      </h2>
      <FormMessage
        id="create-user-message"
        error={state.ok ? undefined : state.formError}
        message={state.ok ? state.message : undefined}
      />
      <input type="hidden" name="locale" value={locale} />
      {field('email', 'email', 'off')}
      {field('name', 'text', 'off')}
      <div className="mt-3">
        <label htmlFor="new-role" className="block font-semibold">
          {t('role')}
        </label>
        <select
          id="new-role"
          name="role"
          defaultValue={values.role ?? 'editor'}
          aria-describedby="new-role-error"
          className={input}
        >
          <option value="editor">{ts('roleEditor')}</option>
          <option value="admin">{ts('roleAdmin')}</option>
        </select>
        <FieldError id="new-role-error" message={errors.role} />
      </div>
      <div className="mt-3">
        <label htmlFor="new-password" className="block font-semibold">
          {t('password')}
        </label>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby="new-password-hint new-password-error"
          className={input}
        />
        <p id="new-password-hint" className="mt-1 text-sm text-slate-700">
          {t('passwordHint')}
        </p>
        <FieldError id="new-password-error" message={errors.password} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="mt-4 rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark"
      >
        {t('create')}
      </button>
    </form>
  );
}
