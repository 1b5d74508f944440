'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldError, FormMessage } from '@/components/admin/field-error';
import { loginAction, totpLoginAction, type LoginState } from '@/lib/actions/auth';

const input = 'mt-1 w-full max-w-md rounded border border-slate-500 p-2';
const button = 'mt-4 rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark';

/** The two-step login form (password, then TOTP when the account has it); works without JavaScript. */
export function LoginForm({ locale }: { locale: string }) {
  const t = useTranslations('auth');
  const [state, formAction, pending] = useActionState<LoginState, FormData>(loginAction, {
    ok: true,
    step: 'password',
  });
  const [totpState, totpFormAction, totpPending] = useActionState<LoginState, FormData>(totpLoginAction, {
    ok: true,
    step: 'totp',
  });
  if (state.step === 'totp') {
    return (
      <form action={totpFormAction} aria-labelledby="totp-title" noValidate>
        <h2 id="totp-title" className="text-xl font-semibold">
          {t('totpTitle')}
        </h2>
        <p className="mt-1">{t('totpIntro')}</p>
        <FormMessage id="totp-message" error={totpState.ok ? undefined : totpState.formError} />
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="code" className="mt-3 block font-semibold">
          {t('totpCode')}
        </label>
        <input
          id="code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          aria-describedby="totp-message"
          className={input}
        />
        <button type="submit" disabled={totpPending} className={button}>
          {t('totpSubmit')}
        </button>
      </form>
    );
  }
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <form action={formAction} aria-labelledby="login-title" noValidate>
      <h2 id="login-title" className="sr-only">
        {t('loginTitle')}
      </h2>
      <FormMessage id="login-message" error={state.ok ? undefined : state.formError} />
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="email" className="block font-semibold">
        {t('email')}
      </label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email ?? ''}
        aria-invalid={errors.email ? true : undefined}
        aria-describedby="email-error login-message"
        className={input}
      />
      <FieldError id="email-error" message={errors.email} />
      <label htmlFor="password" className="mt-3 block font-semibold">
        {t('password')}
      </label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={'password' in errors ? true : undefined}
        aria-describedby="password-error login-message"
        className={input}
      />
      <FieldError id="password-error" message={(errors as Record<string, string | undefined>).password} />
      <button type="submit" disabled={pending} className={button}>
        {t('submit')}
      </button>
    </form>
  );
}
