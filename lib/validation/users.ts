import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/policy';
import { hasControlCharacters } from '@/lib/control-characters';

// Error messages are keys of the `adminUsers.errors` / `auth.errors` namespaces, translated by the caller.

const staffRoles = ['admin', 'editor'] as const;

/** A password: length only (no composition rules), long passphrases welcome. */
export const passwordSchema = z
  .string({ error: 'passwordTooShort' })
  .min(PASSWORD_MIN_LENGTH, { error: 'passwordTooShort' })
  .max(PASSWORD_MAX_LENGTH, { error: 'passwordTooLong' });

const emailSchema = z
  .string({ error: 'emailInvalid' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'emailInvalid' })
  .pipe(z.email({ error: 'emailInvalid' }));

export const newUserSchema = z.object({
  email: emailSchema,
  name: z
    .string({ error: 'nameRequired' })
    .trim()
    .min(1, { error: 'nameRequired' })
    .max(200, { error: 'nameTooLong' })
    .refine((name) => !hasControlCharacters(name), { error: 'nameControlCharacters' }),
  role: z.enum(staffRoles, { error: 'roleInvalid' }),
  password: passwordSchema,
});

export type NewUserInput = z.infer<typeof newUserSchema>;

export const loginSchema = z.object({
  email: emailSchema,
  // Any length is checked against the hash; the length rules apply when a password is set.
  password: z
    .string({ error: 'passwordRequired' })
    .min(1, { error: 'passwordRequired' })
    .max(PASSWORD_MAX_LENGTH, { error: 'passwordTooLong' }),
});

/** Upper bound on any password field read from a form. */
export const PASSWORD_FIELD_MAX = PASSWORD_MAX_LENGTH + 1;

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: 'passwordRequired' })
      .min(1, { error: 'passwordRequired' })
      .max(PASSWORD_MAX_LENGTH),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: 'passwordMismatch' }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], error: 'passwordMismatch' });

export const roleChangeSchema = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(staffRoles, { error: 'roleInvalid' }),
});

export const userIdSchema = z.object({ userId: z.string().min(1).max(100) });

export const totpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'codeInvalid' }),
});
