import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from '../../lib/auth/password';

// Staff accounts for tests, written straight into a test database (nothing is seeded by default).

export type TestUser = { id: string; email: string; name: string; role: 'admin' | 'editor'; password: string };

/** A unique e-mail address for a test. */
export function uniqueEmail(prefix = 'staff'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@example.org`;
}

/** Creates an account (argon2id password, Better Auth credential account) in the database at `databaseUrl`. */
export async function createTestUser(
  databaseUrl: string,
  user: Partial<Omit<TestUser, 'id'>> & { role: 'admin' | 'editor' },
): Promise<TestUser> {
  const created: TestUser = {
    id: randomUUID(),
    email: user.email ?? uniqueEmail(user.role),
    name: user.name ?? `Test ${user.role}`,
    role: user.role,
    password: user.password ?? `correct horse ${randomBytes(6).toString('hex')}`,
  };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO app_user (id, name, email, email_verified, role) VALUES ($1, $2, $3, true, $4::staff_role)`,
      [created.id, created.name, created.email, created.role],
    );
    await client.query(
      `INSERT INTO account (id, account_id, provider_id, user_id, password) VALUES ($1, $2, 'credential', $2, $3)`,
      [randomUUID(), created.id, await hashPassword(created.password)],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
  return created;
}

/** Runs one SQL statement against a test database (for assertions and for moving rate-limit windows). */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(
  databaseUrl: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
