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

/** Login rate limiting: this many failed passwords for one account within the window, then refusals. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_SECONDS = 60;

/** argon2id cost (OWASP minimum: 19 MiB, 2 iterations, 1 lane). */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
