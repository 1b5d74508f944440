// The client's address as the reverse proxy reports it (first X-Forwarded-For hop, else X-Real-IP).
// Only informative (audit trail): rate limiting is keyed on the account, never on this value.

/** The client IP from request headers, or null; at most 64 characters. */
export function clientIpFrom(headers: Pick<Headers, 'get'>): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || headers.get('x-real-ip')?.trim() || null;
  return ip ? ip.slice(0, 64) : null;
}
