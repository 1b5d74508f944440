'use server';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { refresh } from 'next/cache';
import type { ActionResult } from '@/lib/actions/form-state';
import { readFields } from '@/lib/actions/form-state';
import { checkRole } from '@/lib/auth/session';
import { clientIpFrom, recordAudit } from '@/lib/audit/record-audit';
import {
  countActiveAdmins,
  createStaffUser,
  EmailTakenError,
  getStaffUser,
  setStaffDisabled,
  setStaffRole,
} from '@/lib/data/users';
import { getDb } from '@/lib/db';
import { isAppLocale } from '@/lib/i18n/routing';
import { newUserSchema, roleChangeSchema, userIdSchema } from '@/lib/validation/users';

export type NewUserState = ActionResult<{ email: string; name: string; role: string; password: string }>;

async function errorsFor(formData: FormData) {
  const locale = formData.get('locale');
  return getTranslations({ locale: isAppLocale(locale) ? locale : 'fr', namespace: 'adminUsers' });
}

/** Admin: creates a staff account (no self sign-up exists). */
export async function createUserAction(_prev: NewUserState, formData: FormData): Promise<NewUserState> {
  const t = await errorsFor(formData);
  const fields = readFields(formData, ['email', 'name', 'role', 'password'], 1000);
  const values = { email: fields.email, name: fields.name, role: fields.role };
  const access = await checkRole('admin', { action: 'user.create', recordType: 'user' });
  if (!access.ok) return { ok: false, formError: t('errors.denied'), values };
  const parsed = newUserSchema.safeParse(fields);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      fieldErrors[String(issue.path[0])] ??= t(`errors.${issue.message}` as 'errors.emailInvalid');
    return { ok: false, fieldErrors, formError: t('errors.formInvalid'), values };
  }
  const ip = clientIpFrom(await headers());
  try {
    await getDb().$transaction(async (tx) => {
      const { id } = await createStaffUser(parsed.data, tx);
      await recordAudit(
        {
          actorId: access.actor.userId,
          actorEmail: access.actor.email,
          action: 'user_created',
          recordType: 'user',
          recordId: id,
          ip,
          details: { email: parsed.data.email, role: parsed.data.role },
        },
        tx,
      );
    });
  } catch (error) {
    if (error instanceof EmailTakenError)
      return { ok: false, fieldErrors: { email: t('errors.emailTaken') }, formError: t('errors.formInvalid'), values };
    throw error;
  }
  refresh();
  return { ok: true, message: t('created', { email: parsed.data.email }) };
}

export type UserRowState = ActionResult;

/** Admin: changes a staff member's role (never their own; the last admin stays admin). */
export async function changeRoleAction(_prev: UserRowState, formData: FormData): Promise<UserRowState> {
  const t = await errorsFor(formData);
  const parsed = roleChangeSchema.safeParse(readFields(formData, ['userId', 'role'], 200));
  const access = await checkRole('admin', { action: 'user.role', recordType: 'user', recordId: parsed.data?.userId });
  if (!access.ok) return { ok: false, formError: t('errors.denied') };
  if (!parsed.success) return { ok: false, formError: t('errors.roleInvalid') };
  const { userId, role } = parsed.data;
  if (userId === access.actor.userId) return { ok: false, formError: t('errors.self') };
  const ip = clientIpFrom(await headers());
  const result = await getDb().$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabled: true } });
    if (!target) return 'notFound' as const;
    if (target.role === 'admin' && role !== 'admin' && !target.disabled && (await countActiveAdmins(tx)) <= 1)
      return 'lastAdmin' as const;
    await setStaffRole(userId, role, tx);
    await recordAudit(
      {
        actorId: access.actor.userId,
        actorEmail: access.actor.email,
        action: 'user_role_changed',
        recordType: 'user',
        recordId: userId,
        ip,
        details: { from: target.role, to: role },
      },
      tx,
    );
    return 'ok' as const;
  });
  if (result !== 'ok') return { ok: false, formError: t(`errors.${result}`) };
  refresh();
  return { ok: true, message: t('roleChanged') };
}

/** Admin: disables an account (ending all its sessions at once) or enables it again. */
export async function setDisabledAction(_prev: UserRowState, formData: FormData): Promise<UserRowState> {
  const t = await errorsFor(formData);
  const parsed = userIdSchema.safeParse(readFields(formData, ['userId'], 200));
  const disable = formData.get('disabled') === '1';
  const access = await checkRole('admin', {
    action: disable ? 'user.disable' : 'user.enable',
    recordType: 'user',
    recordId: parsed.data?.userId,
  });
  if (!access.ok) return { ok: false, formError: t('errors.denied') };
  if (!parsed.success) return { ok: false, formError: t('errors.notFound') };
  const { userId } = parsed.data;
  if (userId === access.actor.userId) return { ok: false, formError: t('errors.self') };
  const ip = clientIpFrom(await headers());
  const result = await getDb().$transaction(async (tx) => {
    const target = await getStaffUser(userId);
    if (!target) return 'notFound' as const;
    if (disable && target.role === 'admin' && !target.disabled && (await countActiveAdmins(tx)) <= 1)
      return 'lastAdmin' as const;
    await setStaffDisabled(userId, disable, tx);
    await recordAudit(
      {
        actorId: access.actor.userId,
        actorEmail: access.actor.email,
        action: disable ? 'user_disabled' : 'user_enabled',
        recordType: 'user',
        recordId: userId,
        ip,
        details: { email: target.email },
      },
      tx,
    );
    return 'ok' as const;
  });
  if (result !== 'ok') return { ok: false, formError: t(`errors.${result}`) };
  refresh();
  return { ok: true, message: t(disable ? 'userDisabled' : 'userEnabled') };
}
