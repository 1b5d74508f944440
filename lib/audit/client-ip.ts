// The client's address as the proxy settled it (lib/security/forwarded.ts): `X-Forwarded-For` holds exactly one
// address, the connection's own or, from a trusted reverse proxy, the client it reports.

/** The client IP from request headers, or null; at most 64 characters. */
export function clientIpFrom(headers: Pick<Headers, 'get'>): string | null {
  const ip = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return ip ? ip.slice(0, 64) : null;
}
