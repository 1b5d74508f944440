import 'server-only';
import { getDb } from '@/lib/db';

// Reads of the staff section's settings; they are changed by lib/data/settings-admin.ts (admins only).
export const REQUIRE_2FA = 'require2fa';

/** Whether an admin requires every staff member to use a TOTP second factor (read before any role is known). */
export async function getRequireTwoFactor(): Promise<boolean> {
  const row = await getDb().appSetting.findUnique({ where: { key: REQUIRE_2FA }, select: { value: true } });
  return row?.value === true;
}
