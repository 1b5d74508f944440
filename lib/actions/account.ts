'use server';
import { z } from 'zod';
import { isAPIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { refresh } from 'next/cache';
import QRCode from 'qrcode';
import { formOf, readFields, type ActionResult } from '@/lib/actions/form-state';
import { staffAction } from '@/lib/actions/staff-action';
import { getAuth } from '@/lib/auth/auth';
import { throttledPasswordCheck, type PasswordPurpose } from '@/lib/auth/password-attempt';
import { getActorState, originRefused } from '@/lib/auth/session';
import { clientIpFrom, recordAudit, type AuditAction } from '@/lib/audit/record-audit';
import { getRequireTwoFactor } from '@/lib/data/settings';
import { setRequireTwoFactor } from '@/lib/data/settings-admin';
import { localeOr } from '@/lib/i18n/routing';
import { changePasswordSchema, PASSWORD_FIELD_MAX, totpCodeSchema } from '@/lib/validation/users';

type Fields = { currentPassword: string; newPassword: string; confirmPassword: string };
export type PasswordState = ActionResult<Fields>;
// `at` orders the outcomes of the set-up and turn-off forms, which share one message region.
export type TotpState = ActionResult<{ password: string; code: string }> & {
  step?: 'start' | 'verify' | 'done';
  totpURI?: string;
  totpQr?: string;
  backupCodes?: string[];
  at?: number;
};

// The otpauth URI as a QR code for authenticator apps: an SVG data URL (allowed by the page's img-src, no script).
async function qrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
export type SettingState = ActionResult;

async function translator(formData: FormData) {
  return getTranslations({ locale: localeOr(formData.get('locale')), namespace: 'auth.account' });
}

/** The signed-in user (any role, even before a required 2FA is set up), or null after auditing the denial. */
async function signedIn(action: string) {
  const state = await getActorState();
  const requestHeaders = await headers();
  const reason = originRefused(requestHeaders) ? 'bad_origin' : state ? null : 'unauthenticated';
  if (!reason) return state;
  await recordAudit({
    actorId: state?.userId ?? null,
    actorEmail: state?.email ?? null,
    action: 'denied',
    ip: clientIpFrom(requestHeaders),
    details: { reason, attempted: action },
  });
  return null;
}

/** Runs a Better Auth call that checks the current password under login throttling; a Better Auth error = wrong. */
async function checkedPassword<T>(
  actor: { userId: string; email: string },
  purpose: PasswordPurpose,
  call: () => Promise<T>,
) {
  const requestHeaders = await headers();
  return throttledPasswordCheck({ email: actor.email, actorId: actor.userId, requestHeaders, purpose }, async () => {
    try {
      return { result: await call() };
    } catch (error) {
      if (!isAPIError(error)) throw error;
      return null;
    }
  });
}

async function audit(
  actor: { userId: string; email: string },
  action: AuditAction,
  details?: Record<string, string | boolean>,
) {
  await recordAudit({
    actorId: actor.userId,
    actorEmail: actor.email,
    action,
    recordType: 'user',
    recordId: actor.userId,
    ip: clientIpFrom(await headers()),
    details,
  });
}

/** Changes one's own password (current one required); ends one's other sessions. */
export async function changePasswordAction(_prev: PasswordState, formData: FormData): Promise<PasswordState> {
  formData = formOf(formData);
  const t = await translator(formData);
  const actor = await signedIn('account.password');
  if (!actor) return { ok: false, formError: t('errors.denied') };
  const parsed = changePasswordSchema.safeParse(
    readFields(formData, ['currentPassword', 'newPassword', 'confirmPassword'], PASSWORD_FIELD_MAX),
  );
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      fieldErrors[String(issue.path[0])] ??= t(`errors.${issue.message}` as 'errors.passwordRequired');
    return { ok: false, fieldErrors, formError: t('errors.formInvalid') };
  }
  const auth = await getAuth();
  const requestHeaders = await headers();
  const { currentPassword, newPassword } = parsed.data;
  const checked = await checkedPassword(actor, 'password_change', () =>
    auth.api.changePassword({
      body: { currentPassword, newPassword, revokeOtherSessions: true },
      headers: requestHeaders,
    }),
  );
  if (checked.outcome === 'rate_limited') return { ok: false, formError: t('errors.rateLimited') };
  if (checked.outcome === 'invalid') {
    return {
      ok: false,
      fieldErrors: { currentPassword: t('errors.passwordWrong') },
      formError: t('errors.formInvalid'),
    };
  }
  await audit(actor, 'password_changed');
  return { ok: true, message: t('passwordChanged') };
}

