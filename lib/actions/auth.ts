'use server';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { signInWithPassword, signOutCurrent, verifyTotpLogin } from '@/lib/auth/login';
import { getActor, originRefused } from '@/lib/auth/session';
import { formOf, readFields, type ActionResult } from '@/lib/actions/form-state';
import { redirect } from '@/lib/i18n/navigation';
import { localeOr, type AppLocale } from '@/lib/i18n/routing';
import { loginSchema, totpCodeSchema } from '@/lib/validation/users';

export type LoginState = ActionResult<{ email: string; password: string }> & { step?: 'password' | 'totp' };

function localeOf(formData: FormData): AppLocale {
  return localeOr(formData.get('locale'));
}

/** Login form: e-mail and password, rate limited per account; may continue with a TOTP step. */
export async function loginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  formData = formOf(formData);
  const locale = localeOf(formData);
  const t = await getTranslations({ locale, namespace: 'auth.errors' });
  const fields = readFields(formData, ['email', 'password'], 1000);
  const values = { email: fields.email };
  if (originRefused(await headers())) return { ok: false, step: 'password', formError: t('unexpected'), values };
  const parsed = loginSchema.safeParse(fields);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= t(issue.message as 'emailInvalid');
    return { ok: false, step: 'password', fieldErrors, formError: t('formInvalid'), values };
  }
  const outcome = await signInWithPassword(parsed.data.email, parsed.data.password, await headers());
  if (outcome === 'rate_limited') return { ok: false, step: 'password', formError: t('rateLimited'), values };
  if (outcome === 'invalid') return { ok: false, step: 'password', formError: t('invalid'), values };
  if (outcome === 'two_factor') return { ok: true, step: 'totp', values };
  redirect({ href: '/admin', locale });
  return { ok: true };
}

/** Second login step: the TOTP code. */
export async function totpLoginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  formData = formOf(formData);
  const locale = localeOf(formData);
  const t = await getTranslations({ locale, namespace: 'auth.errors' });
  const parsed = totpCodeSchema.safeParse(readFields(formData, ['code'], 100));
  if (!parsed.success) return { ok: false, step: 'totp', formError: t('codeInvalid') };
  const outcome = await verifyTotpLogin(parsed.data.code, await headers());
  if (outcome === 'invalid') return { ok: false, step: 'totp', formError: t('totpInvalid') };
  redirect({ href: '/admin', locale });
  return { ok: true };
}

/** Logout: deletes the session row on the server and clears the cookie. */
export async function logoutAction(formData: FormData): Promise<void> {
  formData = formOf(formData);
  const locale = localeOf(formData);
  const actor = await getActor();
  await signOutCurrent(await headers(), actor);
  redirect({ href: { pathname: '/admin/login', query: { out: '1' } }, locale });
}
