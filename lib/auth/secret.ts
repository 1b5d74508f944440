import 'server-only';
import { randomBytes } from 'node:crypto';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';

const KEY = 'auth_secret';

/** AUTH_SECRET, or a random secret generated on first use and kept in app_setting (stable across restarts). */
export async function resolveAuthSecret(): Promise<string> {
  const fromEnv = getEnv().AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const db = getDb();
  const candidate = randomBytes(32).toString('base64url');
  // Concurrent first starts agree: the first insert wins, everyone reads it back.
  await db.appSetting.upsert({ where: { key: KEY }, create: { key: KEY, value: candidate }, update: {} });
  const row = await db.appSetting.findUniqueOrThrow({ where: { key: KEY }, select: { value: true } });
  if (typeof row.value !== 'string' || row.value.length < 32) throw new Error('app_setting.auth_secret is malformed');
  return row.value;
}
