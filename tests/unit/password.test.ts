import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { newUserSchema, passwordSchema } from '@/lib/validation/users';

describe('password hashing', () => {
  it('uses argon2id with at least 19 MiB and 2 iterations, salted', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword({ hash: a, password: 'correct horse battery staple' })).toBe(true);
    expect(await verifyPassword({ hash: a, password: 'correct horse battery stapl' })).toBe(false);
    expect(await verifyPassword({ hash: 'not a hash', password: 'x' })).toBe(false);
  });
});

describe('password rules', () => {
  it('needs 12 characters, allows long passphrases, imposes no composition rules', () => {
    expect(passwordSchema.safeParse('elevenchars').success).toBe(false);
    expect(passwordSchema.safeParse('twelve chars').success).toBe(true);
    expect(passwordSchema.safeParse('aaaaaaaaaaaa').success).toBe(true);
    expect(passwordSchema.safeParse('a long passphrase with spaces and ünïcödé, '.repeat(3)).success).toBe(true);
    expect(passwordSchema.safeParse('x'.repeat(257)).success).toBe(false);
  });

  it('normalises e-mail addresses and checks roles', () => {
    const ok = newUserSchema.parse({
      email: ' Ada@Example.ORG ',
      name: ' Ada ',
      role: 'editor',
      password: 'twelve chars',
    });
    expect(ok).toMatchObject({ email: 'ada@example.org', name: 'Ada' });
    expect(
      newUserSchema.safeParse({ email: 'ada@example.org', name: 'Ada', role: 'root', password: 'twelve chars' })
        .success,
    ).toBe(false);
  });

  it("refuses control characters in a staff member's name (a NUL could not even be stored)", () => {
    for (const name of ['Ada\u0000', 'A\u0001da', 'Ada\u007f']) {
      const parsed = newUserSchema.safeParse({
        email: 'ada@example.org',
        name,
        role: 'editor',
        password: 'twelve chars',
      });
      expect(parsed.success, JSON.stringify(name)).toBe(false);
      expect(parsed.error?.issues.map((i) => i.message)).toEqual(['nameControlCharacters']);
    }
  });
});
