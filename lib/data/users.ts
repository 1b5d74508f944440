import 'server-only';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { requireRole } from '@/lib/auth/session';
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

/** Admin: creates a staff account with an argon2id password (Better Auth "credential" account). */
export async function createStaffUser(input: NewUserInput, tx?: Prisma.TransactionClient): Promise<{ id: string }> {
  await requireRole('admin', { action: 'user.create', recordType: 'user' });
  return insertStaffUser(input, tx ?? getDb());
}

/**
 * The same for `npm run user:create` only, which has no session to check: whoever runs it has a shell on the server
 * and the database's credentials (it is how the first admin is created).
 */
export async function createStaffUserFromCommandLine(input: NewUserInput): Promise<{ id: string }> {
  return insertStaffUser(input, getDb());
}

async function insertStaffUser(input: NewUserInput, db: Prisma.TransactionClient): Promise<{ id: string }> {
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

/** Admin: changes an account's role; returns false when there is no such account. */
export async function setStaffRole(
  id: string,
  role: 'admin' | 'editor',
  tx?: Prisma.TransactionClient,
): Promise<boolean> {
  await requireRole('admin', { action: 'user.role', recordType: 'user', recordId: id });
  const { count } = await (tx ?? getDb()).user.updateMany({ where: { id }, data: { role, updatedAt: new Date() } });
  return count === 1;
}

/** Admin: disables (and ends every session of) or re-enables an account; false when there is no such account. */
export async function setStaffDisabled(id: string, disabled: boolean, tx?: Prisma.TransactionClient): Promise<boolean> {
  await requireRole('admin', { action: disabled ? 'user.disable' : 'user.enable', recordType: 'user', recordId: id });
  const db = tx ?? getDb();
  const { count } = await db.user.updateMany({ where: { id }, data: { disabled, updatedAt: new Date() } });
  if (disabled) await db.session.deleteMany({ where: { userId: id } });
  return count === 1;
}

/** How many enabled admins there are (the last one may not be demoted or disabled). */
export async function countActiveAdmins(tx?: Prisma.TransactionClient): Promise<number> {
  return (tx ?? getDb()).user.count({ where: { role: 'admin', disabled: false } });
}
