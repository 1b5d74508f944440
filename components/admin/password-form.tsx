'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldError, FormMessage } from '@/components/admin/field-error';
import { changePasswordAction, type PasswordState } from '@/lib/actions/account';

const input = 'mt-1 w-full max-w-md rounded border border-slate-500 p-2';

/** Change one's own password. */
export function PasswordForm({ locale }: { locale: string }) {
  const t = useTranslations('auth.account');
  const [state, action, pending] = useActionState<PasswordState, FormData>(changePasswordAction, { ok: true });
  const errors: Record<string, string | undefined> = state.ok ? {} : (state.fieldErrors ?? {});
  const field = (name: 'currentPassword' | 'newPassword' | 'confirmPassword', autoComplete: string, hint = false) => (
    <div className="mt-3">
      <label htmlFor={`pw-${name}`} className="block font-semibold">
        {t(name)}
      </label>
      <input
        id={`pw-${name}`}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={hint ? `pw-hint pw-${name}-error` : `pw-${name}-error`}
        className={input}
      />
      {hint && (
        <p id="pw-hint" className="mt-1 text-sm text-slate-700">
          {t('passwordHint')}
        </p>
      )}
      <FieldError id={`pw-${name}-error`} message={errors[name]} />
    </div>
  );
  return (
    <form action={action} aria-labelledby="password-title" noValidate className="rounded border border-slate-300 p-4">
      <h2 id="password-title" className="text-xl font-semibold">
        {t('passwordTitle')}
      </h2>
      <FormMessage
        id="password-message"
        error={state.ok ? undefined : state.formError}
        message={state.ok ? state.message : undefined}
      />
      <input type="hidden" name="locale" value={locale} />
      {field('currentPassword', 'current-password')}
      {field('newPassword', 'new-password', true)}
      {field('confirmPassword', 'new-password')}
      <button
        type="submit"
        disabled={pending}
        className="mt-4 rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark"
      >
        {t('changePassword')}
      </button>
    </form>
  );
}
