import 'server-only';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { getDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { NewUserInput } from '@/lib/validation/users';

export type StaffUserRow = {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'editor';
  disabled: boolean;
  twoFactorEnabled: boolean;
  createdAt: Date;
  activeSessions: number;
};

/** Thrown when the e-mail address already belongs to an account. */
export class EmailTakenError extends Error {
  constructor() {
    super('An account with this e-mail address already exists');
    this.name = 'EmailTakenError';
  }
}

/** Creates a staff account with an argon2id password (Better Auth "credential" account); callers check the admin role. */
export async function createStaffUser(input: NewUserInput, tx?: Prisma.TransactionClient): Promise<{ id: string }> {
  const db = tx ?? getDb();
  const id = randomUUID();
  const password = await hashPassword(input.password);
  try {
    await db.user.create({
      data: {
        id,
        email: input.email,
        name: input.name,
        role: input.role,
        emailVerified: true,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: 'credential', password } },
      },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new EmailTakenError();
    throw error;
  }
  return { id };
}

/** Every staff account with its number of live sessions, admins first then by name. */
export async function listStaffUsers(): Promise<StaffUserRow[]> {
  const rows = await getDb().user.findMany({
    orderBy: [{ role: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      twoFactorEnabled: true,
      createdAt: true,
      _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } },
    },
  });
  return rows.map(({ _count, ...u }) => ({ ...u, activeSessions: _count.sessions }));
}

/** One account's public fields, or null. */
export async function getStaffUser(id: string): Promise<Omit<StaffUserRow, 'activeSessions' | 'createdAt'> | null> {
  return getDb().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabled: true, twoFactorEnabled: true },
  });
}

/** Changes an account's role; returns false when there is no such account. */
export async function setStaffRole(
  id: string,
  role: 'admin' | 'editor',
  tx?: Prisma.TransactionClient,
): Promise<boolean> {
  const { count } = await (tx ?? getDb()).user.updateMany({ where: { id }, data: { role, updatedAt: new Date() } });
  return count === 1;
}

/** Disables (and ends every session of) or re-enables an account; returns false when there is no such account. */
export async function setStaffDisabled(id: string, disabled: boolean, tx?: Prisma.TransactionClient): Promise<boolean> {
  const db = tx ?? getDb();
  const { count } = await db.user.updateMany({ where: { id }, data: { disabled, updatedAt: new Date() } });
  if (disabled) await db.session.deleteMany({ where: { userId: id } });
  return count === 1;
}

/** How many enabled admins there are (the last one may not be demoted or disabled). */
export async function countActiveAdmins(tx?: Prisma.TransactionClient): Promise<number> {
  return (tx ?? getDb()).user.count({ where: { role: 'admin', disabled: false } });
}
