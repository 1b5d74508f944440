// The staff session cookie's names, in a module of their own: the proxy needs them but must not load Better Auth.
export const SESSION_COOKIE_PREFIX = 'iom';
// Better Auth adds `__Secure-` when it serves over HTTPS.
const SESSION_COOKIES = [`${SESSION_COOKIE_PREFIX}.session_token`, `__Secure-${SESSION_COOKIE_PREFIX}.session_token`];

/** True when the request carries a staff session cookie (valid or not: only the auth module can tell). */
export function hasSessionCookie(cookies: { has: (name: string) => boolean }): boolean {
  return SESSION_COOKIES.some((name) => cookies.has(name));
}
