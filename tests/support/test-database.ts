import { randomBytes } from 'node:crypto';
import pg from 'pg';

// Tests never touch a database they did not create: each run gets fresh ones and drops them.
const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Creates a database on the test server, empty or as a copy of `template` (a database nobody is connected to), and
 * returns its URL and a function that drops it.
 */
export async function createTestDatabase(
  prefix = 'iom_test',
  template?: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(SERVER_URL, 'postgres') });
  await admin.connect();
  try {
    const from = template === undefined ? '' : ` TEMPLATE "${new URL(template).pathname.slice(1)}"`;
    await admin.query(`CREATE DATABASE "${name}"${from}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(SERVER_URL, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: withDatabase(SERVER_URL, 'postgres') });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