/** TOTP set-up, step 1 (password) returns the otpauth URI and backup codes; step 2 (code) turns it on. */
export async function totpSetupAction(prev: TotpState, formData: FormData): Promise<TotpState> {
  formData = formOf(formData);
  const t = await translator(formData);
  const actor = await signedIn('account.totp');
  if (!actor) return { at: Date.now(), ok: false, formError: t('errors.denied') };
  const auth = await getAuth();
  const requestHeaders = await headers();
  if (formData.get('step') === 'verify') {
    const parsed = totpCodeSchema.safeParse(readFields(formData, ['code'], 100));
    const again = {
      step: 'verify' as const,
      totpURI: prev.totpURI,
      totpQr: prev.totpQr,
      backupCodes: prev.backupCodes,
    };
    if (!parsed.success)
      return {
        at: Date.now(),
        ok: false,
        ...again,
        fieldErrors: { code: t('errors.codeInvalid') },
        formError: t('errors.formInvalid'),
      };
    try {
      await auth.api.verifyTOTP({ body: { code: parsed.data.code }, headers: requestHeaders });
    } catch (error) {
      if (!isAPIError(error)) throw error;
      return {
        at: Date.now(),
        ok: false,
        ...again,
        fieldErrors: { code: t('errors.totpInvalid') },
        formError: t('errors.formInvalid'),
      };
    }
    await audit(actor, 'two_factor_enabled');
    // No revalidation: Better Auth has just replaced the session (new cookie), the form shows the new state itself.
    return { at: Date.now(), ok: true, step: 'done', message: t('totpEnabled') };
  }
  const { password } = readFields(formData, ['password'], PASSWORD_FIELD_MAX);
  if (!password)
    return {
      at: Date.now(),
      ok: false,
      step: 'start',
      fieldErrors: { password: t('errors.passwordRequired') },
      formError: t('errors.formInvalid'),
    };
  const checked = await checkedPassword(actor, 'totp_setup', () =>
    auth.api.enableTwoFactor({ body: { password, method: 'totp' }, headers: requestHeaders }),
  );
  if (checked.outcome === 'rate_limited') {
    return { at: Date.now(), ok: false, step: 'start', formError: t('errors.rateLimited') };
  }
  if (checked.outcome === 'invalid') {
    const fieldErrors = { password: t('errors.passwordWrong') };
    return { at: Date.now(), ok: false, step: 'start', fieldErrors, formError: t('errors.formInvalid') };
  }
  const { result } = checked.value;
  if (result.method !== 'totp') throw new Error('TOTP set-up expected');
  const { totpURI, backupCodes } = result;
  return { at: Date.now(), ok: true, step: 'verify', totpURI, totpQr: await qrDataUrl(totpURI), backupCodes };
}

/** Turns one's own second factor off (password required), unless an admin requires it for everyone. */
export async function totpDisableAction(_prev: TotpState, formData: FormData): Promise<TotpState> {
  formData = formOf(formData);
  const t = await translator(formData);
  const actor = await signedIn('account.totp_off');
  if (!actor) return { at: Date.now(), ok: false, formError: t('errors.denied') };
  if (await getRequireTwoFactor()) return { at: Date.now(), ok: false, formError: t('errors.required') };
  const { password } = readFields(formData, ['password'], PASSWORD_FIELD_MAX);
  if (!password) {
    const fieldErrors = { password: t('errors.passwordRequired') };
    return { at: Date.now(), ok: false, fieldErrors, formError: t('errors.formInvalid') };
  }
  const auth = await getAuth();
  const requestHeaders = await headers();
  const checked = await checkedPassword(actor, 'totp_disable', () =>
    auth.api.disableTwoFactor({ body: { password }, headers: requestHeaders }),
  );
  if (checked.outcome === 'rate_limited') return { at: Date.now(), ok: false, formError: t('errors.rateLimited') };
  if (checked.outcome === 'invalid') {
    const fieldErrors = { password: t('errors.passwordWrong') };
    return { at: Date.now(), ok: false, fieldErrors, formError: t('errors.formInvalid') };
  }
  await audit(actor, 'two_factor_disabled');
  return { at: Date.now(), ok: true, message: t('totpDisabled') };
}

/** Admin: require (or stop requiring) a second factor for every account. */
export const requireTwoFactorAction = staffAction(
  {
    role: 'admin',
    namespace: 'auth.account',
    fields: ['require2fa'],
    max: 10,
    // A checkbox: "on" when ticked, absent otherwise.
    schema: z.object({ require2fa: z.string().transform((v) => v === 'on') }),
    attempted: () => ({ action: 'setting.require2fa', recordType: 'setting', recordId: 'require2fa' }),
  },
  async ({ require2fa }, { actor, t, ip }) => {
    await setRequireTwoFactor(require2fa);
    await recordAudit({
      actorId: actor.userId,
      actorEmail: actor.email,
      action: 'setting_changed',
      recordType: 'setting',
      recordId: 'require2fa',
      ip,
      details: { require2fa },
    });
    refresh();
    return { ok: true, message: t('settingSaved') };
  },
);
