// Session and password rules of the staff section, in one place.

/** A session ends this long after login, however active it is. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** A session ends after this long without a request. */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** Better Auth moves a session's updated_at (its last use) forward at most this often. */
export const SESSION_UPDATE_AGE_SECONDS = 5 * 60;

/** Passwords: a minimum length, long passphrases allowed, no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// Login throttling (docs/operations.md, "Login throttling"): every password check (login, password change, TOTP
// set-up or turn-off) counts; a failure counts until the next success of the same account (and address, or device).
/** Window of the per-address counters. */
export const LOGIN_WINDOW_SECONDS = 15 * 60;
/** Failures for one account from one source address within the window; then that address is refused. */
export const LOGIN_MAX_FAILURES_ACCOUNT_ADDRESS = 5;
/** Failures from one source address, all accounts together (credential stuffing, or an office behind one NAT). */
export const LOGIN_MAX_FAILURES_ADDRESS = 30;
/** Window of the per-account and per-device counters. */
export const LOGIN_ACCOUNT_WINDOW_SECONDS = 24 * 60 * 60;
/** Failures for one account from all addresses (NIST SP 800-63B 5.2.2: at most 100); then unknown devices wait. */
export const LOGIN_MAX_FAILURES_ACCOUNT = 100;
/** A known device's own failures before it is treated like any other browser. */
export const LOGIN_MAX_FAILURES_DEVICE = 10;
/** A known device is never refused by the counters above: it waits this long, doubling with its failures. */
export const LOGIN_DEVICE_DELAY_MS = 1000;
export const LOGIN_DEVICE_DELAY_MAX_MS = 30_000;
/** How long a browser stays a known device of an account after its last login there. */
export const DEVICE_COOKIE_DAYS = 90;
/** Password checks (argon2id, CPU-heavy) running at once per process; others wait in memory, in order. */
export const PASSWORD_CHECKS_AT_ONCE = 2;
/** Attempts waiting for a check beyond which new ones are refused at once. */
export const PASSWORD_CHECKS_WAITING_MAX = 200;

/** argon2id cost (OWASP minimum: 19 MiB, 2 iterations, 1 lane). */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
