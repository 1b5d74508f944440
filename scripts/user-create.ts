// `npm run user:create -- --email … --name … --role admin|editor`: creates a staff account.
// The password is read from standard input (first line), never from the command line.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { createStaffUserFromCommandLine, EmailTakenError } from '@/lib/data/users';
import { getDb } from '@/lib/db';
import { newUserSchema } from '@/lib/validation/users';

const USAGE = 'Usage: echo "<password>" | npm run user:create -- --email <email> --name <name> --role admin|editor';

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (12 characters or more), then Enter: ');
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const password = await readPassword();
  const parsed = newUserSchema.safeParse({ ...values, password });
  if (!parsed.success) {
    const messages: Record<string, string> = {
      emailInvalid: '--email must be an e-mail address',
      nameRequired: '--name is required',
      nameTooLong: '--name is too long (200 characters at most)',
      roleInvalid: '--role must be admin or editor',
      passwordTooShort: 'the password must have at least 12 characters',
      passwordTooLong: 'the password is too long',
    };
    for (const issue of parsed.error.issues)
      console.error(messages[issue.message] ?? `${issue.path.join('.')}: ${issue.message}`);
    console.error(USAGE);
    return 2;
  }
  try {
    const { id } = await createStaffUserFromCommandLine(parsed.data);
    console.log(`Created ${parsed.data.role} ${parsed.data.email} (${id})`);
    return 0;
  } catch (error) {
    if (error instanceof EmailTakenError) {
      console.error(`An account with the e-mail address ${parsed.data.email} already exists`);
      return 1;
    }
    throw error;
  } finally {
    await getDb().$disconnect();
  }
}

process.exit(await main());
