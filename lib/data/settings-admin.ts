import 'server-only';
import { requireRole } from '@/lib/auth/session';
import { REQUIRE_2FA } from '@/lib/data/settings';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

/** Admin: sets the "require 2FA for everyone" setting (callers audit it). */
export async function setRequireTwoFactor(value: boolean, tx?: Prisma.TransactionClient): Promise<void> {
  await requireRole('admin', { action: 'setting.require2fa', recordType: 'setting', recordId: REQUIRE_2FA });
  const db = tx ?? getDb();
  await db.appSetting.upsert({
    where: { key: REQUIRE_2FA },
    create: { key: REQUIRE_2FA, value },
    update: { value, updatedAt: new Date() },
  });
}
