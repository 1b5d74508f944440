import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '@/lib/auth/policy';

// Algorithm is a const enum (not importable under isolatedModules): 2 is Argon2id.
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the const enum cannot be imported here
const ARGON2ID = 2 as Algorithm;

/** Hashes a password with argon2id (PHC string, salt included). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { ...ARGON2_OPTIONS, algorithm: ARGON2ID });
}

/** Checks a password against a stored argon2 hash; false for a malformed hash. */
export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
