import 'server-only';
import { getDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import {
  LOGIN_ACCOUNT_WINDOW_SECONDS,
  LOGIN_DEVICE_DELAY_MAX_MS,
  LOGIN_DEVICE_DELAY_MS,
  LOGIN_MAX_FAILURES_ACCOUNT,
  LOGIN_MAX_FAILURES_ACCOUNT_ADDRESS,
  LOGIN_MAX_FAILURES_ADDRESS,
  LOGIN_MAX_FAILURES_DEVICE,
  LOGIN_WINDOW_SECONDS,
} from '@/lib/auth/policy';

// Failed password checks, counted in PostgreSQL (login_attempt) so the limits hold across restarts and processes.
// An attempt is reserved (counted as failed) before its password is checked, in one short transaction that holds
// advisory locks on the account and the address: parallel attempts are counted one by one, and no connection is
// held while the password is checked (that needs the pool too). Policy: docs/operations.md, "Login throttling".

/** Recent failures, each since the last success of the same kind. */
export type AttemptCounts = { account: number; accountAddress: number; address: number; device: number };
export type AttemptDecision = { allowed: false } | { allowed: true; delayMs: number };
export type AttemptSource = { email: string; ip: string | null; device: string | null };

/** Refuse, or allow after a delay, an attempt with these recent failures (a known device is never refused). */
export function decideAttempt(counts: AttemptCounts, knownDevice: boolean): AttemptDecision {
  const limited =
    counts.accountAddress >= LOGIN_MAX_FAILURES_ACCOUNT_ADDRESS ||
    counts.address >= LOGIN_MAX_FAILURES_ADDRESS ||
    counts.account >= LOGIN_MAX_FAILURES_ACCOUNT;
  if (knownDevice && counts.device < LOGIN_MAX_FAILURES_DEVICE) {
    const steps = counts.device + (limited ? 1 : 0);
    const delayMs = steps === 0 ? 0 : Math.min(LOGIN_DEVICE_DELAY_MS * 2 ** (steps - 1), LOGIN_DEVICE_DELAY_MAX_MS);
    return { allowed: true, delayMs };
  }
  return limited ? { allowed: false } : { allowed: true, delayMs: 0 };
}

type CountRow = { account: bigint; account_address: bigint; device: bigint; address: bigint };

async function countFailures(tx: Prisma.TransactionClient, source: AttemptSource): Promise<AttemptCounts> {
  const { email, ip, device } = source;
  // "ip IS NULL" (the one bucket of unknown addresses) or "ip = $ip": both can use the (ip, at) index.
  const sameAddress = (column: Prisma.Sql) =>
    ip === null ? Prisma.sql`${column} IS NULL` : Prisma.sql`${column} = ${ip}`;
  const day = Prisma.sql`now() - make_interval(secs => ${LOGIN_ACCOUNT_WINDOW_SECONDS})`;
  const window = Prisma.sql`now() - make_interval(secs => ${LOGIN_WINDOW_SECONDS})`;
  const [row] = await tx.$queryRaw<CountRow[]>`
    WITH ok AS (
      SELECT max(at) AS ok_account,
             max(at) FILTER (WHERE ${sameAddress(Prisma.sql`ip`)}) AS ok_address,
             max(at) FILTER (WHERE device = ${device}) AS ok_device
      FROM login_attempt WHERE email = ${email} AND succeeded AND at > ${day}
    )
    SELECT
      count(*) FILTER (WHERE a.at > greatest(${day}, ok.ok_account)) AS account,
      count(*) FILTER (
        WHERE ${sameAddress(Prisma.sql`a.ip`)} AND a.at > greatest(${window}, ok.ok_address)
      ) AS account_address,
      count(*) FILTER (WHERE a.device = ${device} AND a.at > greatest(${day}, ok.ok_device)) AS device,
      (
        SELECT count(*) FROM login_attempt WHERE ${sameAddress(Prisma.sql`ip`)} AND NOT succeeded AND at > ${window}
      ) AS address
    FROM login_attempt a CROSS JOIN ok
    WHERE a.email = ${email} AND NOT a.succeeded AND a.at > ${day}`;
  return {
    account: Number(row?.account ?? 0),
    accountAddress: Number(row?.account_address ?? 0),
    address: Number(row?.address ?? 0),
    device: Number(row?.device ?? 0),
  };
}

/**
 * Counts this attempt as failed unless the limits refuse it: its row id and how long to wait before checking the
 * password, or null when refused (a refusal writes no row).
 */
export async function reserveAttempt(source: AttemptSource): Promise<{ id: bigint; delayMs: number } | null> {
  return getDb().$transaction(
    async (tx) => {
      // Always the account first, then the address: two attempts never wait for each other in a cycle.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`login:${source.email}`}, 0))`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`login-address:${source.ip ?? ''}`}, 0))`;
      const decision = decideAttempt(await countFailures(tx, source), source.device !== null);
      if (!decision.allowed) return null;
      const row = await tx.loginAttempt.create({ data: { ...source, succeeded: false }, select: { id: true } });
      return { id: row.id, delayMs: decision.delayMs };
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/** Marks a reserved attempt as a success (the password was right): earlier failures stop counting. */
export async function markAttemptSucceeded(id: bigint): Promise<void> {
  await getDb().loginAttempt.update({ where: { id }, data: { succeeded: true } });
}
