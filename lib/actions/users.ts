'use server';
import { refresh } from 'next/cache';
import type { ActionResult } from '@/lib/actions/form-state';
import { staffAction } from '@/lib/actions/staff-action';
import { recordAudit } from '@/lib/audit/record-audit';
import {
  countActiveAdmins,
  createStaffUser,
  EmailTakenError,
  getStaffUser,
  setStaffDisabled,
  setStaffRole,
} from '@/lib/data/users';
import { getDb } from '@/lib/db';
import { newUserSchema, roleChangeSchema, userIdSchema } from '@/lib/validation/users';

export type NewUserState = ActionResult<{ email: string; name: string; role: string; password: string }>;

/** Admin: creates a staff account (no self sign-up exists). */
export const createUserAction = staffAction(
  {
    role: 'admin',
    namespace: 'adminUsers',
    fields: ['email', 'name', 'role', 'password'],
    secret: ['password'],
    schema: newUserSchema,
    attempted: () => ({ action: 'user.create', recordType: 'user' }),
  },
  async (input, { actor, t, ip, values }) => {
    try {
      await getDb().$transaction(async (tx) => {
        const { id } = await createStaffUser(input, tx);
        await recordAudit(
          {
            actorId: actor.userId,
            actorEmail: actor.email,
            action: 'user_created',
            recordType: 'user',
            recordId: id,
            ip,
            details: { email: input.email, role: input.role },
          },
          tx,
        );
      });
    } catch (error) {
      if (error instanceof EmailTakenError)
        return {
          ok: false,
          fieldErrors: { email: t('errors.emailTaken') },
          formError: t('errors.formInvalid'),
          values,
        };
      throw error;
    }
    refresh();
    return { ok: true, message: t('created', { email: input.email }) };
  },
);

export type UserRowState = ActionResult;

/** Admin: changes a staff member's role (never their own; the last admin stays admin). */
export const changeRoleAction = staffAction(
  {
    role: 'admin',
    namespace: 'adminUsers',
    fields: ['userId', 'role'],
    max: 200,
    schema: roleChangeSchema,
    invalid: 'roleInvalid',
    attempted: (v) => ({ action: 'user.role', recordType: 'user', recordId: v.userId.slice(0, 64) }),
  },
  async ({ userId, role }, { actor, t, ip }) => {
    if (userId === actor.userId) return { ok: false, formError: t('errors.self') };
    const result = await getDb().$transaction(async (tx) => {
      const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabled: true } });
      if (!target) return 'notFound' as const;
      if (target.role === 'admin' && role !== 'admin' && !target.disabled && (await countActiveAdmins(tx)) <= 1)
        return 'lastAdmin' as const;
      await setStaffRole(userId, role, tx);
      await recordAudit(
        {
          actorId: actor.userId,
          actorEmail: actor.email,
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
  },
);

/** Admin: disables an account (ending all its sessions at once) or enables it again. */
export const setDisabledAction = staffAction(
  {
    role: 'admin',
    namespace: 'adminUsers',
    fields: ['userId', 'disabled'],
    max: 200,
    schema: userIdSchema,
    invalid: 'notFound',
    attempted: (v) => ({
      action: v.disabled === '1' ? 'user.disable' : 'user.enable',
      recordType: 'user',
      recordId: v.userId.slice(0, 64),
    }),
  },
  async ({ userId }, { actor, t, ip, formData }) => {
    const disable = formData.get('disabled') === '1';
    if (userId === actor.userId) return { ok: false, formError: t('errors.self') };
    const result = await getDb().$transaction(async (tx) => {
      const target = await getStaffUser(userId);
      if (!target) return 'notFound' as const;
      if (disable && target.role === 'admin' && !target.disabled && (await countActiveAdmins(tx)) <= 1)
        return 'lastAdmin' as const;
      await setStaffDisabled(userId, disable, tx);
      await recordAudit(
        {
          actorId: actor.userId,
          actorEmail: actor.email,
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
  },
);
