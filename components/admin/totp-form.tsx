'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldError, FormMessage } from '@/components/admin/field-error';
import { totpDisableAction, totpSetupAction, type TotpState } from '@/lib/actions/account';

const input = 'mt-1 w-full max-w-xs rounded border border-slate-500 p-2';
const button = 'mt-3 rounded bg-iom-blue px-4 py-2 font-semibold text-white hover:bg-iom-blue-dark';

/** Turn the TOTP second factor on (password, then a code from the app) or off. */
export function TotpForm({ locale, enabled: enabledOnServer }: { locale: string; enabled: boolean }) {
  const t = useTranslations('auth.account');
  const [setup, setupAction, setupPending] = useActionState<TotpState, FormData>(totpSetupAction, {
    ok: true,
    step: 'start',
  });
  const [off, offAction, offPending] = useActionState<TotpState, FormData>(totpDisableAction, { ok: true });
  const state = (off.at ?? 0) > (setup.at ?? 0) ? off : setup;
  // The latest successful step decides; before any, the server's view.
  const isOn =
    state === setup ? setup.step === 'done' || enabledOnServer : off.ok && off.message ? false : enabledOnServer;
  const errors: Record<string, string | undefined> = state.ok ? {} : (state.fieldErrors ?? {});
  const message = (
    <FormMessage
      id="totp-message"
      error={state.ok ? undefined : state.formError}
      message={state.ok ? state.message : undefined}
    />
  );
  const passwordField = (
    <div className="mt-3">
      <label htmlFor="totp-password" className="block font-semibold">
        {t('totpPassword')}
      </label>
      <input
        id="totp-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={errors.password ? true : undefined}
        aria-describedby="totp-password-error"
        className={input}
      />
      <FieldError id="totp-password-error" message={errors.password} />
    </div>
  );
  return (
    <section aria-labelledby="totp-title" className="rounded border border-slate-300 p-4">
      <h2 id="totp-title" className="text-xl font-semibold">
        {t('totpTitle')}
      </h2>
      {message}
      <p className="mt-1">{isOn ? t('totpOn') : t('totpOff')}</p>
      {isOn ? (
        <form action={offAction} noValidate>
          <input type="hidden" name="locale" value={locale} />
          {passwordField}
          <button type="submit" disabled={offPending} className={button}>
            {t('totpDisable')}
          </button>
        </form>
      ) : setup.step === 'verify' ? (
        <form action={setupAction} noValidate>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="step" value="verify" />
          <p className="mt-3">{t('totpScan')}</p>
          {setup.totpQr && (
            // eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server; nothing to optimise
            <img
              src={setup.totpQr}
              alt={t('totpQrAlt')}
              width={200}
              height={200}
              className="mt-2 border border-slate-300"
              data-testid="totp-qr"
            />
          )}
          <p className="mt-2 font-semibold">{t('totpUri')}</p>
          <p className="break-all font-mono text-sm" data-testid="totp-uri">
            {setup.totpURI}
          </p>
          <p className="mt-2">{t('backupCodes')}</p>
          <ul className="font-mono text-sm">
            {setup.backupCodes?.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <label htmlFor="totp-code" className="mt-3 block font-semibold">
            {t('totpCode')}
          </label>
          <input
            id="totp-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            aria-invalid={errors.code ? true : undefined}
            aria-describedby="totp-code-error"
            className={input}
          />
          <FieldError id="totp-code-error" message={errors.code} />
          <button type="submit" disabled={setupPending} className={button}>
            {t('totpConfirm')}
          </button>
        </form>
      ) : (
        <form action={setupAction} noValidate>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="step" value="start" />
          {passwordField}
          <button type="submit" disabled={setupPending} className={button}>
            {t('totpStart')}
          </button>
        </form>
      )}
    </section>
  );
}
