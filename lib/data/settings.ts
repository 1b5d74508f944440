import 'server-only';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

const REQUIRE_2FA = 'require2fa';

/** Whether an admin requires every staff member to use a TOTP second factor. */
export async function getRequireTwoFactor(): Promise<boolean> {
  const row = await getDb().appSetting.findUnique({ where: { key: REQUIRE_2FA }, select: { value: true } });
  return row?.value === true;
}

/** Sets the "require 2FA for everyone" setting (callers check the admin role and audit). */
export async function setRequireTwoFactor(value: boolean, tx?: Prisma.TransactionClient): Promise<void> {
  const db = tx ?? getDb();
  await db.appSetting.upsert({
    where: { key: REQUIRE_2FA },
    create: { key: REQUIRE_2FA, value },
    update: { value, updatedAt: new Date() },
  });
}
